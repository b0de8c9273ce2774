import {
  INDUSTRIES,
  formatEvidenceKind,
  type CaseState,
  type EvidenceKind,
  type FactName,
  type IndustryId,
  evidenceKnowledge,
  industryKnowledge,
  type ClaimGroup,
} from '@uplift/domain';

/** Model parameters of the limit-estimate uncertainty (all assumptions; see docs/adr/0010). */
export const ESTIMATE_PARAMETERS = {
  /** Monthly revenue range when the trade is unknown (CNY). */
  unknownRevenueRange: { min: 10_000, max: 10_000_000 },
  /** Extra doubt while the trade is unknown: no range, no ratio, no evidence catalogue apply. */
  unknownIndustryVariance: 2.5,
  /** Standard deviation of ln(revenue) a merchant's own declaration leaves. */
  declaredRevenueLogSd: 0.35,
  /** Noise of a stated count (trucks, seats, staff) on top of the per-unit range. */
  countVariance: 0.05,
  /** Per-unit ranges are read as 80% intervals of a log-normal: sd = ln(max/min) / (2 × 1.2816). */
  perUnitIntervalZ: 1.2816,
  /** Claim weights when the trade is unknown. */
  genericClaimWeights: { existence: 0.2, revenue: 0.35, capacity: 0.15, cycle: 0.05, tenure: 0.03 } as Record<ClaimGroup, number>,
  /** The limit decision starts from declared revenue: without it the estimate has no base. */
  undeclaredRevenueVariance: 0.3,
  /** A stated (unverified) payment cycle or tenure halves that group's doubt. */
  statedFactShare: 0.5,
} as const;

/** What the policy believes about a case: which trade, which facts are stated, which evidence is held. */
export interface Belief {
  industry: IndustryId | null;
  stated: ReadonlySet<FactName>;
  /** Evidence held: readable, or submitted and not yet assessed (wire keys, e.g. voucher:bank_statement). */
  held: ReadonlySet<string>;
}

/** Variance of ln(limit estimate) split by source of doubt. */
export interface VarianceParts {
  sector: number;
  revenue: number;
  claims: Record<ClaimGroup, number>;
  total: number;
}

const logRangeVariance = (min: number, max: number) => Math.log(max / Math.max(1, min)) ** 2 / 12;

/** The belief the policy derives from case state (pure). */
export function beliefOf(state: CaseState): Belief {
  const stated = new Set<FactName>();
  for (const [key, value] of Object.entries(state.facts)) if (value !== undefined && value !== null) stated.add(key as FactName);
  const held = new Set<string>();
  for (const id of state.evidenceOrder) {
    const item = state.evidence[id];
    if (item && item.assessment?.verdict !== 'unreadable') held.add(formatEvidenceKind(item.declared));
  }
  return { industry: state.industry, stated, held };
}

function heldKnowledge(belief: Belief) {
  const all = [];
  for (const key of belief.held) {
    const [kind, id] = key.split(':');
    const evidence = (kind === 'voucher' ? { kind: 'voucher', type: id } : { kind: 'photo', class: id }) as EvidenceKind;
    all.push(evidenceKnowledge(evidence));
  }
  return all;
}

/** Splits the variance of ln(limit) for a belief. */
export function varianceOf(belief: Belief): VarianceParts {
  const p = ESTIMATE_PARAMETERS;
  const kb = belief.industry ? industryKnowledge(belief.industry) : null;
  const prior = kb
    ? logRangeVariance(kb.monthlyRevenue.min, kb.monthlyRevenue.max)
    : logRangeVariance(p.unknownRevenueRange.min, p.unknownRevenueRange.max);
  let precision = 1 / prior;
  if (belief.stated.has('monthlyRevenue')) precision += 1 / p.declaredRevenueLogSd ** 2;
  for (const driver of kb?.drivers ?? []) {
    if (!belief.stated.has(driver.fact)) continue;
    const sd = Math.log(driver.revenuePerUnitMonthly.max / driver.revenuePerUnitMonthly.min) / (2 * p.perUnitIntervalZ);
    precision += 1 / (sd ** 2 + p.countVariance);
  }
  const held = heldKnowledge(belief);
  for (const e of held) if (e.revenueLogSd !== undefined) precision += 1 / e.revenueLogSd ** 2;

  const weights: Record<ClaimGroup, number> = kb
    ? {
        existence: kb.claimWeights.existence.value,
        revenue: kb.claimWeights.revenue.value,
        capacity: kb.claimWeights.capacity.value,
        cycle: kb.claimWeights.cycle.value,
        tenure: kb.claimWeights.tenure.value,
      }
    : { ...p.genericClaimWeights };
  const doubt: Record<ClaimGroup, number> = { existence: 1, revenue: 1, capacity: 1, cycle: 1, tenure: 1 };
  if (belief.stated.has('paymentCycleDays')) doubt.cycle *= p.statedFactShare;
  if (belief.stated.has('yearsInBusiness')) doubt.tenure *= p.statedFactShare;
  for (const e of held) {
    for (const [group, strength] of Object.entries(e.verifies) as [ClaimGroup, number][]) doubt[group] *= 1 - strength;
  }
  const claims = {} as Record<ClaimGroup, number>;
  let claimTotal = 0;
  for (const group of Object.keys(doubt) as ClaimGroup[]) {
    claims[group] = weights[group] * doubt[group];
    claimTotal += claims[group];
  }
  const sector =
    (belief.industry ? 0 : p.unknownIndustryVariance) + (belief.stated.has('monthlyRevenue') ? 0 : p.undeclaredRevenueVariance);
  const revenue = 1 / precision;
  return { sector, revenue, claims, total: sector + revenue + claimTotal };
}

/** Expected standard deviation of ln(limit) once the trade is known, averaged over the trades. */
export function expectedSdOnceIndustryKnown(belief: Belief): number {
  let sum = 0;
  for (const entry of INDUSTRIES) sum += Math.sqrt(varianceOf({ ...belief, industry: entry.id }).total);
  return sum / INDUSTRIES.length;
}
