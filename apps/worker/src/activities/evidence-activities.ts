import { ApplicationFailure } from '@temporalio/common';
import { heartbeat } from '@temporalio/activity';
import { ErrorCode, sniffMedia, type EvidenceActivities, type EvidenceExaminationActivities } from '@uplift/domain';
import { checkAuthenticityOf } from './authenticity-check';
import { toApplicationFailure } from '@uplift/workflows';
import { assessImage } from '../assessment/assess-image';
import { assessPdf } from '../assessment/assess-pdf';
import { examineEvidence, type ExaminationDeps } from './examine-evidence';

/**
 * Evidence activities: examine an upload (decrypted once: legibility, recognition, authenticity) and
 * erase a case's uploads. The three separate steps are kept for histories of the first workflow.
 */
export function createEvidenceActivities(deps: ExaminationDeps): EvidenceActivities & EvidenceExaminationActivities {
  return {
    examineEvidence: (input) => examineEvidence(deps, input),

    async assessEvidence({ caseId, evidenceId }) {
      let bytes: Buffer;
      try {
        ({ bytes } = await deps.vault.read(caseId, evidenceId));
      } catch (error) {
        throw toApplicationFailure(error);
      }
      heartbeat('decrypted');
      const format = sniffMedia(bytes)?.format;
      if (!format) {
        throw ApplicationFailure.create({
          type: ErrorCode.UnsupportedMediaType,
          message: 'stored evidence is not a supported format',
          nonRetryable: true,
        });
      }
      if (format === 'pdf') return assessPdf(bytes, (page) => heartbeat(`page ${page}`));
      return assessImage(bytes, format, deps.maxPixels);
    },

    async recogniseEvidence({ caseId, evidenceId, declared, caseDate }) {
      try {
        const { bytes } = await deps.vault.read(caseId, evidenceId);
        heartbeat('decrypted');
        const recogniser = await deps.recogniser.get();
        return await recogniser.recognise({ bytes, declared, caseDate }, (stage) => heartbeat(stage));
      } catch (error) {
        throw toApplicationFailure(error);
      }
    },

    async checkAuthenticity({ caseId, evidenceId, channel, uploadedAt, recognition }) {
      try {
        const { bytes } = await deps.vault.read(caseId, evidenceId);
        return await checkAuthenticityOf(deps, { caseId, evidenceId, channel, uploadedAt, bytes, recognition }, (stage) =>
          heartbeat(stage),
        );
      } catch (error) {
        throw toApplicationFailure(error);
      }
    },

    async eraseCaseEvidence({ caseId }) {
      try {
        return { erased: await deps.vault.shredCase(caseId) };
      } catch (error) {
        throw toApplicationFailure(error);
      }
    },
  };
}
