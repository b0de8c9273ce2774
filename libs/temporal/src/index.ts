export { connectTemporal } from './connect';
export type { TemporalHandle, TemporalTarget } from './connect';
export { ensureNamespace } from './namespace';
export type { NamespaceOptions } from './namespace';
export { ensureSearchAttributes } from './search-attributes';
export { ensureCaseSearchAttributes } from './case-search-attributes';
export type { SearchAttributeKind, SearchAttributeSpec } from './search-attributes';
export { waitForTemporal } from './wait-for-temporal';
export type { WaitForTemporalOptions } from './wait-for-temporal';
export { taskQueuePollers } from './task-queue-pollers';
export type { TaskQueuePoller } from './task-queue-pollers';
export {
  findStuckCases,
  classifyCase,
  RUNNING_CASES_QUERY,
  type CaseProblem,
  type StuckCaseFinding,
  type StuckThresholds,
} from './stuck-cases';
export {
  ensureOperationsSchedule,
  OPERATIONS_SWEEP_SCHEDULE_ID,
  OPERATIONS_SWEEP_WORKFLOW,
  PRIVACY_SWEEP_SCHEDULE_ID,
  PRIVACY_SWEEP_WORKFLOW,
  ensurePrivacySchedule,
  ensureRecordsSchedule,
  RECORDS_SWEEP_SCHEDULE_ID,
  RECORDS_SWEEP_WORKFLOW,
} from './sweep-schedules';
export { DEFLATE_FROM_BYTES, EncryptionCodec, payloadCodecFor, payloadKeyFrom, type PayloadKey } from './payload-codec';
export { engineDataConverter, FAILURE_CONVERTER_PATH, type CodecKeys } from './data-converter';
export { deleteCaseExecution } from './delete-execution';
