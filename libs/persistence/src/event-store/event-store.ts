import {
  DomainError,
  ErrorCode,
  eventIdAt,
  isDomainError,
  type AppendEventsInput,
  type AppendEventsResult,
  type CaseEvent,
  type CaseState,
  type StoredCaseEvent,
} from '@uplift/domain';
import type { DataSource } from 'typeorm';
import { isUniqueViolation } from '../db/pg-errors';
import { inTransaction, withSql, type Sql } from '../db/sql';
import type { MasterKeyRing } from '../evidence/case-key-store';
import type { CaseSeal } from '../privacy/case-seal';
import { keyRing, sealFromLockedKey, sealsForRead, type MasterKeys } from '../privacy/case-seals';
import { foldStoredStream, projectOnto } from '../read-model/projector';
import { caseRowUpsert } from '../read-model/write-case-row';
import { lockForAppend, type AppendLocks } from './lock-for-append';
import { chainHash, GENESIS_HASH } from './event-hash';
import { prepareAppend, sealPrepared, type PreparedEvent, type SealedEvent } from './prepare-append';
import {
  rowContentJson,
  rowToCaseEvent,
  rowToStoredEvent,
  selectByEventIds,
  selectHead,
  selectStream,
  selectStreamAfter,
} from './stored-events';

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
 * Personal data is sealed with the case's key (docs/adr/0020): reads open it while the key exists
 * and fall back to the events' erased forms once it is shredded.
 */
export class EventStore {
  readonly #keys: MasterKeyRing;

  /** `keys`: the master key, or the ring of current and previous master keys during a rotation. */
  constructor(
    private readonly ds: DataSource,
    keys: MasterKeys,
  ) {
    this.#keys = keyRing(keys);
  }

  /** Appends events at expectedVersion+1.., or recognises them as already stored (replayed). */
  async append(input: AppendEventsInput): Promise<AppendEventsResult> {
    const prepared = prepareAppend(input);
    try {
      return await inTransaction(this.ds, async (sql) => {
        if (prepared.length === 0) {
          const head = await selectHead(sql, input.caseId);
          return { version: head.version, lastHash: head.hash, replayed: false };
        }
        const locks = await lockForAppend(sql, input.caseId);
        const seal = await sealFromLockedKey(sql, this.#keys, input.caseId, locks.key);
        return this.appendWithin(sql, input, sealPrepared(input.caseId, prepared, seal), seal, locks);
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      // Someone else took these positions (or these very events) between our check and our insert.
      // If it was these events, the caller's retry raced its original attempt: that is a replay.
      const replay = await withSql(this.ds, async (sql) =>
        this.findReplay(sql, input, await this.sealForComparison(sql, input.caseId, prepared)),
      );
      if (replay) return replay;
      throw new DomainError(ErrorCode.ConcurrencyConflict, 'another writer appended to this case first', {
        caseId: input.caseId,
        expected: input.expectedVersion,
      });
    }
  }

  /**
   * Appends one event at the stream's head, whoever writes next: for records made outside the case
   * workflow (an operator's action, an archived history's anchor). A running workflow adopts it on its
   * next commit (docs/adr/0017). Retries when another writer was first.
   */
  async appendAtHead(caseId: string, event: CaseEvent, attempts = 5): Promise<AppendEventsResult & { seq: number }> {
    for (let attempt = 1; ; attempt += 1) {
      const head = await withSql(this.ds, (sql) => selectHead(sql, caseId));
      if (head.version === 0) throw new DomainError(ErrorCode.CaseNotFound, 'no such case', { caseId });
      try {
        const result = await this.append({
          caseId,
          expectedVersion: head.version,
          events: [{ eventId: eventIdAt(caseId, head.version + 1), event }],
        });
        return { ...result, seq: head.version + 1 };
      } catch (error) {
        if (!isDomainError(error) || error.code !== ErrorCode.ConcurrencyConflict || attempt >= attempts) throw error;
      }
    }
  }

  /** Every event of a case in seq order (erased forms once its key is shredded); empty for an unknown case. */
  async readStream(caseId: string): Promise<StoredCaseEvent[]> {
    return withSql(this.ds, async (sql) => {
      const rows = await selectStream(sql, caseId);
      const seal = await this.sealOf(sql, caseId);
      return rows.map((row) => rowToStoredEvent(row, seal));
    });
  }

  /** The domain events of a case after position `afterSeq`, in order (what a writer behind the stream missed). */
  async readEventsAfter(caseId: string, afterSeq: number): Promise<CaseEvent[]> {
    return withSql(this.ds, async (sql) => {
      const rows = await selectStreamAfter(sql, caseId, afterSeq);
      const seal = await this.sealOf(sql, caseId);
      return rows.map((row) => rowToCaseEvent(row, seal).event);
    });
  }

  /** The case folded from its stream, through `throughSeq` when given (whole while its key exists). */
  async foldCase(caseId: string, throughSeq?: number): Promise<CaseState> {
    return withSql(this.ds, async (sql) => foldStoredStream(sql, caseId, throughSeq, await this.sealOf(sql, caseId)));
  }

  private async sealOf(sql: Sql, caseId: string): Promise<CaseSeal | null> {
    return (await sealsForRead(sql, this.#keys, [caseId])).get(caseId)?.seal ?? null;
  }

  /** The events sealed as a concurrent attempt would have sealed them (the seal is deterministic). */
  private async sealForComparison(sql: Sql, caseId: string, prepared: PreparedEvent[]): Promise<SealedEvent[]> {
    return sealPrepared(caseId, prepared, await this.sealOf(sql, caseId));
  }

  /** Recomputes every link of a case's hash chain from the stored content, in seq order. */
  async verifyChain(caseId: string): Promise<ChainVerification> {
    const rows = await withSql(this.ds, (sql) => selectStream(sql, caseId));
    let prevHash = GENESIS_HASH;
    for (const [index, row] of rows.entries()) {
      const intact = row.seq === index + 1 && row.prevHash === prevHash && row.hash === chainHash(prevHash, rowContentJson(row));
      if (!intact) return { ok: false, checked: index + 1, brokenAtSeq: row.seq };
      prevHash = row.hash;
    }
    return { ok: true, checked: rows.length, brokenAtSeq: null };
  }

  private async appendWithin(
    sql: Sql,
    input: AppendEventsInput,
    prepared: SealedEvent[],
    seal: CaseSeal | null,
    locks: AppendLocks,
  ): Promise<AppendEventsResult> {
    const { head } = locks;
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
    // One statement for every event and the read model's row; a concurrent writer of the same
    // positions loses on (case_id, seq), and then neither is written.
    let prevHash = head.hash;
    const values: unknown[] = [];
    const rows: string[] = [];
    for (const [i, event] of prepared.entries()) {
      const hash = chainHash(prevHash, event.contentJson);
      const at = i * 11;
      rows.push(
        `($${at + 1}, $${at + 2}, $${at + 3}, $${at + 4}, $${at + 5}, $${at + 6}::jsonb, $${at + 7}, $${at + 8}, $${at + 9}, $${at + 10}, $${at + 11})`,
      );
      values.push(
        event.eventId,
        input.caseId,
        event.seq,
        event.type,
        event.schemaVersion,
        event.erasedJson,
        event.sealed,
        2,
        event.occurredAt,
        prevHash,
        hash,
      );
      prevHash = hash;
    }
    const insert = `INSERT INTO case_events (event_id, case_id, seq, type, schema_version, data, sealed, chain_version, occurred_at, prev_hash, hash) VALUES ${rows.join(', ')}`;
    const projected = await projectOnto(sql, input.caseId, input.expectedVersion, prepared, seal, locks.row);
    const upsert = caseRowUpsert(projected.erased, projected.sealedState, values.length + 1);
    if (upsert) await sql.run(`WITH appended AS (${insert} RETURNING seq) ${upsert.text}`, [...values, ...upsert.params]);
    else await sql.run(insert, values);
    return { version: input.expectedVersion + prepared.length, lastHash: prevHash, replayed: false };
  }

  /**
   * A replay result when every input event is already stored in this case at the same position with
   * the same content; null when none is stored; a ConcurrencyConflict for anything in between.
   */
  private async findReplay(sql: Sql, input: AppendEventsInput, prepared: SealedEvent[]): Promise<AppendEventsResult | null> {
    const stored = new Map(
      (
        await selectByEventIds(
          sql,
          prepared.map((e) => e.eventId),
        )
      ).map((row) => [row.eventId, row]),
    );
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
