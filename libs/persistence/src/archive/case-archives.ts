import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { CaseEvent } from '@uplift/domain';
import type { DataSource } from 'typeorm';
import { inTransaction, withSql } from '../db/sql';
import type { MasterKeyRing } from '../evidence/case-key-store';
import type { EventStore } from '../event-store/event-store';
import { archivePlace } from '../privacy/case-seal';
import { keyRing, sealForWrite, sealsForRead, type MasterKeys } from '../privacy/case-seals';

/** What is known about an archived history without opening it. */
export interface ArchivedHistory {
  caseId: string;
  sha256: string;
  runId: string;
  final: boolean;
  historyEvents: number;
  historyBytes: number;
  archivedAt: string;
}

/** An archive opened: its protobuf bytes, or why they cannot be had. */
export type ArchiveOpening =
  | { status: 'opened'; archive: ArchivedHistory; history: Buffer }
  | { status: 'erased'; archive: ArchivedHistory }
  | { status: 'unreadable'; archive: ArchivedHistory; problem: string }
  | { status: 'none' };

/** A history to archive: the run's protobuf `History` bytes as exported from Temporal. */
export interface HistoryToArchive {
  caseId: string;
  runId: string;
  final: boolean;
  history: Buffer;
  historyEvents: number;
  now: Date;
}

interface ArchiveRow extends Omit<ArchivedHistory, 'archivedAt'> {
  archivedAt: Date;
  sealed: Buffer;
}

const COLUMNS = `case_id AS "caseId", sha256, run_id AS "runId", final, history_events AS "historyEvents", history_bytes AS "historyBytes", archived_at AS "archivedAt", sealed`;
const sha256Of = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/**
 * Archived Temporal histories (docs/adr/0024). Each is gzipped and sealed with the case key, so
 * erasure makes it unreadable with the rest of the case, and anchored in the case's chain by a
 * HistoryArchived event carrying its SHA-256: a changed archive no longer matches its anchor.
 */
export class CaseArchives {
  readonly #keys: MasterKeyRing;

  constructor(
    private readonly ds: DataSource,
    private readonly events: EventStore,
    keys: MasterKeys,
  ) {
    this.#keys = keyRing(keys);
  }

  /** Stores and anchors a history; `erased` when the case key is gone (nothing personal may be kept). */
  async store(input: HistoryToArchive): Promise<{ status: 'stored' | 'unchanged' | 'erased'; sha256: string }> {
    const sha256 = sha256Of(input.history);
    const stored = await inTransaction(this.ds, async (sql) => {
      const seal = await sealForWrite(sql, this.#keys, input.caseId);
      if (!seal) return 'erased' as const;
      const sealed = seal.sealBytes(archivePlace(sha256), gzipSync(input.history));
      const inserted = await sql.rows(
        `INSERT INTO case_archives (case_id, sha256, run_id, final, history_events, history_bytes, sealed, archived_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING RETURNING sha256`,
        [input.caseId, sha256, input.runId, input.final, input.historyEvents, input.history.length, sealed, input.now],
      );
      return inserted.length > 0 ? ('stored' as const) : ('unchanged' as const);
    });
    if (stored === 'erased') return { status: stored, sha256 };
    if (!(await this.isAnchored(input.caseId, sha256))) {
      const event: CaseEvent = {
        type: 'HistoryArchived',
        occurredAt: input.now.toISOString(),
        data: { runId: input.runId, sha256, historyEvents: input.historyEvents, bytes: input.history.length },
      };
      await this.events.appendAtHead(input.caseId, event);
    }
    return { status: stored, sha256 };
  }

  private async isAnchored(caseId: string, sha256: string): Promise<boolean> {
    const rows = await withSql(this.ds, (sql) =>
      sql.rows(`SELECT 1 FROM case_events WHERE case_id = $1 AND type = 'HistoryArchived' AND data ->> 'sha256' = $2`, [caseId, sha256]),
    );
    return rows.length > 0;
  }

  /** Every archive of a case, newest first (metadata only). */
  async list(caseId: string): Promise<ArchivedHistory[]> {
    const rows = await withSql(this.ds, (sql) =>
      sql.rows<ArchiveRow>(`SELECT ${COLUMNS} FROM case_archives WHERE case_id = $1 ORDER BY final DESC, archived_at DESC`, [caseId]),
    );
    return rows.map(describe);
  }

  /** Opens the case's latest archive (the final one when there is one), or the one with `sha256`. */
  async open(caseId: string, sha256?: string): Promise<ArchiveOpening> {
    const row = await withSql(this.ds, (sql) =>
      sha256
        ? sql.one<ArchiveRow>(`SELECT ${COLUMNS} FROM case_archives WHERE case_id = $1 AND sha256 = $2`, [caseId, sha256])
        : sql.one<ArchiveRow>(`SELECT ${COLUMNS} FROM case_archives WHERE case_id = $1 ORDER BY final DESC, archived_at DESC LIMIT 1`, [
            caseId,
          ]),
    );
    if (!row) return { status: 'none' };
    const archive = describe(row);
    const status = (await withSql(this.ds, (sql) => sealsForRead(sql, this.#keys, [caseId]))).get(caseId);
    if (!status?.seal) return { status: 'erased', archive };
    try {
      const history = gunzipSync(status.seal.openBytes(archivePlace(row.sha256), row.sealed));
      if (sha256Of(history) !== row.sha256)
        return { status: 'unreadable', archive, problem: "the archived bytes do not hash to the archive's SHA-256" };
      return { status: 'opened', archive, history };
    } catch (error) {
      return { status: 'unreadable', archive, problem: error instanceof Error ? error.message : String(error) };
    }
  }

  /**
   * Cases whose history should be archived now: closed ones without a final archive (not erased), and
   * open ones changed since their last archive and not archived within `openEveryMs`.
   */
  async due(now: Date, openEveryMs: number, limit = 100): Promise<{ caseId: string; final: boolean }[]> {
    return withSql(this.ds, (sql) =>
      sql.rows<{ caseId: string; final: boolean }>(
        `SELECT c.case_id AS "caseId", c.closed_at IS NOT NULL AS final FROM cases c
         WHERE (c.state -> 'erasure' IS NULL OR c.state -> 'erasure' = 'null'::jsonb) AND c.status <> 'withdrawn'
           AND (
             (c.closed_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM case_archives a WHERE a.case_id = c.case_id AND a.final))
             OR (c.closed_at IS NULL AND NOT EXISTS (
               SELECT 1 FROM case_archives a WHERE a.case_id = c.case_id AND (a.archived_at > $1 OR a.archived_at >= c.updated_at)))
           )
         ORDER BY c.closed_at NULLS LAST, c.updated_at LIMIT $2`,
        [new Date(now.getTime() - openEveryMs), limit],
      ),
    );
  }
}

function describe(row: ArchiveRow): ArchivedHistory {
  return {
    caseId: row.caseId,
    sha256: row.sha256,
    runId: row.runId,
    final: row.final,
    historyEvents: row.historyEvents,
    historyBytes: row.historyBytes,
    archivedAt: row.archivedAt.toISOString(),
  };
}
