import { ApplicationFailure } from '@temporalio/common';
import { heartbeat } from '@temporalio/activity';
import { ErrorCode, sniffMedia, type EvidenceActivities } from '@uplift/domain';
import type { EvidenceVault } from '@uplift/persistence';
import { toApplicationFailure } from '@uplift/workflows';
import { assessImage } from '../assessment/assess-image';
import { assessPdf } from '../assessment/assess-pdf';

/** Evidence activities: decrypt the stored upload and check it is readable evidence. */
export function createEvidenceActivities(deps: { vault: EvidenceVault; maxPixels: number }): EvidenceActivities {
  return {
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
        throw ApplicationFailure.create({ type: ErrorCode.UnsupportedMediaType, message: 'stored evidence is not a supported format', nonRetryable: true });
      }
      if (format === 'pdf') return assessPdf(bytes, (page) => heartbeat(`page ${page}`));
      return assessImage(bytes, format, deps.maxPixels);
    },
  };
}
