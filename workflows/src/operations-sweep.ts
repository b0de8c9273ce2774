import { proxyActivities } from '@temporalio/workflow';
import type { OperationsActivities } from '@uplift/domain';

const operations = proxyActivities<OperationsActivities>({
  startToCloseTimeout: '5m',
  retry: { initialInterval: '5s', maximumInterval: '1m', maximumAttempts: 3 },
});

/** Run by the operations schedule: finds the cases that cannot go on by themselves and lists them for operators. */
export async function operationsSweepWorkflow(): Promise<{ stuck: number }> {
  return operations.sweepStuckCases();
}
