import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, test } from 'node:test';
import { parseAsOf, signReport, stateAsOf, timelineOf, verifyReport } from '@uplift/audit';
import type { CaseEvent, StoredCaseEvent } from '@uplift/domain';

const keys = { current: randomBytes(32), previous: [] as Buffer[] };
const stored = (seq: number, event: CaseEvent): StoredCaseEvent => ({
  eventId: `e${seq}`,
  caseId: 'c1',
  seq,
  schemaVersion: 1,
  event,
  prevHash: '',
  hash: '',
  recordedAt: event.occurredAt,
});
const events: StoredCaseEvent[] = [
  stored(1, {
    type: 'CaseOpened',
    occurredAt: '2026-11-29T09:00:00.000Z',
    data: {
      caseId: 'c1',
      channel: 'app',
      merchantRef: 'r',
      currentLimit: 100_000,
      requestedLimit: 150_000,
      industry: 'retail',
      language: 'en',
    },
  }),
  stored(2, {
    type: 'OperatorAction',
    occurredAt: '2026-11-29T10:00:00.000Z',
    data: { actionId: 'a1', kind: 'escalate', operator: 'k_ops', reason: 'customer called', activityId: null, resetToEventId: null },
  }),
];

describe('audit report pieces', () => {
  test('asOf is a version or an ISO time, nothing else', () => {
    assert.deepEqual(parseAsOf('12'), { version: 12 });
    assert.deepEqual(parseAsOf('2026-11-29T09:30:00Z'), { time: new Date('2026-11-29T09:30:00Z') });
    assert.equal(parseAsOf('yesterday'), null);
    assert.equal(parseAsOf('12abc'), null);
  });

  test('state as of a time folds only what had happened by then', () => {
    assert.equal(stateAsOf('c1', events, { time: new Date('2026-11-29T09:30:00Z') }).humanRequestedAt, null);
    const later = stateAsOf('c1', events, { version: 2 });
    assert.equal(later.humanRequestedAt, '2026-11-29T10:00:00.000Z', 'an escalation puts the case in the human queue');
    assert.deepEqual(
      later.operatorActions.map((a) => [a.kind, a.operator]),
      [['escalate', 'k_ops']],
    );
  });

  test('the timeline names who acted and why', () => {
    const [, action] = timelineOf(events);
    assert.equal(action?.actor, 'operator');
    assert.match(action?.summary ?? '', /k_ops: escalate — "customer called"/);
  });

  test("a signed report verifies; any change to it, or another engine's key, does not", () => {
    const body = { format: 'x', decision: { grantedLimit: 140_000 } };
    const report = { ...body, integrity: signReport(body, keys) };
    assert.deepEqual(verifyReport(report, keys), { digestMatches: true, signatureValid: true });
    assert.deepEqual(verifyReport({ ...report, decision: { grantedLimit: 150_000 } }, keys), {
      digestMatches: false,
      signatureValid: false,
    });
    assert.deepEqual(verifyReport(report, { current: randomBytes(32), previous: [] }), { digestMatches: true, signatureValid: false });
    assert.deepEqual(
      verifyReport(report, { current: randomBytes(32), previous: [keys.current] }),
      { digestMatches: true, signatureValid: true },
      'after a key rotation',
    );
  });
});
