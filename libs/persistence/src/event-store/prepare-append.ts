import {
  CASE_EVENT_TYPES,
  CASE_LIMITS,
  DomainError,
  ErrorCode,
  EVENT_SCHEMA_VERSION,
  eraseEvent,
  type AppendEventsInput,
  type CaseEvent,
} from '@uplift/domain';
import type { CaseSeal } from '../privacy/case-seal';
import { eventPlace } from '../privacy/case-seal';
import { isCanonicalTimestamp, isCanonicalUuid } from '../formats';
import { canonicalJson } from '@uplift/domain';
import { eventContentJson } from './event-hash';

/** An input event checked and placed at its stream position, with the exact JSON that will be stored. */
export interface PreparedEvent {
  eventId: string;
  seq: number;
  schemaVersion: number;
  type: CaseEvent['type'];
  occurredAt: string;
  /** canonicalJson(data) of the whole event: what is sealed. */
  dataJson: string;
  /** The whole event as the projector folds it: data parsed back from dataJson, as a rebuild will see it. */
  event: CaseEvent;
  /** Its erased form (what stays in clear), and that form's canonical data. */
  erased: CaseEvent;
  erasedJson: string;
}

/** A prepared event as it will be stored: erased data in clear, the whole sealed (or not), and its hashed text. */
export interface SealedEvent extends PreparedEvent {
  sealed: Buffer | null;
  /** eventContentJson of this event at `seq` (chain version 2): the hashed text and the replay fingerprint. */
  contentJson: string;
}

/**
 * Seals each event's whole data with the case's seal when it differs from its erased form (i.e. holds
 * something personal). Without a seal (the case key was shredded) only the erased form is kept.
 */
export function sealPrepared(caseId: string, prepared: readonly PreparedEvent[], seal: CaseSeal | null): SealedEvent[] {
  return prepared.map((event) => {
    const sealed = seal && event.erasedJson !== event.dataJson ? seal.seal(eventPlace(event.eventId), event.dataJson) : null;
    const contentJson = eventContentJson({
      eventId: event.eventId,
      caseId,
      seq: event.seq,
      schemaVersion: event.schemaVersion,
      type: event.type,
      occurredAt: event.occurredAt,
      data: JSON.parse(event.erasedJson),
      chainVersion: 2,
      sealed,
    });
    return { ...event, sealed, contentJson };
  });
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function invalid(message: string, details: Record<string, unknown> = {}): never {
  throw new DomainError(ErrorCode.ValidationFailed, message, details);
}

/** Rejects strings jsonb cannot store (NUL, unpaired surrogates) anywhere in the payload, keys included. */
function assertStorableStrings(value: unknown, path: string): void {
  if (typeof value === 'string') {
    if (value.includes('\u0000') || LONE_SURROGATE.test(value)) invalid(`${path} holds a character PostgreSQL cannot store`);
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => assertStorableStrings(item, `${path}[${index}]`));
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      assertStorableStrings(key, `${path} key`);
      assertStorableStrings(item, `${path}.${key}`);
    }
  }
}

function serialiseData(data: unknown, index: number): string {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) invalid(`events[${index}].data must be an object`);
  assertStorableStrings(data, `events[${index}].data`);
  try {
    return canonicalJson(data);
  } catch (error) {
    return invalid(`events[${index}].data is not plain JSON: ${(error as Error).message}`);
  }
}

/**
 * Validates an append request and lays its events out at seq expectedVersion+1.. exactly as they
 * will be stored (whole and erased), so the same text feeds the insert, the hash chain and the
 * replay comparison once sealed (sealPrepared).
 */
export function prepareAppend(input: AppendEventsInput): PreparedEvent[] {
  const { caseId, expectedVersion, events } = input;
  if (typeof caseId !== 'string' || !CASE_LIMITS.idPattern.test(caseId)) invalid('caseId is not a valid case id');
  if (!Number.isSafeInteger(expectedVersion) || expectedVersion < 0) {
    invalid('expectedVersion must be a whole number >= 0', { expectedVersion });
  }
  if (!Array.isArray(events)) invalid('events must be an array');
  const seen = new Set<string>();
  return events.map((item, index): PreparedEvent => {
    const { eventId, event } = (item ?? {}) as Partial<typeof item>;
    if (typeof event !== 'object' || event === null) invalid(`events[${index}].event must be an object`);
    if (!isCanonicalUuid(eventId)) invalid(`events[${index}].eventId must be a lower-case UUID`);
    if (seen.has(eventId)) invalid(`events[${index}].eventId is repeated in this append`, { eventId });
    seen.add(eventId);
    if (!CASE_EVENT_TYPES.includes(event.type)) invalid(`events[${index}].type is not a case event type`);
    if (!isCanonicalTimestamp(event.occurredAt)) {
      invalid(`events[${index}].occurredAt must be a UTC timestamp as Date#toISOString prints it`);
    }
    if (event.type === 'CaseOpened' && event.data.caseId !== caseId) {
      invalid(`events[${index}] opens a different case than the stream it is appended to`);
    }
    const dataJson = serialiseData(event.data, index);
    const seq = expectedVersion + 1 + index;
    // Fold and hash the data as it will come back from jsonb, so replays and rebuilds see the same thing.
    const whole = { type: event.type, occurredAt: event.occurredAt, data: JSON.parse(dataJson) as unknown } as CaseEvent;
    const erasedJson = canonicalJson(eraseEvent(whole).data);
    return {
      eventId,
      seq,
      schemaVersion: EVENT_SCHEMA_VERSION,
      type: event.type,
      occurredAt: event.occurredAt,
      dataJson,
      event: whole,
      erased: { type: event.type, occurredAt: event.occurredAt, data: JSON.parse(erasedJson) as unknown } as CaseEvent,
      erasedJson,
    };
  });
}
