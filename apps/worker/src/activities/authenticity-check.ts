import {
  DOCUMENT_NUMBER_FIELDS,
  encodeReuseReference,
  gateFinding,
  METHOD_VERSIONS,
  REUSE_POLICY,
  reuseImageFinding,
  reusedDocumentNumberFinding,
  VERIFIED_REUSE_POLICY,
  verifiedReuseFinding,
  WHOLE_PICTURE_REUSE_VERSION,
  type ImageAnalyser,
  type ImageFingerprint,
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

type Checks = { fingerprints: EvidenceFingerprints; imageAnalysis: ImageAnalyser };

/**
 * Two-stage lookup (docs/adr/0037): the stored pictures of other cases whose lookup keys are near the
 * upload's probes, verified against their sealed references in an analysis thread. A candidate whose
 * case was erased has no reference left to open and yields nothing: a lookup key alone never makes a
 * finding.
 */
async function verifiedReuseFindings(checks: Checks, input: AuthenticityCheckInput, fp: ImageFingerprint): Promise<AuthenticityFinding[]> {
  const candidates = (
    await checks.fingerprints.findReuseCandidates(
      fp.probes.map((hash, i) => ({ hash, radius: fp.probeRadii[i] ?? VERIFIED_REUSE_POLICY.keyRadius })),
      { excludeCaseId: input.caseId, limit: VERIFIED_REUSE_POLICY.candidates },
    )
  ).filter((c) => c.reference !== null);
  const scores = await checks.imageAnalysis.verifyReuse({
    upload: { fine: fp.fine, thumbnail: fp.thumbnail },
    candidates: candidates.map((c) => ({ reference: c.reference as Buffer, keyNo: c.keyNo, turn: fp.probeTurns[c.probeNo] ?? null })),
  });
  return candidates
    .map((c, i) => verifiedReuseFinding({ ...c, score: scores[i] ?? 0 }))
    .filter((f): f is AuthenticityFinding => f !== null)
    .sort((a, b) => b.score - a.score);
}

/** Stored pictures of the old kind (whole-picture hashes only): the upload's hash variants against them, the old rule. */
async function wholePictureReuseFindings(
  fingerprints: EvidenceFingerprints,
  input: AuthenticityCheckInput,
  fp: ImageFingerprint,
): Promise<AuthenticityFinding[]> {
  // The picture as stored, mirrored, and without a screenshot's bars: the nearest twin per stored upload.
  const nearest = new Map<string, StoredTwin>();
  for (const { phash, dhash } of [{ phash: fp.phash, dhash: fp.dhash }, ...fp.lookups]) {
    for (const twin of await fingerprints.findNearDuplicates(phash, dhash, {
      excludeCaseId: input.caseId,
      maxDistance: REUSE_POLICY.searchDistance,
      methodVersion: WHOLE_PICTURE_REUSE_VERSION,
    })) {
      const seen = nearest.get(twin.evidenceId);
      if (!seen || twin.phashDistance + twin.dhashDistance < seen.phashDistance + seen.dhashDistance) nearest.set(twin.evidenceId, twin);
    }
  }
  return [...nearest.values()]
    .sort((a, b) => a.phashDistance - b.phashDistance)
    .map(reuseImageFinding)
    .filter((f): f is AuthenticityFinding => f !== null);
}

async function reuseFindings(checks: Checks, input: AuthenticityCheckInput, fp: ImageFingerprint | null): Promise<AuthenticityFinding[]> {
  const findings = fp
    ? [...(await verifiedReuseFindings(checks, input, fp)), ...(await wholePictureReuseFindings(checks.fingerprints, input, fp))]
    : [];
  for (const { type, number } of documentNumbers(input.recognition)) {
    const elsewhere = await checks.fingerprints.findDocumentNumber(type, number, input.caseId);
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
  checks: Checks,
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
  const fp = analysis?.fingerprint ?? null;
  const findings = [...(analysis?.findings ?? []).map(gateFinding), ...(await reuseFindings(checks, input, fp))];
  if (fp) {
    await fingerprints.record({
      caseId: input.caseId,
      evidenceId: input.evidenceId,
      channel: input.channel,
      phash: fp.phash,
      dhash: fp.dhash,
      documentNumbers: documentNumbers(input.recognition),
      reuse: { methodVersion: METHOD_VERSIONS.reuse_image, keys: fp.keys, reference: encodeReuseReference(fp) },
    });
  }
  const fingerprint = fp ? { phash: fp.phash, dhash: fp.dhash } : null;
  return { verdict: authenticityVerdict(findings), findings, fingerprint, heatmaps: analysis?.heatmaps ?? {} };
}
