import {
  DOCUMENT_NUMBER_FIELDS,
  gateFinding,
  REUSE_POLICY,
  reuseImageFinding,
  reusedDocumentNumberFinding,
  type ImageAnalyser,
  type StoredTwin,
} from '@uplift/authenticity';
import {
  authenticityVerdict,
  sniffMedia,
  type AuthenticityFinding,
  type EvidenceAuthenticity,
  type EvidenceRecognition,
} from '@uplift/domain';
import type { EvidenceFingerprints } from '@uplift/persistence';

// Wiring only: which checks may weigh in the decision and how near a fingerprint counts as reuse are
// @uplift/authenticity's rules (policy.ts, docs/adr/0019).

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
  return (recognition?.fields ?? [])
    .filter((f) => names.includes(f.name) && f.value.trim().length >= 6)
    .map((f) => ({ type: f.name, number: f.value }));
}

type Lookup = { phash: string; dhash: string };

async function reuseFindings(
  fingerprints: EvidenceFingerprints,
  input: AuthenticityCheckInput,
  lookups: readonly Lookup[],
): Promise<AuthenticityFinding[]> {
  const findings: AuthenticityFinding[] = [];
  // The picture as stored, mirrored, and without a screenshot's bars: the nearest twin per stored upload.
  const nearest = new Map<string, StoredTwin>();
  for (const { phash, dhash } of lookups) {
    for (const twin of await fingerprints.findNearDuplicates(phash, dhash, {
      excludeCaseId: input.caseId,
      maxDistance: REUSE_POLICY.searchDistance,
    })) {
      const seen = nearest.get(twin.evidenceId);
      if (!seen || twin.phashDistance + twin.dhashDistance < seen.phashDistance + seen.dhashDistance) nearest.set(twin.evidenceId, twin);
    }
  }
  for (const twin of [...nearest.values()].sort((a, b) => a.phashDistance - b.phashDistance)) {
    const finding = reuseImageFinding(twin);
    if (finding) findings.push(finding);
  }
  for (const { type, number } of documentNumbers(input.recognition)) {
    const elsewhere = await fingerprints.findDocumentNumber(type, number, input.caseId);
    if (elsewhere.length > 0) findings.push(reusedDocumentNumberFinding(type, number, elsewhere));
  }
  return findings;
}

/**
 * Single-image forensics (recapture, metadata, compression, copy-move, field anomalies), then reuse
 * across every case and channel; the upload's fingerprint and document numbers are stored last, so a
 * retried activity finds nothing of its own (recording is idempotent).
 */
export async function checkAuthenticityOf(
  checks: { fingerprints: EvidenceFingerprints; imageAnalysis: ImageAnalyser },
  input: AuthenticityCheckInput,
  heartbeat: (stage: string) => void,
): Promise<EvidenceAuthenticity> {
  const { fingerprints } = checks;
  const isImage = sniffMedia(input.bytes)?.format !== 'pdf';
  const analysis = isImage
    ? await checks.imageAnalysis.analyse(input.bytes, {
        uploadedAt: input.uploadedAt,
        ...(input.recognition ? { recognition: { fields: input.recognition.fields, documentType: input.recognition.documentType } } : {}),
      })
    : null;
  heartbeat('analysed');
  const fingerprint = analysis ? { phash: analysis.fingerprint.phash, dhash: analysis.fingerprint.dhash } : null;
  const lookups = analysis
    ? [{ phash: analysis.fingerprint.phash, dhash: analysis.fingerprint.dhash }, ...analysis.fingerprint.lookups]
    : [];
  const findings = [...(analysis?.findings ?? []).map(gateFinding), ...(await reuseFindings(fingerprints, input, lookups))];
  if (fingerprint) {
    await fingerprints.record({
      caseId: input.caseId,
      evidenceId: input.evidenceId,
      channel: input.channel,
      ...fingerprint,
      documentNumbers: documentNumbers(input.recognition),
    });
  }
  return { verdict: authenticityVerdict(findings), findings, fingerprint, heatmaps: analysis?.heatmaps ?? {} };
}
