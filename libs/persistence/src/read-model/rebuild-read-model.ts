import type { DataSource } from 'typeorm';
import { inTransaction } from '../db/sql';
import type { MasterKeyRing } from '../evidence/case-key-store';
import { sealForWrite } from '../privacy/case-seals';
import { foldErasedStream, foldStoredStream, sealedCaseState } from './projector';
import { writeCaseRow } from './write-case-row';

/**
 * Throws the read model away and refolds it from the event log, in one transaction: each case's
 * erased state in clear and its whole state sealed with its key (rows from before sealing come out
 * sealed too). The EXCLUSIVE lock still lets readers see the old rows until commit but makes
 * concurrent appends wait to project, so none of their projections can be lost in between.
 */
export async function rebuildReadModel(ds: DataSource, keys: MasterKeyRing): Promise<{ cases: number; events: number }> {
  return inTransaction(ds, async (sql) => {
    await sql.run('LOCK TABLE cases IN EXCLUSIVE MODE');
    await sql.run('DELETE FROM cases');
    const streams = await sql.rows<{ caseId: string }>('SELECT DISTINCT case_id AS "caseId" FROM case_events ORDER BY case_id');
    let cases = 0;
    let events = 0;
    for (const { caseId } of streams) {
      const erased = await foldErasedStream(sql, caseId);
      const seal = await sealForWrite(sql, keys, caseId);
      const whole = seal ? await foldStoredStream(sql, caseId, undefined, seal) : null;
      events += erased.version;
      if (await writeCaseRow(sql, erased, sealedCaseState(whole, seal))) cases += 1;
    }
    return { cases, events };
  });
}
