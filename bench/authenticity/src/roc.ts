/** ROC AUC (probability a positive outscores a negative; ties count half). */
export function rocAuc(pos: readonly number[], neg: readonly number[]): number {
  let wins = 0;
  for (const p of pos) for (const n of neg) wins += p > n ? 1 : p === n ? 0.5 : 0;
  return pos.length && neg.length ? wins / (pos.length * neg.length) : Number.NaN;
}

/** True-positive rate at the threshold that keeps the false-positive rate at or below `fpr`. */
export function tprAtFpr(pos: readonly number[], neg: readonly number[], fpr: number): { tpr: number; threshold: number } {
  const sorted = [...neg].sort((a, b) => b - a);
  const allowed = Math.floor(fpr * neg.length);
  // Strictly above the (allowed+1)-th highest negative score.
  const threshold = sorted[allowed] ?? -Infinity;
  return { tpr: pos.filter((p) => p > threshold).length / Math.max(1, pos.length), threshold };
}
