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

export { ApiKeyEntity, CaseEventEntity, CaseKeyEntity, CaseEntity, EvidenceEntity, IdempotencyKeyEntity, LegalHoldEntity, CaseErasureEntity };

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
] as const;
