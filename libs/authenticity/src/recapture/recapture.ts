import type { BoostedTrees } from '../math/boosted-trees';
import { probability } from '../math/boosted-trees';
import type { Rgb } from '../image/raster';
import { recaptureEvidence, type RecaptureFeatureVector } from './features';
import modelData from './recapture-model.json';

/** Finding thresholds on the model's score: a default and per-voucher-type overrides (set on genuine evidence). */
export interface TypedThresholds {
  warning: { default: number; byType: Record<string, number> };
  critical: { default: number; byType: Record<string, number> };
}

/** The shipped recapture model: boosted trees over the recapture features, with its thresholds and provenance. */
export type RecaptureModel = BoostedTrees & { thresholds: TypedThresholds; training: Record<string, unknown> };

/**
 * Gradient-boosted trees trained by bench/authenticity/src/train/train-recapture.ts on training images
 * only (the project generator's training seeds and the own training generator), never on the
 * independent set; thresholds from out-of-fold scores of genuine training images: since own-v4 their
 * 2 % / 1 % upper quantiles, no longer moved into the gap below the training recaptures (docs/adr/0019,
 * 0039; bench/authenticity/src/train/train-recapture.ts).
 */
export const RECAPTURE_MODEL = modelData as unknown as RecaptureModel;

/** Score, raw features and the reviewer heatmap (tile rows × cols, 0..1) of the recapture check. */
export interface RecaptureResult {
  score: number;
  features: RecaptureFeatureVector;
  heatmap: number[][];
  /** Heatmap cell size in analysed pixels. */
  tileSize: number;
}

/** Model score 0..1 of a feature vector. */
export function recaptureScore(features: RecaptureFeatureVector, model: RecaptureModel = RECAPTURE_MODEL): number {
  return probability(model, features);
}

/** The recapture analysis of an image decoded at `scale` of its stored size. */
export function analyseRecapture(rgb: Rgb, scale: number): RecaptureResult {
  const ev = recaptureEvidence(rgb, scale);
  return { score: recaptureScore(ev.features), features: ev.features, heatmap: ev.heatmap, tileSize: ev.cell };
}

/** Threshold of `level` for a voucher type (the default when the type is unknown or has no override). */
export function thresholdFor(t: TypedThresholds, level: 'warning' | 'critical', voucherType: string | null | undefined): number {
  const table = t[level];
  return Math.max(table.default, (voucherType ? table.byType[voucherType] : undefined) ?? table.default);
}
