import {
  CASE_EVENT_TYPES,
  CASE_LIMITS,
  DomainError,
  ErrorCode,
  EVENT_SCHEMA_VERSION,
  type AppendEventsInput,
  type CaseEvent,
} from '@uplift/domain';
import { isCanonicalTimestamp, isCanonicalUuid } from '../formats';
import { canonicalJson } from './canonical-json';
import { eventContentJson } from './event-hash';

/** An input event checked and placed at its stream position, with the exact JSON that will be stored. */
export interface PreparedEvent {
  eventId: string;
  seq: number;
  schemaVersion: number;
  type: CaseEvent['type'];
  occurredAt: string;
  /** canonicalJson(data): what goes into the jsonb column. */
  dataJson: string;
  /** The event as the projector folds it: data parsed back from dataJson, as a rebuild will see it. */
  event: CaseEvent;
  /** eventContentJson of this event at `seq`: the hashed text and the replay fingerprint. */
  contentJson: string;
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
 * will be stored, so the same text feeds the insert, the hash chain and the replay comparison.
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
    const data: unknown = JSON.parse(dataJson);
    return {
      eventId,
      seq,
      schemaVersion: EVENT_SCHEMA_VERSION,
      type: event.type,
      occurredAt: event.occurredAt,
      dataJson,
      event: { type: event.type, occurredAt: event.occurredAt, data } as CaseEvent,
      contentJson: eventContentJson({
        eventId,
        caseId,
        seq,
        schemaVersion: EVENT_SCHEMA_VERSION,
        type: event.type,
        occurredAt: event.occurredAt,
        data,
      }),
    };
  });
}
