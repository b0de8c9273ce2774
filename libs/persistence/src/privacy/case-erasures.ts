import { CASE_LIMITS, DomainError, ErrorCode, eventIdAt, isDomainError, type CaseEvent } from '@uplift/domain';
import type { DataSource } from 'typeorm';
import { inTransaction, withSql } from '../db/sql';
import type { EventStore } from '../event-store/event-store';
import { shredCase } from './shred-case';

/** A legal hold on a case: while it exists the retention policy leaves the case alone. */
export interface LegalHold {
  caseId: string;
  reason: string;
  placedBy: string;
  placedAt: string;
}

/** What one retention run did. */
export interface RetentionRun {
  erased: string[];
  /** Closed long enough but kept: under a legal hold. */
  held: number;
}

/**
 * The retention policy and the records of erasure (docs/adr/0020): closed cases older than the
 * retention period are erased like a withdrawal (their key shredded, a CaseErased event appended)
 * unless compliance holds them; every erased case's Temporal execution is deleted once it closed.
 * Appending CaseErased from here is safe: a closed case's workflow writes nothing more.
 */
export class CaseErasures {
  constructor(
    private readonly ds: DataSource,
    private readonly events: EventStore,
  ) {}

  /** Erases up to `limit` cases closed before `closedBefore` and not held; finishes erasures a crash interrupted. */
  async applyRetention(closedBefore: Date, now: Date, limit = 100): Promise<RetentionRun> {
    const due = await withSql(this.ds, (sql) =>
      sql.rows<{ caseId: string }>(
        `SELECT c.case_id AS "caseId" FROM cases c
         LEFT JOIN case_keys k ON k.case_id = c.case_id
         LEFT JOIN legal_holds h ON h.case_id = c.case_id
         WHERE c.closed_at IS NOT NULL AND c.closed_at < $1 AND k.shredded_at IS NULL AND h.case_id IS NULL
         ORDER BY c.closed_at LIMIT $2`,
        [closedBefore, limit],
      ),
    );
    const erased: string[] = [];
    for (const { caseId } of due) {
      const done = await inTransaction(this.ds, async (sql) => {
        // Re-checked under the key's lock: a hold placed meanwhile wins.
        const still = await sql.one<{ held: boolean }>(
          `SELECT EXISTS (SELECT 1 FROM legal_holds WHERE case_id = $1) AS held FROM case_keys WHERE case_id = $1 FOR UPDATE`,
          [caseId],
        );
        if (still?.held) return false;
        await shredCase(sql, caseId, 'retention');
        return true;
      });
      if (done) erased.push(caseId);
    }
    for (const caseId of await this.unrecorded()) await this.recordErased(caseId, now);
    const held = await withSql(this.ds, (sql) =>
      sql.one<{ n: number }>(
        `SELECT count(*)::int AS n FROM cases c JOIN legal_holds h ON h.case_id = c.case_id
         LEFT JOIN case_keys k ON k.case_id = c.case_id
         WHERE c.closed_at IS NOT NULL AND c.closed_at < $1 AND k.shredded_at IS NULL`,
        [closedBefore],
      ),
    );
    return { erased, held: held?.n ?? 0 };
  }

  /** Cases the retention policy shredded whose stream does not yet say so (the append is the second step). */
  private async unrecorded(): Promise<string[]> {
    const rows = await withSql(this.ds, (sql) =>
      sql.rows<{ caseId: string }>(
        `SELECT e.case_id AS "caseId" FROM case_erasures e JOIN cases c ON c.case_id = e.case_id
         WHERE e.reason = 'retention' AND (c.state -> 'erasure' IS NULL OR c.state -> 'erasure' = 'null'::jsonb)`,
      ),
    );
    return rows.map((r) => r.caseId);
  }

  private async recordErased(caseId: string, now: Date): Promise<void> {
    const row = await withSql(this.ds, (sql) =>
      sql.one<{ version: number; closedAt: Date; erasedEvidence: number }>(
        `SELECT version, closed_at AS "closedAt", jsonb_array_length(state -> 'evidenceOrder')::int AS "erasedEvidence" FROM cases WHERE case_id = $1`,
        [caseId],
      ),
    );
    if (!row) return;
    const event: CaseEvent = {
      type: 'CaseErased',
      occurredAt: now.toISOString(),
      data: { reason: 'retention', erasedEvidence: row.erasedEvidence, closedAt: row.closedAt.toISOString() },
    };
    try {
      await this.events.append({ caseId, expectedVersion: row.version, events: [{ eventId: eventIdAt(caseId, row.version + 1), event }] });
    } catch (error) {
      // Another sweep recorded it first; the next run finds nothing left to do.
      if (!isDomainError(error) || error.code !== ErrorCode.ConcurrencyConflict) throw error;
    }
  }

  /** Erased cases whose Temporal execution has not been deleted yet. */
  async executionsToDelete(limit = 100): Promise<string[]> {
    const rows = await withSql(this.ds, (sql) =>
      sql.rows<{ caseId: string }>(
        `SELECT case_id AS "caseId" FROM case_erasures WHERE execution_deleted_at IS NULL ORDER BY erased_at LIMIT $1`,
        [limit],
      ),
    );
    return rows.map((r) => r.caseId);
  }

  async markExecutionDeleted(caseId: string): Promise<void> {
    await withSql(this.ds, (sql) =>
      sql.run('UPDATE case_erasures SET execution_deleted_at = now() WHERE case_id = $1 AND execution_deleted_at IS NULL', [caseId]),
    );
  }

  /** When and why a case was erased, and whether its execution is gone; null when it was not. */
  async erasureOf(caseId: string): Promise<{ reason: string; erasedAt: string; executionDeletedAt: string | null } | null> {
    const row = await withSql(this.ds, (sql) =>
      sql.one<{ reason: string; erasedAt: Date; executionDeletedAt: Date | null }>(
        `SELECT reason, erased_at AS "erasedAt", execution_deleted_at AS "executionDeletedAt" FROM case_erasures WHERE case_id = $1`,
        [caseId],
      ),
    );
    return row
      ? { reason: row.reason, erasedAt: row.erasedAt.toISOString(), executionDeletedAt: row.executionDeletedAt?.toISOString() ?? null }
      : null;
  }

  /** Places (or re-words) a legal hold; refused for a case already erased. */
  async placeHold(caseId: string, reason: string, placedBy: string): Promise<LegalHold> {
    const text = typeof reason === 'string' ? reason.trim() : '';
    if (text.length < 1 || text.length > 500)
      throw new DomainError(ErrorCode.ValidationFailed, 'reason must have 1 to 500 characters', { field: 'reason' });
    if (!CASE_LIMITS.idPattern.test(caseId)) throw new DomainError(ErrorCode.ValidationFailed, 'not a case id', { field: 'caseId' });
    return inTransaction(this.ds, async (sql) => {
      const key = await sql.one<{ shredded: boolean }>(
        'SELECT shredded_at IS NOT NULL AS shredded FROM case_keys WHERE case_id = $1 FOR UPDATE',
        [caseId],
      );
      if (key?.shredded)
        throw new DomainError(ErrorCode.CaseErased, 'this case has already been erased; there is nothing left to hold', { caseId });
      const row = await sql.one<{ placedAt: Date; placedBy: string; reason: string }>(
        `INSERT INTO legal_holds (case_id, reason, placed_by) VALUES ($1, $2, $3)
         ON CONFLICT (case_id) DO UPDATE SET reason = EXCLUDED.reason
         RETURNING placed_at AS "placedAt", placed_by AS "placedBy", reason`,
        [caseId, text, placedBy],
      );
      if (!row) throw new Error('legal hold insert returned nothing');
      return { caseId, reason: row.reason, placedBy: row.placedBy, placedAt: row.placedAt.toISOString() };
    });
  }

  /** Releases a hold; true when there was one. */
  async releaseHold(caseId: string): Promise<boolean> {
    return (await withSql(this.ds, (sql) => sql.run('DELETE FROM legal_holds WHERE case_id = $1', [caseId]))) > 0;
  }

  async holdOf(caseId: string): Promise<LegalHold | null> {
    const row = await withSql(this.ds, (sql) =>
      sql.one<{ reason: string; placedBy: string; placedAt: Date }>(
        'SELECT reason, placed_by AS "placedBy", placed_at AS "placedAt" FROM legal_holds WHERE case_id = $1',
        [caseId],
      ),
    );
    return row ? { caseId, reason: row.reason, placedBy: row.placedBy, placedAt: row.placedAt.toISOString() } : null;
  }
}
