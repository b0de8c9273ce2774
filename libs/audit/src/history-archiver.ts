import type { Client } from '@temporalio/client';
import type { CaseArchives } from '@uplift/persistence';
import { exportCaseHistory } from './history-export';

/** What archiving one case did. */
export type ArchiveOutcome = 'stored' | 'unchanged' | 'erased' | 'gone' | 'not_closed_yet';

/**
 * Exports the case's Temporal history and archives it (sealed, anchored in the chain). `final`
 * archives need the run to have closed; a case whose run is still finishing is left for the next sweep.
 */
export async function archiveCaseHistory(
  client: Client,
  archives: CaseArchives,
  caseId: string,
  options: { final: boolean; now: Date },
): Promise<ArchiveOutcome> {
  const exported = await exportCaseHistory(client, caseId);
  if (!exported) return 'gone';
  if (options.final && !exported.closed) return 'not_closed_yet';
  const result = await archives.store({
    caseId,
    runId: exported.runId,
    final: exported.closed,
    history: exported.history,
    historyEvents: exported.historyEvents,
    now: options.now,
  });
  return result.status;
}

/** Counts of one archiving sweep, by outcome. */
export type ArchiveSweepResult = Record<ArchiveOutcome, number>;

/** Archives every case that is due (closed without a final archive; open and changed since its last). */
export async function archiveDueHistories(
  client: Client,
  archives: CaseArchives,
  options: { now: Date; openEveryMs: number; limit?: number },
): Promise<ArchiveSweepResult> {
  const result: ArchiveSweepResult = { stored: 0, unchanged: 0, erased: 0, gone: 0, not_closed_yet: 0 };
  for (const due of await archives.due(options.now, options.openEveryMs, options.limit)) {
    result[await archiveCaseHistory(client, archives, due.caseId, { final: due.final, now: options.now })] += 1;
  }
  return result;
}
