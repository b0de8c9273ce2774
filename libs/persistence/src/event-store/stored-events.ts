import type { CaseEvent, StoredCaseEvent } from '@uplift/domain';
import type { Sql } from '../db/sql';
import { eventContentJson, GENESIS_HASH } from './event-hash';

/** A case_events row as the queries below select it. */
export interface EventRow {
  eventId: string;
  caseId: string;
  seq: number;
  type: string;
  schemaVersion: number;
  data: unknown;
  occurredAt: Date;
  recordedAt: Date;
  prevHash: string;
  hash: string;
}

const EVENT_COLUMNS =
  'event_id AS "eventId", case_id AS "caseId", seq, type, schema_version AS "schemaVersion", data, ' +
  'occurred_at AS "occurredAt", recorded_at AS "recordedAt", prev_hash AS "prevHash", hash';

/** A case's events in seq order, up to and including `throughSeq` when given. */
export async function selectStream(sql: Sql, caseId: string, throughSeq?: number): Promise<EventRow[]> {
  return throughSeq === undefined
    ? sql.rows<EventRow>(`SELECT ${EVENT_COLUMNS} FROM case_events WHERE case_id = $1 ORDER BY seq`, [caseId])
    : sql.rows<EventRow>(`SELECT ${EVENT_COLUMNS} FROM case_events WHERE case_id = $1 AND seq <= $2 ORDER BY seq`, [
        caseId,
        throughSeq,
      ]);
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

/** The domain event a row holds. */
export function rowToCaseEvent(row: EventRow): CaseEvent {
  return { type: row.type, occurredAt: row.occurredAt.toISOString(), data: row.data } as CaseEvent;
}

/** The row as the domain's StoredCaseEvent. */
export function rowToStoredEvent(row: EventRow): StoredCaseEvent {
  return {
    eventId: row.eventId,
    caseId: row.caseId,
    seq: row.seq,
    schemaVersion: row.schemaVersion,
    event: rowToCaseEvent(row),
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
  });
}
