import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { decide, ErrorCode, evolve, foldCase, initialCaseState, type CaseCommand, type CaseEvent, type CaseState } from '@uplift/domain';
import { domainErrorCode } from '../support/domain-errors';

const now = '2026-11-22T08:00:00.000Z';
const open: CaseCommand = {
  type: 'OpenCase',
  caseId: 'c1',
  channel: 'app',
  merchantRef: 'm-1',
  currentLimit: 100_000,
  requestedLimit: 200_000,
  industry: 'logistics',
  language: 'zh',
};

/** given events, when command, then events (or an error code). */
function given(events: CaseEvent[]): { when(command: CaseCommand): CaseEvent[]; state: CaseState } {
  const state = foldCase(initialCaseState('c1'), events);
  return { state, when: (command) => decide(command, state, { now }) };
}

const opened = decide(open, initialCaseState('c1'), { now });
const understanding = {
  language: 'zh' as const,
  intent: 'provide_info' as const,
  facts: { monthlyRevenue: 300_000 },
  understandingVersion: 't',
};

describe('case decider', () => {
  test('opening a new case yields CaseOpened with the command data', () => {
    const events = given([]).when(open);
    assert.equal(events.length, 1);
    assert.equal(events[0]?.type, 'CaseOpened');
    const state = foldCase(initialCaseState('c1'), events);
    assert.equal(state.status, 'collecting');
    assert.equal(state.industry, 'logistics');
    assert.deepEqual(state.facts, { industry: 'logistics' });
    assert.equal(state.version, 1);
  });

  test('a case cannot be opened twice', () => {
    assert.equal(
      domainErrorCode(() => given(opened).when(open)),
      ErrorCode.CaseAlreadyOpened,
    );
  });

  test('the requested limit must exceed the current limit', () => {
    assert.equal(
      domainErrorCode(() => given([]).when({ ...open, requestedLimit: 100_000 })),
      ErrorCode.ValidationFailed,
    );
    assert.equal(
      domainErrorCode(() => given([]).when({ ...open, currentLimit: -1 })),
      ErrorCode.ValidationFailed,
    );
  });

  test('a message records its understanding and merges the stated facts', () => {
    const events = given(opened).when({ type: 'RecordMerchantMessage', messageId: 'm1', text: ' 月流水30万 ', understanding });
    const state = foldCase(given(opened).state, events);
    assert.equal(state.facts.monthlyRevenue, 300_000);
    assert.equal(state.facts.industry, 'logistics');
    assert.deepEqual(state.messageOrder, ['m1']);
    assert.equal((events[0]?.data as { text: string }).text, '月流水30万');
  });

  test('the same message id is refused the second time', () => {
    const first = given(opened).when({ type: 'RecordMerchantMessage', messageId: 'm1', text: 'hi', understanding });
    assert.equal(
      domainErrorCode(() =>
        given([...opened, ...first]).when({ type: 'RecordMerchantMessage', messageId: 'm1', text: 'hi', understanding }),
      ),
      ErrorCode.DuplicateMessage,
    );
  });

  test('messages to an unopened or closed case are refused', () => {
    assert.equal(
      domainErrorCode(() => given([]).when({ type: 'RecordMerchantMessage', messageId: 'm1', text: 'x', understanding })),
      ErrorCode.CaseNotFound,
    );
    const abandoned = [...opened, ...given(opened).when({ type: 'AbandonCase' })];
    assert.equal(given(abandoned).state.status, 'abandoned');
    assert.equal(
      domainErrorCode(() => given(abandoned).when({ type: 'RecordMerchantMessage', messageId: 'm2', text: 'x', understanding })),
      ErrorCode.CaseClosed,
    );
  });

  test('evidence is recorded once and its assessment only once', () => {
    const submit: CaseCommand = {
      type: 'SubmitEvidence',
      evidenceId: 'e1',
      declared: { kind: 'voucher', type: 'vehicle_licence' },
      mediaType: 'image/jpeg',
      sizeBytes: 10,
      sha256: 'a'.repeat(64),
    };
    const submitted = [...opened, ...given(opened).when(submit)];
    assert.equal(
      domainErrorCode(() => given(submitted).when(submit)),
      ErrorCode.DuplicateEvidence,
    );
    const assessment = {
      verdict: 'readable' as const,
      problems: [],
      format: 'jpeg' as const,
      width: 800,
      height: 600,
      pages: null,
      sharpness: 90,
      brightness: 120,
      textCharacters: null,
      methodVersion: 't',
    };
    const assessed = [...submitted, ...given(submitted).when({ type: 'RecordAssessment', evidenceId: 'e1', assessment })];
    assert.equal(given(assessed).state.evidence.e1?.assessment?.verdict, 'readable');
    assert.deepEqual(given(assessed).when({ type: 'RecordAssessment', evidenceId: 'e1', assessment }), []);
    assert.equal(
      domainErrorCode(() => given(assessed).when({ type: 'RecordAssessment', evidenceId: 'nope', assessment })),
      ErrorCode.EvidenceNotFound,
    );
  });

  test('a decision closes the case', () => {
    const decision = {
      outcome: 'approved' as const,
      currentLimit: 100_000,
      requestedLimit: 200_000,
      grantedLimit: 200_000,
      uplift: 100_000,
      reasons: [],
      policyVersion: 't',
    };
    const decided = [...opened, ...given(opened).when({ type: 'RecordDecision', decision, trigger: 'deadline' })];
    const state = given(decided).state;
    assert.equal(state.status, 'decided');
    assert.equal(state.closedAt, now);
    assert.equal(
      domainErrorCode(() => given(decided).when({ type: 'RecordDecision', decision, trigger: 'deadline' })),
      ErrorCode.CaseClosed,
    );
  });

  test('reminders are numbered and stamp the time', () => {
    const first = given(opened).when({ type: 'RemindMerchant' });
    const state = foldCase(given(opened).state, first);
    assert.equal(state.remindersSent, 1);
    assert.equal(state.lastReminderAt, now);
  });

  test('evolve is pure: folding twice gives equal states and leaves the input untouched', () => {
    const base = given(opened).state;
    const frozen = JSON.stringify(base);
    const event = given(opened).when({ type: 'RecordMerchantMessage', messageId: 'm1', text: 'x', understanding })[0];
    assert.ok(event);
    assert.deepEqual(evolve(base, event), evolve(base, event));
    assert.equal(JSON.stringify(base), frozen);
  });
});
