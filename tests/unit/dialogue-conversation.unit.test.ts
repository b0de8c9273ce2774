import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DIALOGUE_POLICY_VERSION, nextAction, renderTurnReply, understand } from '@uplift/dialogue';
import {
  decide,
  evolve,
  initialCaseState,
  type AssistantAction,
  type CaseCommand,
  type CaseState,
  type Language,
  KNOWLEDGE_BASE_VERSION,
} from '@uplift/domain';

/** Plays a scripted merchant through understand → nextAction → reply, folding state as the workflow does. */
function converse(language: Language, messages: readonly string[]): { actions: AssistantAction[]; replies: string[] } {
  let state: CaseState = initialCaseState('c1');
  let minute = 0;
  const apply = (command: CaseCommand) => {
    minute += 1;
    for (const event of decide(command, state, { now: new Date(Date.UTC(2026, 2, 15, 8, minute)).toISOString() }))
      state = evolve(state, event);
  };
  apply({
    type: 'OpenCase',
    caseId: 'c1',
    channel: 'test',
    merchantRef: 'm1',
    currentLimit: 100_000,
    requestedLimit: 300_000,
    industry: null,
    language,
  });
  const first = nextAction(state, null);
  apply({
    type: 'RecordAssistantReply',
    inReplyTo: null,
    action: first,
    text: '',
    language,
    policyVersion: DIALOGUE_POLICY_VERSION,
    knowledgeVersion: KNOWLEDGE_BASE_VERSION,
  });
  const actions = [first];
  const replies: string[] = [];
  messages.forEach((text, i) => {
    const understanding = understand(text, state);
    apply({ type: 'RecordMerchantMessage', messageId: `m${i}`, text, understanding });
    const action = nextAction(state, understanding.intent);
    const reply = renderTurnReply(action, state, understanding.facts, understanding.language, { intent: understanding.intent, text });
    apply({
      type: 'RecordAssistantReply',
      inReplyTo: `m${i}`,
      action,
      text: reply,
      language: understanding.language,
      policyVersion: DIALOGUE_POLICY_VERSION,
      knowledgeVersion: KNOWLEDGE_BASE_VERSION,
    });
    actions.push(action);
    replies.push(reply);
  });
  return { actions, replies };
}

describe('a conversation through the pure pipeline', () => {
  test('a Chinese freight merchant and an English restaurant owner get different, trade-specific question orders', () => {
    const freight = converse('zh', ['我是跑运输的', '这个不方便说', '有五辆重卡', '没有这个', '没有这个', '没有这个']);
    const restaurant = converse('en', [
      'I own a restaurant',
      "I'd rather not say",
      'we can seat 80 people',
      "I don't have that",
      "I don't have that",
      "I don't have that",
    ]);
    // Both are asked their trade first, then revenue; after declining revenue each is asked its trade's driver.
    assert.deepEqual(freight.actions.slice(0, 3), [
      { kind: 'ask_fact', fact: 'industry' },
      { kind: 'ask_fact', fact: 'monthlyRevenue' },
      { kind: 'ask_fact', fact: 'vehicles' },
    ]);
    assert.deepEqual(restaurant.actions.slice(0, 3), [
      { kind: 'ask_fact', fact: 'industry' },
      { kind: 'ask_fact', fact: 'monthlyRevenue' },
      { kind: 'ask_fact', fact: 'seats' },
    ]);
    // Then the requests follow each trade: freight documents for one, not for the other.
    const evidence = (actions: AssistantAction[]) =>
      actions.flatMap((a) => (a.kind === 'request_evidence' ? [a.evidence.kind === 'voucher' ? a.evidence.type : a.evidence.class] : []));
    assert.ok(
      evidence(freight.actions).some((e) =>
        ['freight_waybill', 'road_transport_operating_licence', 'road_transport_certificate'].includes(e),
      ),
      evidence(freight.actions).join(),
    );
    assert.ok(!evidence(restaurant.actions).some((e) => e.startsWith('road_transport') || e === 'freight_waybill'));
    assert.notDeepEqual(freight.actions.slice(3), restaurant.actions.slice(3));
    assert.match(freight.replies[2] ?? '', /车辆5辆/);
    assert.match(restaurant.replies[2] ?? '', /80 seats/);
    assert.match(freight.replies[1] ?? '', /没关系/);
    assert.match(restaurant.replies[1] ?? '', /No problem/);
  });

  test('the same conversation gives the same choices (replay is exact)', () => {
    const script = ['我开了家饭馆', '月流水大概三十来万', '没有这个', '好的'];
    assert.deepEqual(converse('zh', script), converse('zh', script));
  });
});
