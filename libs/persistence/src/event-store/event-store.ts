import { DomainError, ErrorCode, type AppendEventsInput, type AppendEventsResult, type CaseEvent, type CaseState, type StoredCaseEvent } from '@uplift/domain';
import type { DataSource } from 'typeorm';
import { isUniqueViolation } from '../db/pg-errors';
import { inTransaction, withSql, type Sql } from '../db/sql';
import { foldStoredStream, projectAppended } from '../read-model/projector';
import { chainHash, GENESIS_HASH } from './event-hash';
import { prepareAppend, type PreparedEvent } from './prepare-append';
import { rowContentJson, rowToCaseEvent, rowToStoredEvent, selectByEventIds, selectHead, selectStream, selectStreamAfter } from './stored-events';

/** Result of recomputing a stream's hash chain. `checked` counts the events examined. */
export interface ChainVerification {
  ok: boolean;
  checked: number;
  brokenAtSeq: number | null;
}

/**
 * The append-only, hash-chained event log of cases. Appends carry the version the writer last saw;
 * the (case_id, seq) unique key turns every lost race into a ConcurrencyConflict, and event ids make
 * a retried append a harmless replay. The read model is projected in the same transaction.
 */
export class EventStore {
  constructor(private readonly ds: DataSource) {}

  /** Appends events at expectedVersion+1.., or recognises them as already stored (replayed). */
  async append(input: AppendEventsInput): Promise<AppendEventsResult> {
    const prepared = prepareAppend(input);
    try {
      return await inTransaction(this.ds, (sql) => this.appendWithin(sql, input, prepared));
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      // Someone else took these positions (or these very events) between our check and our insert.
      // If it was these events, the caller's retry raced its original attempt: that is a replay.
      const replay = await withSql(this.ds, (sql) => this.findReplay(sql, input, prepared));
      if (replay) return replay;
      throw new DomainError(ErrorCode.ConcurrencyConflict, 'another writer appended to this case first', {
        caseId: input.caseId,
        expected: input.expectedVersion,
      });
    }
  }

  /** Every event of a case in seq order; empty for an unknown case. */
  async readStream(caseId: string): Promise<StoredCaseEvent[]> {
    const rows = await withSql(this.ds, (sql) => selectStream(sql, caseId));
    return rows.map(rowToStoredEvent);
  }

  /** The domain events of a case after position `afterSeq`, in order (what a writer behind the stream missed). */
  async readEventsAfter(caseId: string, afterSeq: number): Promise<CaseEvent[]> {
    const rows = await withSql(this.ds, (sql) => selectStreamAfter(sql, caseId, afterSeq));
    return rows.map(rowToCaseEvent);
  }

  /** The case folded from its stream, through `throughSeq` when given. */
  async foldCase(caseId: string, throughSeq?: number): Promise<CaseState> {
    return withSql(this.ds, (sql) => foldStoredStream(sql, caseId, throughSeq));
  }

  /** Recomputes every link of a case's hash chain from the stored content, in seq order. */
  async verifyChain(caseId: string): Promise<ChainVerification> {
    const rows = await withSql(this.ds, (sql) => selectStream(sql, caseId));
    let prevHash = GENESIS_HASH;
    for (const [index, row] of rows.entries()) {
      const intact =
        row.seq === index + 1 && row.prevHash === prevHash && row.hash === chainHash(prevHash, rowContentJson(row));
      if (!intact) return { ok: false, checked: index + 1, brokenAtSeq: row.seq };
      prevHash = row.hash;
    }
    return { ok: true, checked: rows.length, brokenAtSeq: null };
  }

  private async appendWithin(sql: Sql, input: AppendEventsInput, prepared: PreparedEvent[]): Promise<AppendEventsResult> {
    const head = await selectHead(sql, input.caseId);
    if (prepared.length === 0) return { version: head.version, lastHash: head.hash, replayed: false };
    if (head.version !== input.expectedVersion) {
      // The stream moved: either these very events were stored by an earlier attempt (a replay), or
      // another writer was first (a conflict).
      const replay = await this.findReplay(sql, input, prepared);
      if (replay) return replay;
      throw new DomainError(ErrorCode.ConcurrencyConflict, 'the case stream is not at the expected version', {
        caseId: input.caseId,
        expected: input.expectedVersion,
        actual: head.version,
      });
    }
    // One statement for every event; a concurrent writer of the same positions loses on (case_id, seq).
    let prevHash = head.hash;
    const values: unknown[] = [];
    const rows: string[] = [];
    for (const [i, event] of prepared.entries()) {
      const hash = chainHash(prevHash, event.contentJson);
      const at = i * 9;
      rows.push(`($${at + 1}, $${at + 2}, $${at + 3}, $${at + 4}, $${at + 5}, $${at + 6}::jsonb, $${at + 7}, $${at + 8}, $${at + 9})`);
      values.push(event.eventId, input.caseId, event.seq, event.type, event.schemaVersion, event.dataJson, event.occurredAt, prevHash, hash);
      prevHash = hash;
    }
    await sql.run(
      `INSERT INTO case_events (event_id, case_id, seq, type, schema_version, data, occurred_at, prev_hash, hash) VALUES ${rows.join(', ')}`,
      values,
    );
    await projectAppended(sql, input.caseId, input.expectedVersion, prepared.map((event) => event.event));
    return { version: input.expectedVersion + prepared.length, lastHash: prevHash, replayed: false };
  }

  /**
   * A replay result when every input event is already stored in this case at the same position with
   * the same content; null when none is stored; a ConcurrencyConflict for anything in between.
   */
  private async findReplay(sql: Sql, input: AppendEventsInput, prepared: PreparedEvent[]): Promise<AppendEventsResult | null> {
    const stored = new Map((await selectByEventIds(sql, prepared.map((e) => e.eventId))).map((row) => [row.eventId, row]));
    if (stored.size === 0) return null;
    const identical = prepared.filter((event) => {
      const row = stored.get(event.eventId);
      return row !== undefined && rowContentJson(row) === event.contentJson;
    });
    if (identical.length !== prepared.length) {
      throw new DomainError(
        ErrorCode.ConcurrencyConflict,
        'some of these event ids are already stored with different positions or content',
        { caseId: input.caseId, expected: input.expectedVersion, alreadyStored: stored.size, identical: identical.length },
      );
    }
    const head = await selectHead(sql, input.caseId);
    return { version: head.version, lastHash: head.hash, replayed: true };
  }
}
