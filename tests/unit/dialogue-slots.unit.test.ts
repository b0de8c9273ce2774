import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractFacts, findDates, findDurations, findNumbers, understand } from '@uplift/dialogue';
import { initialCaseState, type AssistantAction, type CaseState, type MerchantFacts } from '@uplift/domain';

const NOW = '2026-03-15T08:00:00.000Z';
const facts = (text: string, pending?: AssistantAction): MerchantFacts => extractFacts(text, undefined, { pendingAsk: pending, now: NOW });
const ask = (fact: 'monthlyRevenue' | 'vehicles' | 'seats' | 'employees' | 'yearsInBusiness' | 'paymentCycleDays'): AssistantAction => ({
  kind: 'ask_fact',
  fact,
});

describe('slots: amounts, counts, dates and durations', () => {
  const cases: [string, MerchantFacts, AssistantAction?][] = [
    ['月流水大概三十来万', { monthlyRevenue: 300_000 }],
    ['20万', { monthlyRevenue: 200_000 }, ask('monthlyRevenue')],
    ['一百二十万', { monthlyRevenue: 1_200_000 }, ask('monthlyRevenue')],
    ['1.5 million', { monthlyRevenue: 1_500_000 }, ask('monthlyRevenue')],
    ['一年营业额一百二十万', { monthlyRevenue: 100_000 }],
    ['we do roughly 2.4 million a year in sales', { monthlyRevenue: 200_000 }],
    ['half a million a month in sales', { monthlyRevenue: 500_000 }],
    ['一天能卖三四千', { monthlyRevenue: 105_000 }],
    ['房租一个月2万，流水15万', { monthlyRevenue: 150_000 }],
    ['三万五', { monthlyRevenue: 35_000 }, ask('monthlyRevenue')],
    // Owning trucks does not state the trade (a builder or a wholesaler has trucks too): no industry.
    ['有五辆重卡', { vehicles: 5 }],
    ['two trucks and a van', { vehicles: 3 }],
    // rules-2.5.0: excavators are construction machines, not vehicles (the third and fourth corpora agree).
    ['3台挖机两辆渣土车', { industry: 'construction', vehicles: 2 }],
    ['店里有80个座位', { seats: 80 }],
    ['我们有十来个员工', { employees: 10 }],
    ['a team of six', { employees: 6 }],
    ['5', { vehicles: 5 }, ask('vehicles')],
    ['回款周期两个月', { paymentCycleDays: 60 }],
    ['客户一般三个多月才回款', { paymentCycleDays: 90 }],
    ['payment takes about half a year', { paymentCycleDays: 180 }],
    ['我们一般一个半月回款', { paymentCycleDays: 45 }],
    ['基本都是月结', { paymentCycleDays: 30 }],
    ['payment terms are net 45', { paymentCycleDays: 45 }],
    ['做了五年多了', { yearsInBusiness: 5 }],
    ['2019年3月开的店', { yearsInBusiness: 7 }],
    ['we opened in March 2020', { yearsInBusiness: 6 }],
    ['八年', { yearsInBusiness: 8 }, ask('yearsInBusiness')],
  ];
  for (const [text, expected, pending] of cases) {
    test(`"${text}"`, () => assert.deepEqual(facts(text, pending), expected));
  }

  test('durations and dates', () => {
    assert.equal(findDurations('三个多月')[0]?.days, 90);
    assert.equal(findDurations('half a year')[0]?.days, 180);
    assert.deepEqual(
      findDates('上个月流水25万', NOW).map((d) => [d.year, d.month]),
      [[2026, 2]],
    );
    assert.deepEqual(
      findDates('2025年3月', NOW).map((d) => [d.year, d.month]),
      [[2025, 3]],
    );
    assert.deepEqual(
      findDates('March 2025').map((d) => [d.year, d.month]),
      [[2025, 3]],
    );
  });

  test('ranges and colloquial numerals', () => {
    assert.ok(findNumbers('月流水20-30万').some((n) => n.value === 250_000 && n.approximate));
    assert.ok(findNumbers('一百五').some((n) => n.value === 150));
    assert.ok(findNumbers('a hundred grand').some((n) => n.value === 100_000));
  });
});

describe('intents', () => {
  const state = (): CaseState => ({ ...initialCaseState('c1'), status: 'collecting', currentLimit: 1, requestedLimit: 2 });
  const cases: [string, string][] = [
    ['没有这个', 'decline'],
    ["I don't have that", 'decline'],
    ['这个不方便说', 'decline'],
    ['撤回授权，删除我的资料', 'withdraw_consent'],
    ['please delete my data and withdraw consent', 'withdraw_consent'],
    ['没有了，就这些', 'done'],
    ['好了', 'done'],
    ['传好了', 'provide_info'],
    ['我的资料安全吗？', 'ask_question'],
    ['今天好累啊', 'off_topic'],
    ['我需要上传什么材料？', 'ask_what_to_upload'],
    ['找客服', 'ask_human'],
  ];
  for (const [text, intent] of cases) test(`"${text}" is ${intent}`, () => assert.equal(understand(text, state()).intent, intent));

  test('a decline names what it declines: the question on the table', () => {
    const asked: AssistantAction = { kind: 'request_evidence', evidence: { kind: 'voucher', type: 'bank_statement' } };
    assert.deepEqual(understand('没有这个', { ...state(), actions: [asked] }).declines, asked);
  });
});
