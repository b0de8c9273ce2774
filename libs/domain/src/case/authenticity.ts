// What the authenticity checks concluded about one upload. Stored in events (plain JSON); produced by
// @uplift/authenticity, read by the decision (a failed upload is excluded, a suspect one discounted).

/** Which check produced a finding. Closed list; stored in events, so only ever extended. */
export type AuthenticityCheck =
  | 'screen_recapture'
  | 'metadata'
  | 'double_compression'
  | 'copy_move'
  | 'field_anomaly'
  | 'reuse_image'
  | 'reuse_document_number'
  | 'inconsistent';

/** How much a finding should weigh in the decision. */
export type FindingSeverity = 'info' | 'warning' | 'critical';

/** Region of the analysed image in original pixels: [left, top, width, height]. */
export type FindingRegion = [number, number, number, number];

/** One explainable authenticity observation; plain JSON, safe to store in a domain event. */
export interface AuthenticityFinding {
  check: AuthenticityCheck;
  severity: FindingSeverity;
  /** 0..1, higher means more likely not authentic. */
  score: number;
  methodVersion: string;
  region: FindingRegion | null;
  /** Reviewer-facing explanation (English, no accusation; the merchant wording is the dialogue's). */
  detail: string;
  relatedEvidenceIds?: string[];
  relatedCaseIds?: string[];
}

/** An upload's authenticity: the verdict the decision reads, and the findings that explain it. */
export interface EvidenceAuthenticity {
  verdict: 'pass' | 'suspect' | 'fail';
  findings: AuthenticityFinding[];
  /** Perceptual hashes (16 hex digits each) of an image; null for PDFs. */
  fingerprint: { phash: string; dhash: string } | null;
  /** Coarse maps (rows of 0..1 cells) of where recapture or edits were seen, for reviewers. */
  /** Reviewer heatmaps (rows of 0..1 cells). `ela` appears only in histories from before double_compression v3. */
  heatmaps: { recapture?: number[][]; doubleJpeg?: number[][]; ela?: number[][] };
}

/** The verdict of a set of findings: any critical finding fails the upload, any warning makes it suspect. */
export function authenticityVerdict(findings: readonly AuthenticityFinding[]): EvidenceAuthenticity['verdict'] {
  if (findings.some((f) => f.severity === 'critical')) return 'fail';
  return findings.some((f) => f.severity === 'warning') ? 'suspect' : 'pass';
}

/** Adds findings about an upload (e.g. from the cross-document check) and recomputes its verdict. */
export function withFindings(current: EvidenceAuthenticity | null, added: readonly AuthenticityFinding[]): EvidenceAuthenticity {
  const findings = [...(current?.findings ?? []), ...added];
  return { verdict: authenticityVerdict(findings), findings, fingerprint: current?.fingerprint ?? null, heatmaps: current?.heatmaps ?? {} };
}
