import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { understand } from '@uplift/dialogue';
import type { MerchantFacts } from '@uplift/domain';
import { caseOpenedMidJune, factsMatch } from '../support/understanding-facts';

// rules-2.8.0 (docs/adr/0018): mechanisms rather than phrases, each tested with wordings written for these tests,
// never a corpus's items: a trade lexicon by trade, the other party of a trade (payer, addressee, buyer), payment
// frequency in English, the period that scopes a clause, and the start word of a date in its own clause.

const state = () => caseOpenedMidJune('u8');

const facts: [string, MerchantFacts][] = [
  // Ready-to-eat food sold is catering, whatever the verb (卖/sell), over the retail reading of selling.
  ['在夜市卖鸡蛋仔和菠萝包', { industry: 'catering' }],
  ['we sell shawarma from a food van near the station', { industry: 'catering' }],
  ['卖烤冷面的，一天两千左右', { industry: 'catering', monthlyRevenue: 60000 }],
  // Raising animals is farming even when the animal is also a dish.
  ['在湖边养龙虾，十来亩塘', { industry: 'agriculture' }],
  ['我们养鲍鱼的', { industry: 'agriculture' }],
  // Trades by their everyday names.
  ['开了个小美甲店', { industry: 'personal_services' }],
  ['I run a small nail bar', { industry: 'personal_services' }],
  ['roofing and concreting jobs mostly', { industry: 'construction' }],
  ['做配货站的，自己没车', { industry: 'logistics', vehicles: 0 }],
  ['抖音直播带货卖护肤品', { industry: 'retail' }],
  ['we have an orchard, mostly mangoes', { industry: 'agriculture' }],
  ['小作坊做注塑件', { industry: 'manufacturing' }],
  // Selling to shops is wholesale.
  ['We sell snacks to small shops around town', { industry: 'wholesale' }],
  ['饮料都是铺货到各个小卖部', { industry: 'wholesale' }],
  // The other party: a payer after "from", plural trades after "for/to the", a trade asked of the assistant.
  ['Payment comes monthly from the general contractor', { paymentCycleDays: 30 }],
  ['60 days for the restaurants, cash for walk-ins', {}],
  ['你们也卖理财产品吗？', {}],
  ['does your app sell phone cards?', {}],
  // Payment frequency in English, but never what the merchant pays out.
  ['Settlement is every two weeks', { paymentCycleDays: 14 }],
  ['the hotels pay us quarterly', { paymentCycleDays: 90 }],
  ['We pay our staff weekly', {}],
  // A period that scopes the clause, or written onto the revenue word with "total" between.
  ['For the whole of last year we turned over about 1.2 million', { monthlyRevenue: 100000 }],
  ['last year total turnover was 3.6m', { monthlyRevenue: 300000 }],
  ['This quarter we did 450k', { monthlyRevenue: 150000 }],
  ['monthly sale around 80 thousand', { monthlyRevenue: 80000 }],
  // Tenure: a running verb before a span claims it; a start word must be in the date's own clause.
  ['拖拉机三台，种了快二十年', { industry: 'agriculture', yearsInBusiness: 20 }],
  ['前年才开', { yearsInBusiness: 2 }],
  ['刚开始没几个客人，上个月流水十二万', { monthlyRevenue: 120000 }],
];

describe('facts (rules-2.8.0)', () => {
  for (const [text, want] of facts) {
    test(`"${text}" → ${JSON.stringify(want)}`, () => {
      const got = understand(text, state()).facts;
      assert.ok(factsMatch(got, want), JSON.stringify(got));
    });
  }
});
