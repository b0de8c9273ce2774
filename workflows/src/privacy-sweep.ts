import { proxyActivities } from '@temporalio/workflow';
import type { PrivacyActivities, PrivacySweepResult } from '@uplift/domain';

const privacy = proxyActivities<PrivacyActivities>({
  startToCloseTimeout: '10m',
  retry: { initialInterval: '10s', maximumInterval: '2m', maximumAttempts: 3 },
});

/** Run by the privacy schedule: erases cases past retention (unless held) and deletes erased cases' executions. */
export async function privacySweepWorkflow(): Promise<PrivacySweepResult> {
  return privacy.sweepPrivacy();
}
