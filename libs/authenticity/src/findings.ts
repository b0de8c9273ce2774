import type { AuthenticityCheck, FindingSeverity } from '@uplift/domain';

// The finding types are the domain's (they are stored in events); re-exported under this package's names.
export type { AuthenticityCheck, AuthenticityFinding, FindingRegion, FindingSeverity } from '@uplift/domain';

/** Version of each method; bump when its output for the same input may change. */
export const METHOD_VERSIONS = {
  screen_recapture: 'colour-phase-scene-gbt/8',
  metadata: 'exif-rules/1',
  double_compression: 'jpeg-traces-z/5',
  copy_move: 'block16-residual/2',
  field_anomaly: 'glyph-metrics/2',
  reuse_image: 'keys-verified-placed/3',
  reuse_document_number: 'docno-exact/1',
  inconsistent: 'cross-doc/2',
} as const satisfies Record<AuthenticityCheck, string>;

/** Every check, for exhaustive mappings and tests. */
export const ALL_AUTHENTICITY_CHECKS = Object.keys(METHOD_VERSIONS) as AuthenticityCheck[];

/** Severity of a 0..1 score against a check's threshold: critical well above it, warning at it. */
export function severityFor(score: number, threshold: number): FindingSeverity {
  if (score >= Math.min(0.95, threshold + (1 - threshold) * 0.6)) return 'critical';
  if (score >= threshold) return 'warning';
  return 'info';
}

/** Rounds a score for storage (stable JSON, no float noise). */
export const roundScore = (x: number): number => Math.round(Math.min(1, Math.max(0, x)) * 1000) / 1000;
