import assert from 'node:assert/strict';
import type { Decision } from '@uplift/domain';
import type { apiClient } from './http-client';

/** One entry of GET /v1/cases/:id/events as the tests read it. */
export interface LoggedEvent {
  event: { type: string; data: Record<string, unknown> };
}

/** The event log of a case, read with a compliance key; asserts that its hash chain verifies. */
export async function verifiedEventLog(compliance: ReturnType<typeof apiClient>, caseId: string): Promise<LoggedEvent[]> {
  const log = await compliance.get<{ chain: { ok: boolean }; events: LoggedEvent[] }>(`/v1/cases/${caseId}/events`);
  assert.equal(log.status, 200, JSON.stringify(log.body));
  assert.equal(log.body.chain.ok, true, 'the hash chain verifies');
  return log.body.events;
}

/** One line per reason for the test report: what the engine said, for whoever reads a failure. */
export const decisionLine = (d: Decision): string =>
  `${d.outcome} ${d.currentLimit}→${d.grantedLimit} (asked ${d.requestedLimit}); ` +
  d.reasons.map((r) => `${r.code}${JSON.stringify(r.params)}`).join(' ');
