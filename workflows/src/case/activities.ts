import { proxyActivities, proxyLocalActivities } from '@temporalio/workflow';
import {
  ErrorCode,
  type CaseDecisionActivities,
  type CaseStoreActivities,
  type EvidenceExaminationActivities,
  type LanguageModelActivities,
  type UnderstandingActivities,
} from '@uplift/domain';

// Infrastructure faults (PostgreSQL or a model server down, a worker restarting) are waited out:
// every activity retries without an attempt limit, with capped backoff, so a stuck one shows in the
// Temporal UI as pending with its attempts and last failure. Only deterministic failures end early.

/** Commits are local activities (one workflow task per turn); a conflict is a result, not an error. */
export const caseStore = proxyLocalActivities<CaseStoreActivities>({
  startToCloseTimeout: '15s',
  retry: { initialInterval: '200ms', backoffCoefficient: 2, maximumInterval: '10s', nonRetryableErrorTypes: [ErrorCode.ValidationFailed] },
});

/** Understanding is recorded (a local activity), so rule changes never alter a case's replay. */
export const understanding = proxyLocalActivities<UnderstandingActivities>({
  startToCloseTimeout: '10s',
  retry: { initialInterval: '100ms', backoffCoefficient: 2, maximumInterval: '5s' },
});

/** The decision reads the case from its stream by id and version; pure apart from that read. */
export const caseDecisions = proxyActivities<CaseDecisionActivities>({
  startToCloseTimeout: '1m',
  retry: { initialInterval: '1s', backoffCoefficient: 2, maximumInterval: '1m' },
});

/** Failures that retrying cannot change: the upload itself is the problem, or it was erased. */
export const DETERMINISTIC_EVIDENCE_FAILURES = [
  ErrorCode.UndecodableFile,
  ErrorCode.UnsupportedMediaType,
  ErrorCode.EvidenceNotFound,
  ErrorCode.EvidenceKeyShredded,
];

/** Evidence examination decrypts and decodes once, then checks legibility, recognition and authenticity. */
export function evidenceWork(taskQueue: string): EvidenceExaminationActivities {
  return proxyActivities<EvidenceExaminationActivities>({
    taskQueue,
    startToCloseTimeout: '5m',
    heartbeatTimeout: '30s',
    retry: { initialInterval: '1s', backoffCoefficient: 2, maximumInterval: '1m', nonRetryableErrorTypes: DETERMINISTIC_EVIDENCE_FAILURES },
  });
}

/** The optional language model: one attempt, a few seconds; it answers null rather than fail. */
export const languageModel = proxyActivities<LanguageModelActivities>({
  startToCloseTimeout: '15s',
  retry: { maximumAttempts: 1 },
});
