import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { classifyAnswer, understand } from '@uplift/dialogue';
import type { MerchantFacts, ProposalKind } from '@uplift/domain';
import { caseOpenedMidJune, factsMatch } from '../support/understanding-facts';

// rules-2.9.2 (docs/adr/0018): kinds found on the eighth corpus's dev half, each with wordings written for these tests.

const state = () => caseOpenedMidJune('u11');

const facts: [string, MerchantFacts][] = [
  // "Not even one" is none, never one.
  ['我们修摩托的，自己一辆车也没有', { industry: 'personal_services', vehicles: 0 }],
  ['店里一个员工都没请，全靠我和老婆', { employees: 0 }],
  ['we no get van of our own, we hire', { vehicles: 0 }],
  // 张 counts vehicles in the south-west, but never a vehicle's papers.
  ['我们拉砂石的，六张车', { vehicles: 6 }],
  ['两张冷藏车跑昆明', { vehicles: 2 }],
  ['三张车辆行驶证都在', {}],
  // Tractor heads, and a Malay word for lorry after a Chinese classifier.
  ['港口拉柜，七台拖头', { industry: 'logistics', vehicles: 7 }],
  ['有四部 lori 送货', { vehicles: 4 }],
  // A two-digit year with a leading zero is a year; a year alone answers when the business began.
  ['零八年开的', { yearsInBusiness: 18 }],
  ['09年', { yearsInBusiness: 17 }],
  // Paid by the quarter.
  ['商场那边按季度给钱', { paymentCycleDays: 90 }],
  // Trades by everyday names.
  ['做宠物用品的网店', { industry: 'retail' }],
  ['我们是个装光伏的小团队', { industry: 'construction' }],
  ['开了家写真馆，拍汉服', { industry: 'personal_services' }],
];

describe('facts (rules-2.9.2)', () => {
  for (const [text, want] of facts) {
    test(`"${text}" → ${JSON.stringify(want)}`, () => {
      const got = understand(text, state()).facts;
      assert.ok(factsMatch(got, want), JSON.stringify(got));
    });
  }
  test('a counted vehicle is still one', () => {
    assert.equal(understand('我们只有一台车', state()).facts.vehicles, 1);
  });
  test('a customer-side trading word is no count: 3 trucking firms', () => {
    assert.equal(understand('3 trucking firms owe us money', state()).facts.vehicles, undefined);
  });
});

const answers: [string, ProposalKind, 'yes' | 'no' | undefined][] = [
  // The exact words, then a request to be quick or thanks: still the yes.
  ['确认提交，辛苦尽快处理', 'submit', 'yes'],
  ['confirm submit, thanks for all your help', 'submit', 'yes'],
  // Don't rush it (莫忙, 别急着) and not done yet (还没整完): a refusal.
  ['别急着提交，还没搞完', 'submit', 'no'],
  ['莫忙删', 'withdraw_consent', 'no'],
  // Hurry alone names no step: no answer.
  ['尽快', 'submit', undefined],
];

describe('confirmations (rules-2.9.2)', () => {
  for (const [text, proposal, want] of answers) {
    test(`"${text}" to ${proposal} → ${String(want)}`, () => {
      assert.equal(classifyAnswer(text, proposal), want);
    });
  }
});
