import { Inject, Injectable } from '@nestjs/common';
import type { UpliftConfig } from '@uplift/config';
import { DomainError, ErrorCode, formatEvidenceKind, isDomainError, parseEvidenceKind } from '@uplift/domain';
import type { EvidenceVault } from '@uplift/persistence';
import type { Principal } from '../auth/principal';
import { CaseAccess } from '../cases/case-access.service';
import { CaseWorkflowGateway } from '../cases/case-workflow.gateway';
import { TOKENS } from '../dependencies';
import { validationFailed } from '../errors/field-problems';
import type { ApiRequest } from '../http/api-request';
import { checkUploadContent } from './check-upload-content';
import type { EvidenceAcceptedDto } from './dto/evidence-upload.dto';
import { readEvidenceMultipart } from './read-evidence-multipart';

/** The case's answers that mean "not taken": the upload is then deleted again. */
const REFUSALS: ReadonlySet<ErrorCode> = new Set([ErrorCode.CaseClosed, ErrorCode.CaseInReview, ErrorCode.ValidationFailed]);

/** Outcome of an upload: the body, and whether it was new (202) or a repeat of stored evidence (200). */
export interface EvidenceIntakeResult {
  body: EvidenceAcceptedDto;
  duplicate: boolean;
}

/**
 * Takes an evidence upload through its gates in order (case visible and collecting, size, declared
 * kind, consent, content type, pixel count), stores it encrypted and tells the case workflow.
 */
@Injectable()
export class EvidenceIntake {
  constructor(
    @Inject(TOKENS.config) private readonly config: UpliftConfig,
    @Inject(TOKENS.evidenceVault) private readonly vault: EvidenceVault,
    @Inject(CaseAccess) private readonly access: CaseAccess,
    @Inject(CaseWorkflowGateway) private readonly workflows: CaseWorkflowGateway,
  ) {}

  /** Reads the upload from `req` (only after the case checks pass, so refused requests stream nothing). */
  async submit(principal: Principal, caseId: string, req: ApiRequest): Promise<EvidenceIntakeResult> {
    await this.access.acceptingEvidence(principal, caseId);
    const { fields, file } = await readEvidenceMultipart(req, this.config.evidence.maxBytes);

    const declared = parseEvidenceKind(fields.kind ?? '');
    if (!declared) {
      throw validationFailed([{ field: 'kind', problems: ['must be voucher:<type> or photo:<class> from the catalogue'] }]);
    }
    if (fields.consent !== 'true') {
      throw new DomainError(ErrorCode.ConsentRequired, 'The merchant must consent to evidence processing (consent=true).');
    }
    if (!file || file.length === 0) throw validationFailed([{ field: 'file', problems: ['one non-empty file is required'] }]);

    const content = checkUploadContent(file, this.config.evidence.maxPixels);
    const kind = formatEvidenceKind(declared);
    const stored = await this.vault.store({ caseId, bytes: file, mediaType: content.mediaType, declaredKind: kind });
    // Duplicates go to the case too: if an earlier attempt stored the bytes but died before the case
    // took them, this retry is what gets them there. The case answers evidence ids it has with a receipt.
    try {
      await this.workflows.submitEvidence(caseId, {
        evidenceId: stored.evidenceId,
        declared,
        mediaType: content.mediaType,
        sizeBytes: stored.sizeBytes,
        sha256: stored.sha256,
      });
    } catch (error) {
      // The case refused it (closed meanwhile, or with a reviewer): bytes that are not evidence are not kept.
      if (isDomainError(error) && !stored.duplicate && REFUSALS.has(error.code)) await this.vault.discard(caseId, stored.evidenceId);
      throw error;
    }
    return {
      duplicate: stored.duplicate,
      body: {
        evidenceId: stored.evidenceId,
        sha256: stored.sha256,
        sizeBytes: stored.sizeBytes,
        mediaType: content.mediaType,
        kind,
        duplicate: stored.duplicate,
      },
    };
  }
}
