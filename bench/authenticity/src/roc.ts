/** ROC AUC (probability a positive outscores a negative; ties count half). O((p + n) log(p + n)). */
export function rocAuc(pos: readonly number[], neg: readonly number[]): number {
  if (pos.length === 0 || neg.length === 0) return Number.NaN;
  const all = [...pos.map((s) => ({ s, p: 1 })), ...neg.map((s) => ({ s, p: 0 }))].sort((a, b) => a.s - b.s);
  // Mann-Whitney U with mid-ranks for ties.
  let rankSum = 0;
  for (let i = 0; i < all.length;) {
    let j = i;
    while (j < all.length && all[j]?.s === all[i]?.s) j += 1;
    const midRank = (i + 1 + j) / 2;
    for (let k = i; k < j; k += 1) if (all[k]?.p === 1) rankSum += midRank;
    i = j;
  }
  return (rankSum - (pos.length * (pos.length + 1)) / 2) / (pos.length * neg.length);
}

/** True-positive rate at the threshold that keeps the false-positive rate at or below `fpr`. */
export function tprAtFpr(pos: readonly number[], neg: readonly number[], fpr: number): { tpr: number; threshold: number } {
  const sorted = [...neg].sort((a, b) => b - a);
  const allowed = Math.floor(fpr * neg.length);
  // Strictly above the (allowed+1)-th highest negative score.
  const threshold = sorted[allowed] ?? -Infinity;
  return { tpr: pos.filter((p) => p > threshold).length / Math.max(1, pos.length), threshold };
}

/** Rounds a figure for the report. */
export const round = (x: number): number => (Number.isFinite(x) ? Math.round(x * 10_000) / 10_000 : x);

/** AUC, TPR at 1 % FPR and counts of a scored two-class set. */
export function separation(
  pos: readonly number[],
  neg: readonly number[],
): { auc: number; tprAt1pctFpr: number; thresholdAt1pctFpr: number; positives: number; negatives: number } {
  const t = tprAtFpr(pos, neg, 0.01);
  return {
    auc: round(rocAuc(pos, neg)),
    tprAt1pctFpr: round(t.tpr),
    thresholdAt1pctFpr: round(t.threshold),
    positives: pos.length,
    negatives: neg.length,
  };
}

/** p-th quantile (0..1) of a list (nearest rank). */
export function quantile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))] as number;
}
