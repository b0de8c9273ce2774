import { ScheduleAlreadyRunning, ScheduleOverlapPolicy, type Client } from '@temporalio/client';

/** Id of the schedule that runs the operations sweep. */
export const OPERATIONS_SWEEP_SCHEDULE_ID = 'uplift-operations-sweep';
/** Workflow type of the sweep (registered by the case worker). */
export const OPERATIONS_SWEEP_WORKFLOW = 'operationsSweepWorkflow';
/** Id of the schedule that runs the privacy sweep (retention, deletion of erased cases' executions). */
export const PRIVACY_SWEEP_SCHEDULE_ID = 'uplift-privacy-sweep';
export const PRIVACY_SWEEP_WORKFLOW = 'privacySweepWorkflow';
/** Id of the schedule that archives case histories (docs/adr/0024). */
export const RECORDS_SWEEP_SCHEDULE_ID = 'uplift-records-sweep';
export const RECORDS_SWEEP_WORKFLOW = 'recordsSweepWorkflow';

/**
 * Creates the schedule that starts `workflowType` every `everyMs`, unless it exists. Every worker
 * calls this at start; the first one creates it, the others find it there. Runs never overlap.
 */
async function ensureSweepSchedule(
  client: Client,
  scheduleId: string,
  workflowType: string,
  options: { taskQueue: string; everyMs: number },
): Promise<void> {
  try {
    await client.schedule.create({
      scheduleId,
      spec: { intervals: [{ every: options.everyMs }] },
      action: { type: 'startWorkflow', workflowType, taskQueue: options.taskQueue, args: [] },
      policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: options.everyMs },
    });
  } catch (error) {
    if (!(error instanceof ScheduleAlreadyRunning)) throw error;
  }
}

/** The schedule that sweeps running cases for stuck ones. */
export function ensureOperationsSchedule(client: Client, options: { taskQueue: string; everyMs: number }): Promise<void> {
  return ensureSweepSchedule(client, OPERATIONS_SWEEP_SCHEDULE_ID, OPERATIONS_SWEEP_WORKFLOW, options);
}

/** The schedule that applies the retention policy and deletes erased cases' executions. */
export function ensurePrivacySchedule(client: Client, options: { taskQueue: string; everyMs: number }): Promise<void> {
  return ensureSweepSchedule(client, PRIVACY_SWEEP_SCHEDULE_ID, PRIVACY_SWEEP_WORKFLOW, options);
}

/** The schedule that archives closed (and, periodically, open) cases' Temporal histories. */
export function ensureRecordsSchedule(client: Client, options: { taskQueue: string; everyMs: number }): Promise<void> {
  return ensureSweepSchedule(client, RECORDS_SWEEP_SCHEDULE_ID, RECORDS_SWEEP_WORKFLOW, options);
}
