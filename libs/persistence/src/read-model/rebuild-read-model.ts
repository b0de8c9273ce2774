import type { DataSource } from 'typeorm';
import { inTransaction } from '../db/sql';
import { foldStoredStream } from './projector';
import { writeCaseRow } from './write-case-row';

/**
 * Throws the read model away and refolds it from the event log, in one transaction. The EXCLUSIVE
 * lock still lets readers see the old rows until commit but makes concurrent appends wait to
 * project, so none of their projections can be lost between the delete and the refold.
 */
export async function rebuildReadModel(ds: DataSource): Promise<{ cases: number; events: number }> {
  return inTransaction(ds, async (sql) => {
    await sql.run('LOCK TABLE cases IN EXCLUSIVE MODE');
    await sql.run('DELETE FROM cases');
    const streams = await sql.rows<{ caseId: string }>(
      'SELECT DISTINCT case_id AS "caseId" FROM case_events ORDER BY case_id',
    );
    let cases = 0;
    let events = 0;
    for (const { caseId } of streams) {
      const state = await foldStoredStream(sql, caseId);
      events += state.version;
      if (await writeCaseRow(sql, state)) cases += 1;
    }
    return { cases, events };
  });
}
