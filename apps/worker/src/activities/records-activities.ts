import { heartbeat } from '@temporalio/activity';
import type { Client } from '@temporalio/client';
import { archiveCaseHistory } from '@uplift/audit';
import type { ArchiveSweepCounts, RecordsActivities } from '@uplift/domain';
import type { CaseArchives } from '@uplift/persistence';

/** The records sweep: every due case's Temporal history archived, sealed and anchored (docs/adr/0024). */
export function createRecordsActivities(deps: {
  client: Client;
  archives: CaseArchives;
  openCasesEveryMs: number;
  now?: () => Date;
}): RecordsActivities {
  const now = deps.now ?? (() => new Date());
  return {
    async archiveHistories() {
      const counts: ArchiveSweepCounts = { stored: 0, unchanged: 0, erased: 0, gone: 0, not_closed_yet: 0 };
      const at = now();
      for (const due of await deps.archives.due(at, deps.openCasesEveryMs, 500)) {
        counts[await archiveCaseHistory(deps.client, deps.archives, due.caseId, { final: due.final, now: at })] += 1;
        heartbeat(counts);
      }
      return counts;
    },
  };
}
