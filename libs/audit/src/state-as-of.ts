import { foldCase, initialCaseState, type CaseState, type StoredCaseEvent } from '@uplift/domain';

/** A point in a case's history: a stream version, or a time (every event that occurred by then). */
export type AsOf = { version: number } | { time: Date };

/** Parses `--as-of` / `?asOf=`: a whole number is a version, anything else must be an ISO time. */
export function parseAsOf(raw: string): AsOf | null {
  if (/^\d+$/.test(raw)) return { version: Number(raw) };
  const time = new Date(raw);
  return /^\d{4}-\d{2}-\d{2}/.test(raw) && !Number.isNaN(time.getTime()) ? { time } : null;
}

/** The events a case had at that point. */
export function eventsAsOf(events: readonly StoredCaseEvent[], asOf: AsOf): StoredCaseEvent[] {
  return 'version' in asOf
    ? events.filter((e) => e.seq <= asOf.version)
    : events.filter((e) => new Date(e.event.occurredAt).getTime() <= asOf.time.getTime());
}

/** The case state at that point, folded by the same evolve as the workflow and the read model. */
export function stateAsOf(caseId: string, events: readonly StoredCaseEvent[], asOf: AsOf): CaseState {
  return foldCase(
    initialCaseState(caseId),
    eventsAsOf(events, asOf).map((e) => e.event),
  );
}
