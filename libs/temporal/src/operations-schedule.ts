import { ScheduleAlreadyRunning, ScheduleOverlapPolicy, type Client } from '@temporalio/client';

/** Id of the schedule that runs the operations sweep. */
export const OPERATIONS_SWEEP_SCHEDULE_ID = 'uplift-operations-sweep';
/** Workflow type of the sweep (registered by the case worker). */
export const OPERATIONS_SWEEP_WORKFLOW = 'operationsSweepWorkflow';

/**
 * Creates the schedule that sweeps running cases for stuck ones every `everyMs`, unless it exists.
 * Every worker calls this at start; the first one creates it, the others find it there.
 */
export async function ensureOperationsSchedule(client: Client, options: { taskQueue: string; everyMs: number }): Promise<void> {
  try {
    await client.schedule.create({
      scheduleId: OPERATIONS_SWEEP_SCHEDULE_ID,
      spec: { intervals: [{ every: options.everyMs }] },
      action: { type: 'startWorkflow', workflowType: OPERATIONS_SWEEP_WORKFLOW, taskQueue: options.taskQueue, args: [] },
      policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: options.everyMs },
    });
  } catch (error) {
    if (!(error instanceof ScheduleAlreadyRunning)) throw error;
  }
}
