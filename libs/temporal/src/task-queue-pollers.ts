import type { Connection } from '@temporalio/client';
import { temporal } from '@temporalio/proto';

/** A worker Temporal has seen polling a task queue. */
export interface TaskQueuePoller {
  /** The worker's identity; the SDK's default is `<pid>@<hostname>`. */
  identity: string;
  /** When it last polled, in epoch milliseconds (0 when the server did not say). */
  lastAccessMs: number;
}

/** The workers recently polling `taskQueue` for workflow tasks, as the server reports them. */
export async function taskQueuePollers(connection: Connection, namespace: string, taskQueue: string): Promise<TaskQueuePoller[]> {
  const response = await connection.workflowService.describeTaskQueue({
    namespace,
    taskQueue: { name: taskQueue, kind: temporal.api.enums.v1.TaskQueueKind.TASK_QUEUE_KIND_NORMAL },
    taskQueueType: temporal.api.enums.v1.TaskQueueType.TASK_QUEUE_TYPE_WORKFLOW,
  });
  return (response.pollers ?? []).map((poller) => ({
    identity: poller.identity ?? '',
    lastAccessMs: poller.lastAccessTime?.seconds ? Number(poller.lastAccessTime.seconds.toString()) * 1000 : 0,
  }));
}
