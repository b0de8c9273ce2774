import type { DecisionReason } from '@uplift/domain';
import type { CapacityEstimate } from './estimators';

// Cross-validation: evidence-based estimates are compared with their weighted median (in log space, so
// a factor of 2 up or down is the same distance); estimates outside the band are discounted with a
// reason, and the verified capacity is the weighted median of what remains, with a confidence.

/** Tunables of cross-validation. */
export interface CrossValidationParameters {
  /** An estimate more than this factor from the median is inconsistent. */
  consistencyBand: number;
  /** Weight an inconsistent estimate keeps. */
  inconsistentWeight: number;
  /** Two flow estimates at least this reliable that differ by more than this factor are a conflict. */
  conflictBand: number;
  conflictMinWeight: number;
}

/** An estimate after cross-validation. */
export interface ValidatedEstimate extends CapacityEstimate {
  /** Weight after discounts. */
  validatedWeight: number;
  consistent: boolean;
}

/** Outcome of cross-validation. */
export interface CrossValidation {
  estimates: ValidatedEstimate[];
  /** Annual revenue the evidence supports (CNY), null when nothing measures it. */
  verifiedAnnual: number | null;
  /** 0..1: how much the verified figure can be relied on. */
  confidence: number;
  /** Pairs of strong flow estimates that disagree beyond the conflict band. */
  conflicts: { a: string; b: string; ratio: number }[];
  reasons: DecisionReason[];
}

/** Weighted median of values (lower median on ties); null when weights sum to 0. */
export function weightedMedian(items: readonly { value: number; weight: number }[]): number | null {
  const sorted = items.filter((i) => i.weight > 0).sort((a, b) => a.value - b.value);
  const total = sorted.reduce((s, i) => s + i.weight, 0);
  if (total <= 0) return null;
  let acc = 0;
  for (const item of sorted) {
    acc += item.weight;
    if (acc >= total / 2 - 1e-12) return item.value;
  }
  return sorted[sorted.length - 1]?.value ?? null;
}

const r2 = (n: number) => Math.round(n * 100) / 100;

/** Compares the evidence estimates with each other and combines them. Pure. */
export function crossValidate(estimates: readonly CapacityEstimate[], p: CrossValidationParameters): CrossValidation {
  const reasons: DecisionReason[] = [];
  const center = weightedMedian(estimates.map((e) => ({ value: e.annualRevenue, weight: e.weight })));
  if (center === null) return { estimates: [], verifiedAnnual: null, confidence: 0, conflicts: [], reasons };
  const validated: ValidatedEstimate[] = estimates.map((e) => {
    const ratio = e.annualRevenue / center;
    const consistent = ratio <= p.consistencyBand && ratio >= 1 / p.consistencyBand;
    if (!consistent) {
      reasons.push({
        code: 'ESTIMATE_INCONSISTENT_DISCOUNTED',
        params: {
          estimator: e.estimator,
          annualRevenue: e.annualRevenue,
          medianOfEvidence: Math.round(center),
          ratio: r2(ratio),
          keptWeight: p.inconsistentWeight,
          evidenceIds: e.evidenceIds.join(','),
        },
      });
    }
    return { ...e, consistent, validatedWeight: r2(consistent ? e.weight : e.weight * p.inconsistentWeight) };
  });
  const verified = weightedMedian(validated.map((e) => ({ value: e.annualRevenue, weight: e.validatedWeight })));
  const totalWeight = estimates.reduce((s, e) => s + e.weight, 0);
  const consistentWeight = validated.filter((e) => e.consistent).reduce((s, e) => s + e.weight, 0);
  // Independent consistent sources compound (noisy-OR); disagreement takes its share away.
  const support = 1 - validated.filter((e) => e.consistent).reduce((prod, e) => prod * (1 - Math.min(0.95, e.weight)), 1);
  const confidence = r2(Math.min(0.95, support * (consistentWeight / totalWeight)));
  const strong = validated.filter((e) => e.kind === 'flow' && e.weight >= p.conflictMinWeight);
  const conflicts: CrossValidation['conflicts'] = [];
  for (let i = 0; i < strong.length; i++) {
    for (let j = i + 1; j < strong.length; j++) {
      const a = strong[i];
      const b = strong[j];
      if (!a || !b) continue;
      const ratio = Math.max(a.annualRevenue, b.annualRevenue) / Math.min(a.annualRevenue, b.annualRevenue);
      if (ratio > p.conflictBand) conflicts.push({ a: a.estimator, b: b.estimator, ratio: r2(ratio) });
    }
  }
  reasons.push({
    code: 'VERIFIED_CAPACITY',
    params: {
      annualRevenue: Math.round(verified ?? 0),
      confidence,
      sources: validated
        .filter((e) => e.consistent)
        .map((e) => e.estimator)
        .join(','),
      estimates: validated.length,
    },
  });
  return { estimates: validated, verifiedAnnual: verified, confidence, conflicts, reasons };
}
