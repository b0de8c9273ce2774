// Finding thresholds set on genuine evidence only: a score must exceed what genuine images of the
// same voucher type reach (out-of-fold) before a finding is raised.

/** Warning / critical thresholds: a default and per-voucher-type overrides (never below the default). */
export interface TypedThresholds {
  warning: { default: number; byType: Record<string, number> };
  critical: { default: number; byType: Record<string, number> };
  targets: { warningFpr: number; criticalFpr: number; minTypeSamples: number };
}

/** Score at the (1 − fpr) quantile of `scores`, nudged above it so that at most `fpr` of them exceed it. */
function upperQuantile(scores: readonly number[], fpr: number): number {
  const s = [...scores].sort((a, b) => b - a);
  const v = s[Math.min(s.length - 1, Math.floor(fpr * s.length))] ?? 0;
  return Math.round(Math.min(0.999, v + 1e-3) * 1000) / 1000;
}

/** Thresholds from out-of-fold scores of genuine images. */
export function thresholdsFromGenuine(
  genuine: ReadonlyArray<{ type: string; score: number }>,
  warningFpr = 0.01,
  criticalFpr = 0.002,
  minTypeSamples = 15,
): TypedThresholds {
  const all = genuine.map((g) => g.score);
  const warning = upperQuantile(all, warningFpr);
  const critical = Math.max(warning, upperQuantile(all, criticalFpr));
  const byTypeW: Record<string, number> = {};
  const byTypeC: Record<string, number> = {};
  for (const type of [...new Set(genuine.map((g) => g.type))].sort()) {
    const scores = genuine.filter((g) => g.type === type).map((g) => g.score);
    if (scores.length < minTypeSamples) continue;
    const w = Math.max(warning, upperQuantile(scores, warningFpr));
    const c = Math.max(critical, w, upperQuantile(scores, criticalFpr));
    if (w > warning) byTypeW[type] = w;
    if (c > critical) byTypeC[type] = c;
  }
  return {
    warning: { default: warning, byType: byTypeW },
    critical: { default: critical, byType: byTypeC },
    targets: { warningFpr, criticalFpr, minTypeSamples },
  };
}

/**
 * Moves a threshold up into the gap between genuine and forged training scores: the highest value
 * (on a 0.01 grid, at most 0.99) at which the training detection rate is still within `tolerance` of
 * its rate at `threshold`. Genuine evidence elsewhere scores higher than genuine training images;
 * where the training forgeries leave room, the margin is taken on the genuine side.
 */
export function widenIntoGap(threshold: number, positives: readonly number[], tolerance: number): number {
  const tpr = (t: number): number => positives.filter((s) => s >= t).length / Math.max(1, positives.length);
  const floor = tpr(threshold) - tolerance;
  let best = threshold;
  for (let t = Math.ceil(threshold * 100) / 100; t <= 0.99 + 1e-9; t += 0.01) if (tpr(t) >= floor) best = Math.round(t * 100) / 100;
  return Math.max(threshold, best);
}
