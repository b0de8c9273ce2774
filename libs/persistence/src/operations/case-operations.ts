import type { DataSource } from 'typeorm';
import { inTransaction, withSql } from '../db/sql';

/** Why a case cannot go on by itself. */
export type OperationProblem = 'workflow_task_failing' | 'activity_retrying';

/** A case that needs an operator, with what Temporal last reported. */
export interface StuckCase {
  caseId: string;
  problem: OperationProblem;
  /** When the sweep first found it so (ISO). */
  since: string;
  /** When the sweep last looked (ISO). */
  checkedAt: string;
  detail: { attempts: number; lastFailure: string; activityType?: string; workflowId: string };
}

interface Row {
  caseId: string;
  problem: OperationProblem;
  since: Date;
  checkedAt: Date;
  detail: StuckCase['detail'];
}

const COLUMNS = 'case_id AS "caseId", problem, since, checked_at AS "checkedAt", detail';
const toStuckCase = (row: Row): StuckCase => ({ ...row, since: row.since.toISOString(), checkedAt: row.checkedAt.toISOString() });

/** The operations sweep's findings: which cases need an operator, kept current by each sweep. */
export class CaseOperations {
  constructor(private readonly ds: DataSource) {}

  /** Replaces the findings with this sweep's (a case still stuck keeps its `since`). */
  async replace(found: readonly Omit<StuckCase, 'since' | 'checkedAt'>[], checkedAt: Date): Promise<void> {
    await inTransaction(this.ds, async (sql) => {
      for (const item of found) {
        await sql.run(
          `INSERT INTO case_operations (case_id, problem, detail, since, checked_at) VALUES ($1, $2, $3::jsonb, $4, $4)
           ON CONFLICT (case_id) DO UPDATE SET problem = EXCLUDED.problem, detail = EXCLUDED.detail, checked_at = EXCLUDED.checked_at,
             since = CASE WHEN case_operations.problem = EXCLUDED.problem THEN case_operations.since ELSE EXCLUDED.since END`,
          [item.caseId, item.problem, JSON.stringify(item.detail), checkedAt],
        );
      }
      await sql.run('DELETE FROM case_operations WHERE NOT (case_id = ANY($1::text[]))', [found.map((f) => f.caseId)]);
    });
  }

  /** Every stuck case, longest stuck first. */
  async list(): Promise<StuckCase[]> {
    const rows = await withSql(this.ds, (sql) => sql.rows<Row>(`SELECT ${COLUMNS} FROM case_operations ORDER BY since, case_id`));
    return rows.map(toStuckCase);
  }

  /** The finding about one case, or null when it goes on by itself. */
  async forCase(caseId: string): Promise<StuckCase | null> {
    const row = await withSql(this.ds, (sql) => sql.one<Row>(`SELECT ${COLUMNS} FROM case_operations WHERE case_id = $1`, [caseId]));
    return row ? toStuckCase(row) : null;
  }
}
