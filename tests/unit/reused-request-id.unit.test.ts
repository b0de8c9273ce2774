import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { askOrRecorded } from '@uplift/api';
import {
  DomainError,
  ErrorCode,
  initialCaseState,
  recordedRequestDigest,
  requestDigest,
  type AnsweredTurn,
  type CaseEvent,
  type CaseState,
  type Understanding,
} from '@uplift/domain';
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
const noEvents = (): Promise<string | undefined> => Promise.reject(new Error('the events are not read when the case answers'));

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
    const answer = await askOrRecorded(() => Promise.resolve(reply(digest)), noRead, noTurn, digest, noEvents);
    assert.deepEqual(answer, reply());
    assert.equal('answersRequest' in answer, false);
  });

  test('another message or another step under a used id is refused with IDEMPOTENCY_KEY_REUSED', async () => {
    for (const [first, again] of [
      [requestDigest('message', 'we have 12 staff'), requestDigest('message', 'monthly takings about 80k')],
      [requestDigest('action', 'submit'), requestDigest('action', 'withdraw_consent')],
    ] as const) {
      await assert.rejects(
        askOrRecorded(() => Promise.resolve(reply(first)), noRead, noTurn, again, noEvents),
        (error: unknown) => error instanceof DomainError && error.code === ErrorCode.IdempotencyKeyReused,
      );
    }
  });

  const closedState: CaseState = {
    ...initialCaseState('c1'),
    status: 'decided',
    turns: { 'm-1': { messageId: 'm-1', replyText: 'Thank you.', action: { kind: 'ask_fact', fact: 'employees' } } },
  };
  const closed = (): Promise<TurnReply> => Promise.reject(new DomainError(ErrorCode.CaseClosed, 'the case is decided'));

  test('after the case closed, the same request is answered from the read model, checked against its events', async () => {
    const answer = await askOrRecorded(
      closed,
      () => Promise.resolve(closedState),
      (s) => s.turns['m-1'],
      requestDigest('message', 'we have 12 staff'),
      () => Promise.resolve(requestDigest('message', 'we have 12 staff')),
    );
    assert.equal(answer.reply, 'Thank you.');
    assert.equal(answer.status, 'decided');
    assert.equal('answersRequest' in answer, false);
  });

  test('after the case closed, another request under a used id is still refused', async () => {
    await assert.rejects(
      askOrRecorded(
        closed,
        () => Promise.resolve(closedState),
        (s) => s.turns['m-1'],
        requestDigest('message', 'monthly takings about 80k'),
        () => Promise.resolve(requestDigest('message', 'we have 12 staff')),
      ),
      (error: unknown) => error instanceof DomainError && error.code === ErrorCode.IdempotencyKeyReused,
    );
  });

  test('once the text is erased, the recalled answer is all there is to give', async () => {
    const answer = await askOrRecorded(
      closed,
      () => Promise.resolve(closedState),
      (s) => s.turns['m-1'],
      requestDigest('message', 'anything'),
      () => Promise.resolve(undefined),
    );
    assert.equal(answer.reply, 'Thank you.');
  });

  test('a closed case with nothing recorded under the id keeps its refusal and reads no events', async () => {
    await assert.rejects(
      askOrRecorded(closed, () => Promise.resolve(closedState), noTurn, requestDigest('message', 'hello'), noEvents),
      (error: unknown) => error instanceof DomainError && error.code === ErrorCode.CaseClosed,
    );
  });
});

describe('the request recorded under an id, read from the events', () => {
  const at = '2026-11-29T10:00:00.000Z';
  const understanding: Understanding = { language: 'en', intent: 'provide_info', facts: {}, understandingVersion: 'test' };
  const events: CaseEvent[] = [
    { type: 'MerchantMessageReceived', occurredAt: at, data: { messageId: 'm-1', text: 'we have 12 staff', understanding } },
    { type: 'MerchantMessageReceived', occurredAt: at, data: { messageId: 'm-2', text: '', understanding } },
    { type: 'ActionConfirmed', occurredAt: at, data: { proposal: 'submit', proposalId: null, via: 'action', reference: 'a-1' } },
    {
      type: 'ActionConfirmed',
      occurredAt: at,
      data: { proposal: 'withdraw_consent', proposalId: 'p-m-3', via: 'message', reference: 'm-3' },
    },
  ];

  test('a message by its text, an action by its step', () => {
    assert.equal(recordedRequestDigest(events, 'message', 'm-1'), requestDigest('message', 'we have 12 staff'));
    assert.equal(recordedRequestDigest(events, 'action', 'a-1'), requestDigest('action', 'submit'));
  });

  test('nothing for an erased text, an unknown id, or a message id asked as an action', () => {
    assert.equal(recordedRequestDigest(events, 'message', 'm-2'), undefined);
    assert.equal(recordedRequestDigest(events, 'message', 'm-9'), undefined);
    assert.equal(recordedRequestDigest(events, 'action', 'm-3'), undefined);
    assert.equal(recordedRequestDigest(events, 'action', 'm-1'), undefined);
  });
});
