import type { Client } from '@temporalio/client';
import type { PrivacyActivities } from '@uplift/domain';
import type { CaseErasures } from '@uplift/persistence';
import { deleteCaseExecution } from '@uplift/temporal';

/** The privacy sweep: the retention policy, then the Temporal executions of erased cases deleted once they closed. */
export function createPrivacyActivities(deps: {
  client: Client;
  erasures: CaseErasures;
  retentionMs: number;
  now?: () => Date;
}): PrivacyActivities {
  const now = deps.now ?? (() => new Date());
  return {
    async sweepPrivacy() {
      const at = now();
      const retention = await deps.erasures.applyRetention(new Date(at.getTime() - deps.retentionMs), at);
      let executionsDeleted = 0;
      let stillRunning = 0;
      for (const caseId of await deps.erasures.executionsToDelete()) {
        const outcome = await deleteCaseExecution(deps.client, caseId);
        if (outcome === 'running') {
          stillRunning += 1;
          continue;
        }
        await deps.erasures.markExecutionDeleted(caseId);
        if (outcome === 'deleted') executionsDeleted += 1;
      }
      return { erased: retention.erased.length, held: retention.held, executionsDeleted, stillRunning };
    },
  };
}
