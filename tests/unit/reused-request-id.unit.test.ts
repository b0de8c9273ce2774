import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { askOrRecorded } from '@uplift/api';
import { DomainError, ErrorCode, initialCaseState, requestDigest, type AnsweredTurn, type CaseState } from '@uplift/domain';
import type { TurnReply } from '@uplift/workflows';

const reply = (answersRequest?: string): TurnReply => ({
  caseId: 'c1',
  inReplyTo: 'm-1',
  reply: 'How many people work with you?',
  action: { kind: 'ask_fact', fact: 'employees' },
  language: 'en',
  status: 'collecting',
  decision: null,
  version: 7,
  ...(answersRequest === undefined ? {} : { answersRequest }),
});

const noRead = (): Promise<CaseState> => Promise.reject(new Error('the read model is not read when the case answers'));
const noTurn = (): AnsweredTurn | undefined => undefined;

describe('an id sent again with another request', () => {
  test('the digest tells a message, an action and other texts apart, and is stable', () => {
    const digest = requestDigest('message', 'we have 12 staff');
    assert.equal(digest, requestDigest('message', 'we have 12 staff'));
    assert.match(digest, /^[0-9a-f]{32}$/);
    assert.notEqual(digest, requestDigest('message', 'we have 13 staff'));
    assert.notEqual(requestDigest('action', 'submit'), requestDigest('message', 'submit'));
    assert.notEqual(requestDigest('action', 'submit'), requestDigest('action', 'withdraw_consent'));
  });

  test('the same request gets its reply, without the digest', async () => {
    const digest = requestDigest('message', 'we have 12 staff');
    const answer = await askOrRecorded(() => Promise.resolve(reply(digest)), noRead, noTurn, digest);
    assert.deepEqual(answer, reply());
    assert.equal('answersRequest' in answer, false);
  });

  test('another message or another step under a used id is refused with IDEMPOTENCY_KEY_REUSED', async () => {
    for (const [first, again] of [
      [requestDigest('message', 'we have 12 staff'), requestDigest('message', 'monthly takings about 80k')],
      [requestDigest('action', 'submit'), requestDigest('action', 'withdraw_consent')],
    ] as const) {
      await assert.rejects(
        askOrRecorded(() => Promise.resolve(reply(first)), noRead, noTurn, again),
        (error: unknown) => error instanceof DomainError && error.code === ErrorCode.IdempotencyKeyReused,
      );
    }
  });

  test('an answer recalled from the read model (the case closed) carries no digest and is returned', async () => {
    const state: CaseState = {
      ...initialCaseState('c1'),
      status: 'decided',
      turns: { 'm-1': { messageId: 'm-1', replyText: 'Thank you.', action: { kind: 'ask_fact', fact: 'employees' } } },
    };
    const answer = await askOrRecorded(
      () => Promise.reject(new DomainError(ErrorCode.CaseClosed, 'the case is decided')),
      () => Promise.resolve(state),
      (s) => s.turns['m-1'],
      requestDigest('message', 'anything'),
    );
    assert.equal(answer.reply, 'Thank you.');
    assert.equal(answer.status, 'decided');
  });
});
