import type { EvidenceReceipt, EvidenceSubmittedInput } from '../definitions';
import type { EvidencePipeline } from './evidence-pipeline';
import type { CaseRuntime } from './runtime';

/**
 * Accepts a stored upload into the case (the decider refuses it on a closed case or one with a
 * reviewer) and starts examining it. Idempotent by evidenceId: a repeat returns the same receipt.
 */
export async function acceptEvidence(
  deps: { rt: CaseRuntime; evidence: EvidencePipeline },
  evidence: EvidenceSubmittedInput,
): Promise<EvidenceReceipt> {
  const receipt = await deps.rt.step((tx): EvidenceReceipt => {
    if (!tx.draft.evidence[evidence.evidenceId]) {
      const { evidenceId, declared, mediaType, sizeBytes, sha256 } = evidence;
      tx.apply({ type: 'SubmitEvidence', evidenceId, declared, mediaType, sizeBytes, sha256 });
    }
    const status = tx.draft.status === 'new' ? 'collecting' : tx.draft.status;
    return { caseId: tx.draft.caseId, evidenceId: evidence.evidenceId, status, version: tx.draft.version };
  });
  deps.evidence.kick();
  return receipt;
}
