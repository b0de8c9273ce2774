import { analyseImage, DOCUMENT_NUMBER_FIELDS, METHOD_VERSIONS } from '@uplift/authenticity';
import { authenticityVerdict, sniffMedia, type AuthenticityCheck, type AuthenticityFinding, type EvidenceAuthenticity, type EvidenceRecognition } from '@uplift/domain';
import type { EvidenceFingerprints } from '@uplift/persistence';

/**
 * Checks whose benchmark (bench/results/authenticity.json) has not yet shown they separate edited from
 * genuine documents: their findings are kept for reviewers but may not fail or discount evidence.
 * A check leaves this list only when its measured AUC meets the goal (docs/adr/0015).
 */
export const ADVISORY_CHECKS: ReadonlySet<AuthenticityCheck> = new Set<AuthenticityCheck>(['copy_move', 'field_anomaly']);

function gated(finding: AuthenticityFinding): AuthenticityFinding {
  if (!ADVISORY_CHECKS.has(finding.check) || finding.severity === 'info') return finding;
  return { ...finding, severity: 'info', detail: `${finding.detail} (advisory: this check is not yet validated, it does not affect the decision)` };
}

/** Near-duplicates within this pHash distance are searched for; within CRITICAL_DISTANCE they fail the upload. */
const SEARCH_DISTANCE = 8;
const CRITICAL_DISTANCE = 4;

/** What one authenticity check needs. */
export interface AuthenticityCheckInput {
  caseId: string;
  evidenceId: string;
  channel: string;
  uploadedAt: string;
  bytes: Buffer;
  recognition: EvidenceRecognition | null;
}

function documentNumbers(recognition: EvidenceRecognition | null): { type: string; number: string }[] {
  const names: readonly string[] = DOCUMENT_NUMBER_FIELDS;
  return (recognition?.fields ?? []).filter((f) => names.includes(f.name) && f.value.trim().length >= 6).map((f) => ({ type: f.name, number: f.value }));
}

async function reuseFindings(fingerprints: EvidenceFingerprints, input: AuthenticityCheckInput, hashes: { phash: string; dhash: string } | null): Promise<AuthenticityFinding[]> {
  const findings: AuthenticityFinding[] = [];
  if (hashes) {
    for (const twin of await fingerprints.findNearDuplicates(hashes.phash, hashes.dhash, { excludeCaseId: input.caseId, maxDistance: SEARCH_DISTANCE })) {
      findings.push({
        check: 'reuse_image',
        severity: twin.phashDistance <= CRITICAL_DISTANCE ? 'critical' : 'warning',
        score: Math.round((1 - twin.phashDistance / 64) * 1000) / 1000,
        methodVersion: METHOD_VERSIONS.reuse_image,
        region: null,
        detail: `the same picture (pHash distance ${twin.phashDistance}) was uploaded to another case on ${new Date(twin.createdAt).toISOString()}`,
        relatedCaseIds: [twin.caseId],
        relatedEvidenceIds: [twin.evidenceId],
      });
    }
  }
  for (const { type, number } of documentNumbers(input.recognition)) {
    const elsewhere = await fingerprints.findDocumentNumber(type, number, input.caseId);
    if (elsewhere.length === 0) continue;
    findings.push({
      check: 'reuse_document_number',
      severity: 'critical',
      score: 1,
      methodVersion: METHOD_VERSIONS.reuse_document_number,
      region: null,
      detail: `${type} ${number} was already submitted in ${elsewhere.length} other case(s)`,
      relatedCaseIds: elsewhere.map((e) => e.caseId),
      relatedEvidenceIds: elsewhere.map((e) => e.evidenceId),
    });
  }
  return findings;
}

/**
 * Single-image forensics (recapture, metadata, compression, copy-move, field anomalies), then reuse
 * across every case and channel; the upload's fingerprint and document numbers are stored last, so a
 * retried activity finds nothing of its own (recording is idempotent).
 */
export async function checkAuthenticityOf(fingerprints: EvidenceFingerprints, input: AuthenticityCheckInput, heartbeat: (stage: string) => void): Promise<EvidenceAuthenticity> {
  const isImage = sniffMedia(input.bytes)?.format !== 'pdf';
  const analysis = isImage
    ? await analyseImage(input.bytes, { uploadedAt: input.uploadedAt, ...(input.recognition ? { recognition: { fields: input.recognition.fields } } : {}) })
    : null;
  heartbeat('analysed');
  const fingerprint = analysis ? { phash: analysis.fingerprint.phash, dhash: analysis.fingerprint.dhash } : null;
  const findings = [...(analysis?.findings ?? []).map(gated), ...(await reuseFindings(fingerprints, input, fingerprint))];
  if (fingerprint) {
    await fingerprints.record({ caseId: input.caseId, evidenceId: input.evidenceId, channel: input.channel, ...fingerprint, documentNumbers: documentNumbers(input.recognition) });
  }
  return { verdict: authenticityVerdict(findings), findings, fingerprint, heatmaps: analysis?.heatmaps ?? {} };
}
