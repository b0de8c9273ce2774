import { proxyActivities, proxyLocalActivities } from '@temporalio/workflow';
import { ErrorCode, type DecisionActivities, type EventStoreActivities, type EvidenceActivities } from '@uplift/domain';

/**
 * Appending events is a local activity (fast turns), retried without limit with backoff: the append
 * is idempotent by event id, so a retry after an unseen commit is harmless. A concurrency conflict
 * means another writer touched the stream; that is never retried and surfaces loudly.
 */
export const eventStore = proxyLocalActivities<EventStoreActivities>({
  startToCloseTimeout: '15s',
  retry: {
    initialInterval: '200ms',
    backoffCoefficient: 2,
    maximumInterval: '10s',
    nonRetryableErrorTypes: [ErrorCode.ConcurrencyConflict, ErrorCode.ValidationFailed],
  },
});

/** Decision is a pure computation run as an activity so its result is recorded once in history. */
export const decisions = proxyActivities<DecisionActivities>({
  startToCloseTimeout: '30s',
  retry: { initialInterval: '1s', maximumInterval: '30s', maximumAttempts: 10, nonRetryableErrorTypes: [ErrorCode.ValidationFailed] },
});

/** Evidence assessment reads and decodes uploads; it may take a while, so it heartbeats. */
export function evidenceActivities(taskQueue: string): EvidenceActivities {
  return proxyActivities<EvidenceActivities>({
    taskQueue,
    startToCloseTimeout: '2m',
    heartbeatTimeout: '30s',
    retry: {
      initialInterval: '1s',
      maximumInterval: '1m',
      maximumAttempts: 10,
      nonRetryableErrorTypes: [ErrorCode.EvidenceNotFound, ErrorCode.EvidenceKeyShredded, ErrorCode.UndecodableFile],
    },
  });
}
