import { heartbeat } from '@temporalio/activity';
import { ApplicationFailure } from '@temporalio/common';
import { ErrorCode, sniffMedia, type EvidenceAssessment, type EvidenceExamination, type EvidenceExaminationInput } from '@uplift/domain';
import type { ImageAnalyser } from '@uplift/authenticity';
import type { EvidenceFingerprints, EvidenceVault } from '@uplift/persistence';
import { toApplicationFailure } from '@uplift/workflows';
import { assessImage } from '../assessment/assess-image';
import { assessPdf } from '../assessment/assess-pdf';
import type { LazyRecogniser } from '../lazy-recogniser';
import { checkAuthenticityOf } from './authenticity-check';

/** What examining an upload needs from the worker process. */
export interface ExaminationDeps {
  vault: EvidenceVault;
  fingerprints: EvidenceFingerprints;
  maxPixels: number;
  recogniser: LazyRecogniser;
  /** The single-image authenticity checks, off the event loop (ImageAnalysisPool). */
  imageAnalysis: ImageAnalyser;
}

/** Legibility of the decrypted bytes: an image's size, exposure and focus, or a PDF's text layer. */
async function assess(bytes: Buffer, maxPixels: number): Promise<EvidenceAssessment> {
  const format = sniffMedia(bytes)?.format;
  if (!format)
    throw ApplicationFailure.create({
      type: ErrorCode.UnsupportedMediaType,
      message: 'stored evidence is not a supported format',
      nonRetryable: true,
    });
  return format === 'pdf' ? assessPdf(bytes, (page) => heartbeat(`page ${page}`)) : assessImage(bytes, format, maxPixels);
}

/**
 * Decrypts an upload once, then checks it is legible, recognises it and checks it is authentic.
 * Unreadable uploads stop after the first step. Infrastructure failures are thrown as they are, so
 * Temporal retries them; deterministic ones are non-retryable ApplicationFailures.
 */
export async function examineEvidence(deps: ExaminationDeps, input: EvidenceExaminationInput): Promise<EvidenceExamination> {
  try {
    const { bytes } = await deps.vault.read(input.caseId, input.evidenceId);
    heartbeat('decrypted');
    const assessment = await assess(bytes, deps.maxPixels);
    heartbeat('assessed');
    if (assessment.verdict !== 'readable') return { assessment, recognition: null, authenticity: null };
    const recogniser = await deps.recogniser.get();
    const recognition = await recogniser.recognise({ bytes, declared: input.declared, caseDate: input.caseDate }, (stage) =>
      heartbeat(stage),
    );
    const authenticity = await checkAuthenticityOf(
      deps,
      { caseId: input.caseId, evidenceId: input.evidenceId, channel: input.channel, uploadedAt: input.uploadedAt, bytes, recognition },
      (stage) => heartbeat(stage),
    );
    return { assessment, recognition, authenticity };
  } catch (error) {
    throw toApplicationFailure(error);
  }
}
