import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  decide,
  ErrorCode,
  foldCase,
  initialCaseState,
  openProposal,
  type CaseCommand,
  type CaseEvent,
  type CaseState,
  type Decision,
} from '@uplift/domain';
import { domainErrorCode } from '../support/domain-errors';

const t0 = '2026-11-22T08:00:00.000Z';
const t1 = '2026-11-22T08:05:00.000Z';
const afterExpiry = '2026-11-22T08:20:00.000Z';
const expiresAt = '2026-11-22T08:15:00.000Z';

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
const decision: Decision = {
  outcome: 'approved',
  currentLimit: 100_000,
  requestedLimit: 200_000,
  grantedLimit: 200_000,
  uplift: 100_000,
  reasons: [],
  policyVersion: 't',
};
const proposeWithdrawal: CaseCommand = {
  type: 'ProposeAction',
  proposal: 'withdraw_consent',
  proposalId: 'p-1',
  inReplyTo: 'm1',
  expiresAt,
};
const proposeSubmit: CaseCommand = { type: 'ProposeAction', proposal: 'submit', proposalId: 'p-2', inReplyTo: 'm2', expiresAt };

/** Folds `commands` one after another from an unopened case, at time `now`. */
function history(commands: CaseCommand[], now = t0): { events: CaseEvent[]; state: CaseState } {
  let state = initialCaseState('c1');
  const events: CaseEvent[] = [];
  for (const command of commands) {
    const produced = decide(command, state, { now });
    events.push(...produced);
    state = foldCase(state, produced);
  }
  return { events, state };
}

describe("irreversible steps need the merchant's explicit confirmation (rules v2)", () => {
  test('given an open case, when consent is withdrawn without a confirmation, then it is refused', () => {
    const { state } = history([open]);
    assert.equal(
      domainErrorCode(() => decide({ type: 'WithdrawConsent', messageId: 'm1', erasedEvidence: 0 }, state, { now: t1 })),
      ErrorCode.ConfirmationRequired,
    );
  });

  test('given a withdrawal proposal only, then nothing is withdrawn yet', () => {
    const { state } = history([open, proposeWithdrawal]);
    assert.equal(state.pendingProposal?.proposal, 'withdraw_consent');
    assert.equal(
      domainErrorCode(() => decide({ type: 'WithdrawConsent', messageId: 'm1', erasedEvidence: 0 }, state, { now: t1 })),
      ErrorCode.ConfirmationRequired,
    );
  });

  test('given a withdrawal proposal, when the merchant confirms it in a message, then consent can be withdrawn and the case closes', () => {
    const confirmed = history([
      open,
      proposeWithdrawal,
      { type: 'ConfirmAction', proposal: 'withdraw_consent', via: 'message', reference: 'm2' },
    ]);
    assert.deepEqual(confirmed.events.at(-1), {
      type: 'ActionConfirmed',
      occurredAt: t0,
      data: { proposal: 'withdraw_consent', proposalId: 'p-1', via: 'message', reference: 'm2' },
    });
    assert.equal(confirmed.state.pendingProposal, null);
    const withdrawn = foldCase(
      confirmed.state,
      decide({ type: 'WithdrawConsent', messageId: 'm2', erasedEvidence: 3 }, confirmed.state, { now: t1 }),
    );
    assert.equal(withdrawn.status, 'withdrawn');
    assert.equal(withdrawn.confirmedAction, null);
  });

  test('a message can only confirm the open proposal of the same step', () => {
    const { state } = history([open, proposeSubmit]);
    assert.equal(
      domainErrorCode(() =>
        decide({ type: 'ConfirmAction', proposal: 'withdraw_consent', via: 'message', reference: 'm3' }, state, { now: t1 }),
      ),
      ErrorCode.ConfirmationRequired,
    );
    const bare = history([open]).state;
    assert.equal(
      domainErrorCode(() => decide({ type: 'ConfirmAction', proposal: 'submit', via: 'message', reference: 'm3' }, bare, { now: t1 })),
      ErrorCode.ConfirmationRequired,
    );
  });

  test('a proposal lapses: after expiresAt a message cannot confirm it and closing it records "expired"', () => {
    const { state } = history([open, proposeSubmit]);
    assert.equal(openProposal(state, t1)?.proposalId, 'p-2');
    assert.equal(openProposal(state, afterExpiry), null);
    assert.equal(
      domainErrorCode(() =>
        decide({ type: 'ConfirmAction', proposal: 'submit', via: 'message', reference: 'm3' }, state, { now: afterExpiry }),
      ),
      ErrorCode.ConfirmationRequired,
    );
    assert.deepEqual(
      decide({ type: 'CloseProposal', outcome: 'declined', messageId: 'm3' }, state, { now: afterExpiry }).map((e) => e.data),
      [{ proposalId: 'p-2', outcome: 'expired', messageId: 'm3' }],
    );
  });

  test('a structured action (a button) is the confirmation itself, with or without a proposal', () => {
    const { state, events } = history([open, { type: 'ConfirmAction', proposal: 'submit', via: 'action', reference: 'tap-1' }]);
    assert.deepEqual(events.at(-1)?.data, { proposal: 'submit', proposalId: null, via: 'action', reference: 'tap-1' });
    const decided = foldCase(state, decide({ type: 'RecordDecision', decision, trigger: 'merchant_confirmed' }, state, { now: t1 }));
    assert.equal(decided.status, 'decided');
  });

  test('a decision needs a confirmed submission or the deadline', () => {
    const { state } = history([open, proposeSubmit]);
    assert.equal(
      domainErrorCode(() => decide({ type: 'RecordDecision', decision }, state, { now: t1 })),
      ErrorCode.ConfirmationRequired,
    );
    assert.equal(
      domainErrorCode(() => decide({ type: 'RecordDecision', decision, trigger: 'merchant_confirmed' }, state, { now: t1 })),
      ErrorCode.ConfirmationRequired,
    );
    assert.equal(decide({ type: 'RecordDecision', decision, trigger: 'deadline' }, state, { now: t1 })[0]?.type, 'DecisionMade');
  });

  test('one confirmed step at a time: a second confirmation waits its turn', () => {
    const { state } = history([open, { type: 'ConfirmAction', proposal: 'submit', via: 'action', reference: 'tap-1' }]);
    assert.equal(
      domainErrorCode(() =>
        decide({ type: 'ConfirmAction', proposal: 'withdraw_consent', via: 'action', reference: 'tap-2' }, state, { now: t1 }),
      ),
      ErrorCode.ActionInProgress,
    );
  });

  test('a new proposal supersedes the one on the table', () => {
    const { events, state } = history([open, proposeWithdrawal, proposeSubmit]);
    assert.deepEqual(
      events.slice(-2).map((e) => e.type),
      ['ProposalClosed', 'ActionProposed'],
    );
    assert.equal(state.pendingProposal?.proposalId, 'p-2');
  });

  test("the first workflow's histories keep their rules (v1): withdrawal and decision without confirmation", () => {
    const { state } = history([open]);
    assert.equal(
      decide({ type: 'WithdrawConsent', messageId: 'm1', erasedEvidence: 0 }, state, { now: t1, rules: 'v1' })[0]?.type,
      'ConsentWithdrawn',
    );
    assert.equal(decide({ type: 'RecordDecision', decision }, state, { now: t1, rules: 'v1' })[0]?.type, 'DecisionMade');
  });

  test('submitting is not proposed while a reviewer has the case', () => {
    const referral: Decision = { ...decision, outcome: 'referred', grantedLimit: 100_000, uplift: 0 };
    const { state } = history([open, { type: 'RecordDecision', decision: referral, trigger: 'deadline' }]);
    assert.equal(state.status, 'in_review');
    assert.equal(
      domainErrorCode(() => decide(proposeSubmit, state, { now: t1 })),
      ErrorCode.CaseInReview,
    );
    assert.equal(decide(proposeWithdrawal, state, { now: t1 })[0]?.type, 'ActionProposed');
  });
});
