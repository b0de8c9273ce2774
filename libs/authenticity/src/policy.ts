import type { AuthenticityCheck, AuthenticityFinding } from './findings';
import { METHOD_VERSIONS, roundScore } from './findings';
import { LOOKUP_KEY_RADIUS, LOOKUP_PART_RADIUS } from './reuse/lookup-keys';
import { REUSE_CANDIDATES } from './reuse/verify-reuse';

// Business rules of the authenticity checks (ADR 0015, 0019): which checks may weigh in a decision,
// and how near a stored fingerprint must be to count as reuse. The worker only wires these.

/**
 * Checks whose benchmark has not yet shown they separate forgeries from genuine evidence: their
 * findings are kept for reviewers at severity 'info' and may not fail or discount evidence. A check
 * leaves this set only when its goal holds on the independent split of bench:authenticity: edits AUC
 * ≥ 0.95 including PNG and any re-save quality (double compression, copy-move, field anomalies);
 * recapture AUC ≥ 0.97 with genuine critical ≤ 1 % and warnings ≤ 5 % per type (screen recapture:
 * 0.73 AUC and 21 % / 57 % on genuine with recapture-gbt/own-v1, docs/adr/0019).
 */
export const ADVISORY_CHECKS: ReadonlySet<AuthenticityCheck> = new Set<AuthenticityCheck>([
  'screen_recapture',
  'double_compression',
  'copy_move',
  'field_anomaly',
]);

/**
 * When an advisory finding is shown at all. Below these scores nothing is emitted (the heatmap keeps
 * the detail): a reviewer who sees a finding on every upload stops reading them. Set on genuine
 * training images (bench/authenticity/src/train/advisory-thresholds.ts) so that none shows one
 * (docs/adr/0019).
 */
export const ADVISORY_SHOW = {
  /** Compression-trace edit score (its calibration puts 0.9 above every genuine training image). */
  doubleCompression: 0.9,
  /**
   * Copy-move score, and only when its target region covers a recognised field. Genuine training
   * documents score up to 0.998 (repeated glyphs, ruling and flat paper match with their noise), so
   * the check stays hidden until it is rebuilt: 0.999 needs about 12 000 matched blocks.
   */
  copyMove: 0.999,
  /** Field anomaly score. */
  fieldAnomaly: 0.8,
} as const;

/** A finding as it may weigh in the decision: advisory checks are downgraded to 'info'. */
export function gateFinding(finding: AuthenticityFinding): AuthenticityFinding {
  if (!ADVISORY_CHECKS.has(finding.check) || finding.severity === 'info') return finding;
  return {
    ...finding,
    severity: 'info',
    detail: `${finding.detail} (advisory: this check is not yet validated, it does not affect the decision)`,
  };
}

/**
 * Reuse judged by the two-stage lookup (docs/adr/0037): the stored pictures whose lookup keys are
 * within `keyRadius` bits of the upload's probes (nearest first, at most `candidates`) are verified by
 * the fine, placed comparison against their sealed references; the finding's score is the verified
 * one. Window and turned probes reach `partRadius` bits. Thresholds set on training data only
 * (bench/authenticity/src/train/reuse-lookup-dev.ts: at 0.80 no genuine training photo is matched with
 * another and 108 of 135 copies are found; at 0.90, 67 of 135 and no unrelated pair at all). The
 * warning was then raised from 0.80 to 0.85: genuine documents of one template (the project
 * generator's training seeds 1000+i) verify up to 0.826 against each other, and a warning discounts
 * honest evidence (docs/adr/0037).
 */
export const VERIFIED_REUSE_POLICY = {
  keyRadius: LOOKUP_KEY_RADIUS,
  partRadius: LOOKUP_PART_RADIUS,
  candidates: REUSE_CANDIDATES,
  warning: 0.85,
  critical: 0.9,
} as const;

/** A stored picture the keys nominated, with the verified similarity of the upload to it. */
export interface VerifiedTwin {
  caseId: string;
  evidenceId: string;
  createdAt: Date | string;
  /** Verified similarity 0..1 (verifyReuseCandidates). */
  score: number;
}

/** The reuse finding for one verified candidate, or null when its verified score is below the warning threshold. */
export function verifiedReuseFinding(twin: VerifiedTwin): AuthenticityFinding | null {
  if (twin.score < VERIFIED_REUSE_POLICY.warning) return null;
  return {
    check: 'reuse_image',
    severity: twin.score >= VERIFIED_REUSE_POLICY.critical ? 'critical' : 'warning',
    score: roundScore(twin.score),
    methodVersion: METHOD_VERSIONS.reuse_image,
    region: null,
    detail: `the same picture, or a part of it, was uploaded to another case on ${new Date(twin.createdAt).toISOString()} (verified similarity ${roundScore(twin.score)})`,
    relatedCaseIds: [twin.caseId],
    relatedEvidenceIds: [twin.evidenceId],
  };
}

/** Method version of findings against stored fingerprints of the old kind (whole-picture hashes only, no reference to verify against). */
export const WHOLE_PICTURE_REUSE_VERSION = 'phash-64-variants/2';

/**
 * Reuse of a stored picture of the old kind (stored before 'keys-verified-placed/3', without lookup
 * keys or a reference), judged on its 64-bit whole-picture hashes as before: candidates
 * within `searchDistance` pHash bits are fetched; a twin is critical only when both its pHash and its
 * dHash are near-exact, a warning when both are close. A pHash alone cannot tell two documents
 * rendered from one template (or two screenshots of one PDF viewer) apart: on the training images
 * such pairs of distinct genuine uploads reach pHash distance 4 (docs/adr/0019).
 */
export const REUSE_POLICY = {
  searchDistance: 8,
  critical: { phash: 3, dhash: 6 },
  warning: { phash: 6, dhash: 10 },
} as const;

/** A stored image near the upload's fingerprint (what the fingerprint store returns). */
export interface StoredTwin {
  caseId: string;
  evidenceId: string;
  phashDistance: number;
  dhashDistance: number;
  createdAt: Date | string;
}

/** The reuse finding for one stored near-duplicate of the old kind, or null when it is not near enough to count. */
export function reuseImageFinding(twin: StoredTwin): AuthenticityFinding | null {
  const near = (limit: { phash: number; dhash: number }): boolean => twin.phashDistance <= limit.phash && twin.dhashDistance <= limit.dhash;
  if (!near(REUSE_POLICY.warning)) return null;
  return {
    check: 'reuse_image',
    severity: near(REUSE_POLICY.critical) ? 'critical' : 'warning',
    score: Math.round((1 - (twin.phashDistance + twin.dhashDistance) / 128) * 1000) / 1000,
    methodVersion: WHOLE_PICTURE_REUSE_VERSION,
    region: null,
    detail: `the same picture (pHash distance ${twin.phashDistance}, dHash distance ${twin.dhashDistance}) was uploaded to another case on ${new Date(twin.createdAt).toISOString()}`,
    relatedCaseIds: [twin.caseId],
    relatedEvidenceIds: [twin.evidenceId],
  };
}

/** The finding for a document number already submitted in other cases. */
export function reusedDocumentNumberFinding(
  type: string,
  number: string,
  elsewhere: ReadonlyArray<{ caseId: string; evidenceId: string }>,
): AuthenticityFinding {
  return {
    check: 'reuse_document_number',
    severity: 'critical',
    score: 1,
    methodVersion: METHOD_VERSIONS.reuse_document_number,
    region: null,
    detail: `${type} ${number} was already submitted in ${elsewhere.length} other case(s)`,
    relatedCaseIds: elsewhere.map((e) => e.caseId),
    relatedEvidenceIds: elsewhere.map((e) => e.evidenceId),
  };
}
