import { foldCase, initialCaseState, type CaseEvent, type CaseState } from '@uplift/domain';
import type { Sql } from '../db/sql';
import { rowToCaseEvent, selectStream } from '../event-store/stored-events';
import { writeCaseRow } from './write-case-row';

/** Folds a stored stream (through `throughSeq`) from the initial state. */
export async function foldStoredStream(sql: Sql, caseId: string, throughSeq?: number): Promise<CaseState> {
  const rows = await selectStream(sql, caseId, throughSeq);
  return foldCase(initialCaseState(caseId), rows.map(rowToCaseEvent));
}

/**
 * Projects events just appended at versions fromVersion+1.. onto the case's read-model row, inside
 * the append's transaction. The row is locked so two projections of one case cannot interleave.
 * When the stored state is not at fromVersion (no row yet for an unopened stream, or a row left
 * behind by an older projector), the base state is refolded from the stream instead of trusted.
 */
export async function projectAppended(
  sql: Sql,
  caseId: string,
  fromVersion: number,
  events: readonly CaseEvent[],
): Promise<void> {
  const row = await sql.one<{ state: CaseState }>('SELECT state FROM cases WHERE case_id = $1 FOR UPDATE', [caseId]);
  let base: CaseState;
  if (row !== null && row.state.version === fromVersion) base = row.state;
  else if (fromVersion === 0) base = initialCaseState(caseId);
  else base = await foldStoredStream(sql, caseId, fromVersion);
  await writeCaseRow(sql, foldCase(base, events));
}
