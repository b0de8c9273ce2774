import { ApiKeyEntity } from './api-key.entity';
import { CaseEventEntity } from './case-event.entity';
import { CaseKeyEntity } from './case-key.entity';
import { CaseEntity } from './case.entity';
import { EvidenceEntity } from './evidence.entity';
import { IdempotencyKeyEntity } from './idempotency-key.entity';
import { LegalHoldEntity } from './legal-hold.entity';
import { CaseErasureEntity } from './case-erasure.entity';
import { FINGERPRINT_ENTITIES } from '../fingerprints/fingerprint.entities';
import { CaseOperationEntity } from '../operations/case-operation.entity';
import { CaseArchiveEntity } from './case-archive.entity';
import { ConsoleSessionEntity } from './console-session.entity';
import { ReviewClaimEntity } from './review-claim.entity';
import { ReviewProposalEntity } from './review-proposal.entity';

export {
  ApiKeyEntity,
  CaseEventEntity,
  CaseKeyEntity,
  CaseEntity,
  EvidenceEntity,
  IdempotencyKeyEntity,
  LegalHoldEntity,
  CaseErasureEntity,
};
export { ConsoleSessionEntity, ReviewClaimEntity, ReviewProposalEntity };

/** Every entity; their metadata must match the migrations exactly (checked by pendingSchemaDiff). */
export const ALL_ENTITIES = [
  CaseEventEntity,
  CaseEntity,
  CaseKeyEntity,
  EvidenceEntity,
  ApiKeyEntity,
  IdempotencyKeyEntity,
  ...FINGERPRINT_ENTITIES,
  CaseOperationEntity,
  LegalHoldEntity,
  CaseErasureEntity,
  CaseArchiveEntity,
  ConsoleSessionEntity,
  ReviewClaimEntity,
  ReviewProposalEntity,
] as const;
