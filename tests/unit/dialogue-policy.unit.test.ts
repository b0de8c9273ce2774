import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { nextAction, rankActions, renderAction, renderTurnReply, upliftHint } from '@uplift/dialogue';
import { initialCaseState, type AssistantAction, type CaseState, type IndustryId } from '@uplift/domain';

function merchant(industry: IndustryId | null, overrides: Partial<CaseState> = {}): CaseState {
  return {
    ...initialCaseState('c1'),
    status: 'collecting',
    currentLimit: 100_000,
    requestedLimit: 200_000,
    industry,
    facts: industry ? { industry } : {},
    ...overrides,
  };
}

/** Plays the policy forward, pretending the merchant ignores every question. */
function firstActions(state: CaseState, count: number): AssistantAction[] {
  const actions: AssistantAction[] = [];
  let current = state;
  for (let i = 0; i < count; i += 1) {
    const action = nextAction(current, null);
    actions.push(action);
    current = { ...current, actions: [...current.actions, action] };
  }
  return actions;
}

describe('next-action policy', () => {
  test('an unknown industry is asked first, then revenue', () => {
    assert.deepEqual(nextAction(merchant(null), null), { kind: 'ask_fact', fact: 'industry' });
    assert.deepEqual(nextAction(merchant('catering'), null), { kind: 'ask_fact', fact: 'monthlyRevenue' });
  });

  test('different trades get different evidence requests and questions', () => {
    const withRevenue = (industry: IndustryId) => merchant(industry, { facts: { industry, monthlyRevenue: 300_000 } });
    const key = (a: AssistantAction) =>
      a.kind === 'request_evidence' ? (a.evidence.kind === 'voucher' ? a.evidence.type : a.evidence.class) : a.kind;
    const logistics = firstActions(withRevenue('logistics'), 4).map(key);
    const catering = firstActions(withRevenue('catering'), 4).map(key);
    assert.ok(logistics.includes('road_transport_operating_licence') && logistics.includes('road_transport_certificate'), logistics.join());
    assert.ok(catering.includes('food_business_permit'), catering.join());
    assert.notDeepEqual(logistics, catering);
  });

  test('when revenue is declined, the trade driver is asked: trucks for freight, seats for a restaurant', () => {
    const declinedRevenue = (industry: IndustryId) => merchant(industry, { actions: [{ kind: 'ask_fact', fact: 'monthlyRevenue' }] });
    assert.deepEqual(nextAction(declinedRevenue('logistics'), 'decline'), { kind: 'ask_fact', fact: 'vehicles' });
    assert.deepEqual(nextAction(declinedRevenue('catering'), 'decline'), { kind: 'ask_fact', fact: 'seats' });
  });

  test('a declined request recorded in state is never asked again', () => {
    const bank: AssistantAction = { kind: 'request_evidence', evidence: { kind: 'voucher', type: 'bank_statement' } };
    const state = {
      ...merchant('wholesale', { facts: { industry: 'wholesale', monthlyRevenue: 500_000 } }),
      declined: [bank],
    } as CaseState;
    assert.ok(!rankActions(state).some((s) => JSON.stringify(s.action) === JSON.stringify(bank)));
    assert.ok(
      rankActions(merchant('wholesale', { facts: { industry: 'wholesale', monthlyRevenue: 500_000 } })).some(
        (s) => JSON.stringify(s.action) === JSON.stringify(bank),
      ),
    );
  });

  test('the order changes with the answers: once revenue is stated it is no longer worth asking the driver first', () => {
    const before = nextAction(merchant('logistics', { actions: [{ kind: 'ask_fact', fact: 'monthlyRevenue' }] }), 'decline');
    const after = nextAction(merchant('logistics', { facts: { industry: 'logistics', monthlyRevenue: 400_000 } }), 'provide_info');
    assert.notDeepEqual(before, after);
  });

  test('evidence requests carry a KB-based estimate, never a promise', () => {
    const state = merchant('logistics', { facts: { industry: 'logistics', monthlyRevenue: 400_000 } });
    const hint = upliftHint({ kind: 'voucher', type: 'road_transport_certificate' }, state);
    assert.equal(hint.basis, 'per_unit');
    assert.ok(hint.amountCny !== null && hint.amountCny > 10_000 && hint.amountCny < 500_000);
    for (const language of ['zh', 'en'] as const) {
      const text = renderAction(
        { kind: 'request_evidence', evidence: { kind: 'voucher', type: 'road_transport_certificate' } },
        state,
        language,
      );
      assert.match(text, language === 'zh' ? /估算/ : /estimate/);
      assert.doesNotMatch(text, /保证|一定能|guarantee|will be approved|you will get/i);
    }
  });

  test('a question the merchant does not answer is not repeated back to back nor asked forever', () => {
    const actions = firstActions(merchant('retail'), 8);
    for (let i = 1; i < actions.length; i += 1) assert.notDeepEqual(actions[i], actions[i - 1]);
    const revenueAsks = actions.filter((a) => a.kind === 'ask_fact' && a.fact === 'monthlyRevenue').length;
    assert.ok(revenueAsks <= 2, `asked revenue ${revenueAsks} times`);
  });

  test('asking for a human hands off; asking what to upload gets an evidence request', () => {
    assert.deepEqual(nextAction(merchant('retail'), 'ask_human'), { kind: 'handoff_human' });
    assert.equal(nextAction(merchant('retail'), 'ask_what_to_upload').kind, 'request_evidence');
  });

  test('the policy is deterministic', () => {
    const state = merchant('manufacturing', { facts: { industry: 'manufacturing', monthlyRevenue: 800_000 } });
    assert.deepEqual(firstActions(state, 6), firstActions(state, 6));
  });

  test('replies are in the merchant language and never promise an outcome', () => {
    const state = merchant('logistics');
    const action: AssistantAction = { kind: 'request_evidence', evidence: { kind: 'voucher', type: 'road_transport_certificate' } };
    const zh = renderAction(action, state, 'zh');
    const en = renderAction(action, state, 'en');
    assert.match(zh, /道路运输证/);
    assert.match(en, /road transport certificate/);
    assert.doesNotMatch(en, /guarantee|will be approved/i);
    assert.match(renderTurnReply({ kind: 'ask_fact', fact: 'vehicles' }, state, { monthlyRevenue: 300_000 }, 'zh'), /月流水约30万元/);
  });
});
