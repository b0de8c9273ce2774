import type { Connection } from '@temporalio/client';
import Long from 'long';
import { GrpcStatus, hasGrpcStatus } from './grpc-errors';
import { retryUntilDeadline } from './retry';

/** Settings for a namespace the engine creates when it is missing. */
export interface NamespaceOptions {
  /** How long Temporal keeps closed workflow histories. The event log in PostgreSQL is the record. */
  retentionDays?: number;
  /** How long to wait for the namespace to become visible after registering it. */
  timeoutMs?: number;
}

/** Registers `namespace` unless it exists, then waits until the server describes it. Idempotent. */
export async function ensureNamespace(connection: Connection, namespace: string, options: NamespaceOptions = {}): Promise<void> {
  const retentionSeconds = (options.retentionDays ?? 7) * 24 * 60 * 60;
  try {
    await connection.workflowService.registerNamespace({
      namespace,
      workflowExecutionRetentionPeriod: { seconds: Long.fromNumber(retentionSeconds) },
      description: 'Uplift case workflows',
    });
  } catch (error) {
    // Another process (or the dev server's --namespace flag) may have created it first: that is success.
    if (!hasGrpcStatus(error, GrpcStatus.ALREADY_EXISTS)) throw error;
  }
  await retryUntilDeadline(() => connection.workflowService.describeNamespace({ namespace }), {
    timeoutMs: options.timeoutMs ?? 30_000,
    what: `namespace "${namespace}" was registered but is not visible yet`,
    isRetryable: (error) => hasGrpcStatus(error, GrpcStatus.NOT_FOUND) || hasGrpcStatus(error, GrpcStatus.UNAVAILABLE),
  });
}
