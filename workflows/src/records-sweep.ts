import { proxyActivities } from '@temporalio/workflow';
import type { ArchiveSweepCounts, RecordsActivities } from '@uplift/domain';

const records = proxyActivities<RecordsActivities>({
  startToCloseTimeout: '30m',
  heartbeatTimeout: '2m',
  retry: { initialInterval: '10s', maximumInterval: '2m', maximumAttempts: 3 },
});

/** Run by the records schedule: archives the Temporal histories of closed cases (and of open ones, periodically). */
export async function recordsSweepWorkflow(): Promise<ArchiveSweepCounts> {
  return records.archiveHistories();
}
