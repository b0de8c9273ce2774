export type { DataSource } from 'typeorm';
export { createDataSource, type DataSourceOptions } from './db/data-source';
export { runMigrations, pendingSchemaDiff } from './db/migrate';
export { EventStore, type ChainVerification } from './event-store/event-store';
export { canonicalJson } from '@uplift/domain';
export { CaseQueries, MAX_CASE_PAGE, type CaseListFilter, type CaseListPage } from './read-model/case-queries';
export type { CaseRecord } from './read-model/case-record';
export { rebuildReadModel } from './read-model/rebuild-read-model';
export { EvidenceVault, type EvidenceContent, type StoredEvidence } from './evidence/evidence-vault';
export type { EvidenceUpload } from './evidence/evidence-input';
export { rewrapCaseKeys, type MasterKeyRing } from './evidence/case-key-store';
export {
  ApiKeys,
  type ApiKeyListFilter,
  type ApiKeyRole,
  type ApiPrincipal,
  type RotatedApiKey,
  type RotationOptions,
} from './api-keys/api-keys';
export { API_KEY_ROLES, MAX_API_KEY_LIFETIME_MS, MAX_ROTATION_GRACE_MS, type NewApiKey } from './api-keys/api-key-input';
export type { ApiKeyRecord, ApiKeyStatus, IssuedApiKey } from './api-keys/api-key-record';
export { IdempotencyStore, type IdempotencyClaim, type IdempotencyClaimInput } from './idempotency/idempotency-store';
export {
  EvidenceFingerprints,
  MAX_NEAR_DUPLICATE_DISTANCE,
  normaliseDocumentNumber,
  type DocumentNumberMatch,
  type FingerprintInput,
  type NearDuplicate,
  type ReuseCandidateRow,
  WHOLE_PICTURE_FINGERPRINT_VERSION,
} from './fingerprints';
export { CaseOperations, type OperationProblem, type StuckCase } from './operations/case-operations';
export { CaseErasures, type LegalHold, type RetentionRun } from './privacy/case-erasures';
export { CaseArchives, type ArchivedHistory, type ArchiveOpening, type HistoryToArchive } from './archive/case-archives';
export { ConsoleSessions, type SessionPrincipal, type StartedSession } from './sessions/console-sessions';
export * from './review';
