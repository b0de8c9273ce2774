import { eraseEvent, type CaseEvent, type StoredCaseEvent } from '@uplift/domain';
import type { Sql } from '../db/sql';
import { eventPlace, type CaseSeal } from '../privacy/case-seal';
import { eventContentJson, GENESIS_HASH } from './event-hash';

/** A case_events row as the queries below select it. */
export interface EventRow {
  eventId: string;
  caseId: string;
  seq: number;
  type: string;
  schemaVersion: number;
  data: unknown;
  sealed: Buffer | null;
  chainVersion: number;
  occurredAt: Date;
  recordedAt: Date;
  prevHash: string;
  hash: string;
}

const EVENT_COLUMNS =
  'event_id AS "eventId", case_id AS "caseId", seq, type, schema_version AS "schemaVersion", data, sealed, chain_version AS "chainVersion", ' +
  'occurred_at AS "occurredAt", recorded_at AS "recordedAt", prev_hash AS "prevHash", hash';

/** A case's events in seq order, up to and including `throughSeq` when given. */
export async function selectStream(sql: Sql, caseId: string, throughSeq?: number): Promise<EventRow[]> {
  return throughSeq === undefined
    ? sql.rows<EventRow>(`SELECT ${EVENT_COLUMNS} FROM case_events WHERE case_id = $1 ORDER BY seq`, [caseId])
    : sql.rows<EventRow>(`SELECT ${EVENT_COLUMNS} FROM case_events WHERE case_id = $1 AND seq <= $2 ORDER BY seq`, [caseId, throughSeq]);
}

/** A case's events after position `afterSeq`, in seq order. */
export async function selectStreamAfter(sql: Sql, caseId: string, afterSeq: number): Promise<EventRow[]> {
  return sql.rows<EventRow>(`SELECT ${EVENT_COLUMNS} FROM case_events WHERE case_id = $1 AND seq > $2 ORDER BY seq`, [caseId, afterSeq]);
}

/** Stored rows with the given event ids, whatever case they belong to. */
export async function selectByEventIds(sql: Sql, eventIds: readonly string[]): Promise<EventRow[]> {
  return sql.rows<EventRow>(`SELECT ${EVENT_COLUMNS} FROM case_events WHERE event_id = ANY($1::uuid[])`, [eventIds]);
}

/** Where a stream ends: its version (0 when empty) and the hash the next event must link to. */
export async function selectHead(sql: Sql, caseId: string): Promise<{ version: number; hash: string }> {
  const head = await sql.one<{ seq: number; hash: string }>(
    'SELECT seq, hash FROM case_events WHERE case_id = $1 ORDER BY seq DESC LIMIT 1',
    [caseId],
  );
  return head ? { version: head.seq, hash: head.hash } : { version: 0, hash: GENESIS_HASH };
}

/**
 * The domain event a row holds: whole when its sealed data opens with `seal` (or nothing was sealed,
 * or the row predates sealing); otherwise its erased form. `erased` says which.
 */
export function rowToCaseEvent(row: EventRow, seal: CaseSeal | null): { event: CaseEvent; erased: boolean } {
  const occurredAt = row.occurredAt.toISOString();
  if (row.sealed === null) return { event: { type: row.type, occurredAt, data: row.data } as CaseEvent, erased: false };
  if (seal === null) return { event: { type: row.type, occurredAt, data: row.data } as CaseEvent, erased: true };
  const data = JSON.parse(seal.open(eventPlace(row.eventId), row.sealed)) as unknown;
  return { event: { type: row.type, occurredAt, data } as CaseEvent, erased: false };
}

/** The row's erased form, as it stays after the case key is shredded (rows from before sealing are erased here). */
export function rowToErasedEvent(row: EventRow): CaseEvent {
  const event = { type: row.type, occurredAt: row.occurredAt.toISOString(), data: row.data } as CaseEvent;
  return row.chainVersion === 1 ? eraseEvent(event) : event;
}

/** The row as the domain's StoredCaseEvent (whole when `seal` opens it). */
export function rowToStoredEvent(row: EventRow, seal: CaseSeal | null): StoredCaseEvent {
  const { event, erased } = rowToCaseEvent(row, seal);
  return {
    eventId: row.eventId,
    caseId: row.caseId,
    seq: row.seq,
    schemaVersion: row.schemaVersion,
    event,
    ...(erased ? { erased: true } : {}),
    prevHash: row.prevHash,
    hash: row.hash,
    recordedAt: row.recordedAt.toISOString(),
  };
}

/** The canonical content text of a stored row, recomputed from what the database holds now. */
export function rowContentJson(row: EventRow): string {
  return eventContentJson({
    eventId: row.eventId,
    caseId: row.caseId,
    seq: row.seq,
    schemaVersion: row.schemaVersion,
    type: row.type,
    occurredAt: row.occurredAt.toISOString(),
    data: row.data,
    chainVersion: row.chainVersion === 1 ? 1 : 2,
    sealed: row.sealed,
  });
}
