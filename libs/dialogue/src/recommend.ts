import {
  evidenceKindName,
  type CaseState,
  type EvidenceKind,
  type Language,
  formatCny,
  evidenceKnowledge,
  industryKnowledge,
  type ClaimGroup,
} from '@uplift/domain';
import { projectedLimit } from '@uplift/decision';

/** Why a piece of evidence is worth giving, with a KB-based estimate where one exists. Never a promise. */
export interface UpliftHint {
  /** Credit capacity the evidence can help support (CNY, rounded), or null when no figure applies. */
  amountCny: number | null;
  basis: 'per_unit' | 'verified_revenue' | 'claim';
  claim: ClaimGroup | null;
}

const roundTo = (value: number, step: number) => Math.max(step, Math.round(value / step) * step);

/**
 * The hint the assistant gives with an evidence request ("each verified certificate can support about
 * CNY X"). Figures come from the decision's own policy (projectedLimit), so what the merchant hears
 * is what the decision would grant on that evidence.
 */
export function upliftHint(evidence: EvidenceKind, state: CaseState): UpliftHint {
  const e = evidenceKnowledge(evidence);
  const kb = state.industry ? industryKnowledge(state.industry) : null;
  if (kb && e.perUnitOf) {
    const driver = kb.drivers.find((d) => d.fact === e.perUnitOf);
    const perUnitAnnual = driver ? Math.sqrt(driver.revenuePerUnitMonthly.min * driver.revenuePerUnitMonthly.max) * 12 : null;
    const amount = perUnitAnnual === null ? null : projectedLimit({ industry: kb.id, annualRevenue: perUnitAnnual, evidence });
    if (amount !== null) return { amountCny: roundTo(amount, 1_000), basis: 'per_unit', claim: 'capacity' };
  }
  if ((e.verifies.revenue ?? 0) >= 0.5 && state.facts.monthlyRevenue !== undefined) {
    const amount = projectedLimit({ industry: state.industry, annualRevenue: state.facts.monthlyRevenue * 12, evidence });
    if (amount !== null) return { amountCny: roundTo(amount, 1_000), basis: 'verified_revenue', claim: 'revenue' };
  }
  const strongest = (Object.entries(e.verifies) as [ClaimGroup, number][]).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
  return { amountCny: null, basis: 'claim', claim: strongest?.[0] ?? null };
}

const CLAIM_TEXT: Record<ClaimGroup, Record<Language, string>> = {
  existence: { zh: '证明您的生意真实、合规地在经营', en: 'shows your business is real and properly registered' },
  revenue: { zh: '证明您的真实经营收入', en: 'shows your real takings' },
  capacity: { zh: '证明您的经营规模', en: 'shows the scale of your business' },
  cycle: { zh: '说明您的回款周期和资金需求', en: 'shows your payment terms and working-capital need' },
  tenure: { zh: '证明您经营的年限', en: 'shows how long you have been trading' },
};

const money = (amount: number, language: Language) => formatCny(amount, language);

/** The reason sentence for an evidence request, phrased as an estimate. */
export function renderHint(evidence: EvidenceKind, state: CaseState, language: Language): string {
  const hint = upliftHint(evidence, state);
  const name = evidenceKindName(evidence, language);
  const kb = state.industry ? industryKnowledge(state.industry) : null;
  if (hint.amountCny !== null && hint.basis === 'per_unit' && kb) {
    const driver = kb.drivers.find((d) => d.fact === evidenceKnowledge(evidence).perUnitOf);
    const unit = language === 'zh' ? (driver?.zh ?? '') : (driver?.en ?? '');
    return language === 'zh'
      ? `按行业经验估算，每一份经核实的「${name}」（对应一个${unit}单位）大约可多支撑${money(hint.amountCny, language)}的额度，仅为估算，最终以审批为准。`
      : `As a rough industry estimate, each verified ${name} (one of your ${unit}) can support about ${money(hint.amountCny, language)} more; this is an estimate, not a promise.`;
  }
  if (hint.amountCny !== null && hint.basis === 'verified_revenue') {
    return language === 'zh'
      ? `按您说的流水，经核实后大约可支撑${money(hint.amountCny, language)}左右的经营额度（估算，最终以审批为准）。`
      : `Going by the revenue you gave, once verified it could support roughly ${money(hint.amountCny, language)} of credit (an estimate; the assessment decides).`;
  }
  if (hint.claim) return language === 'zh' ? `它能${CLAIM_TEXT[hint.claim].zh}。` : `It ${CLAIM_TEXT[hint.claim].en}.`;
  return '';
}
