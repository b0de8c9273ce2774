import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { classifyAnswer, understand } from '@uplift/dialogue';
import type { Intent, MerchantFacts } from '@uplift/domain';
import { caseOpenedMidJune, factsMatch } from '../support/understanding-facts';

// rules-2.9.4 (docs/adr/0018): kinds found on the ninth corpus's dev half, each with wordings written for these tests.

const state = () => caseOpenedMidJune('u13');

const facts: [string, MerchantFacts][] = [
  // 个 before a vehicle noun; shifts count no one; a role counted after 就; staff hired beside seats.
  ['我们有五个货车', { vehicles: 5 }],
  ['车间三十个工人，三班倒', { industry: 'manufacturing', employees: 30 }],
  ['美发店，理发师就三个', { industry: 'personal_services', employees: 3 }],
  ['店里有三十个座位，请了四个人', { seats: 30, employees: 4 }],
  ['八张桌子都是六人桌', { seats: 48 }],
  ['one packer and two drivers', { employees: 3 }],
  // A currency other than the renminbi, distances and recipes are no revenue or tenure.
  ['一个月大概二十万越南盾', {}],
  ['一个月跑八千多公里', {}],
  ['这道菜是五十多年的老配方', {}],
  // An amount over a year converted to renminbi is no payment cycle; goods moved per month neither.
  ['一年折合人民币一百二十万', { monthlyRevenue: 100_000 }],
  ['一个月走货三十吨左右，货款二十万', { monthlyRevenue: 200_000 }],
  // Site payments; fixed staff.
  ['做装修的，固定八个人，工程款一般三个月', { industry: 'construction', employees: 8, paymentCycleDays: 90 }],
  // Corrections: "wait no" with a year; a payment cycle said wrongly before.
  ['We started in 2009, wait no, 2011', { yearsInBusiness: 15 }],
  ['回款我说两个月是乱说的，其实是一个月', { paymentCycleDays: 30 }],
  ['12 staff, sorry, 10', { employees: 10 }],
  // A payment cycle alone.
  ['60 days normally', { paymentCycleDays: 60 }],
  ['weekly', { paymentCycleDays: 7 }],
  // Trades: body shops, Australian sparkies, social-commerce shops, a signature dish.
  ['panel beater, 3 guys', { industry: 'personal_services', employees: 3 }],
  ['two sparkies and an apprentice', { industry: 'construction' }],
  ['在抖音小店卖茶叶', { industry: 'retail' }],
  ['我们店招牌菜是红油抄手', { industry: 'catering' }],
];

describe('facts (rules-2.9.4)', () => {
  for (const [text, want] of facts) {
    test(`"${text}" → ${JSON.stringify(want)}`, () => {
      const got = understand(text, state()).facts;
      assert.ok(factsMatch(got, want), JSON.stringify(got));
    });
  }
});

const intents: [string, Intent][] = [
  // A person asked for in bare words.
  ['agent pls 🙏', 'ask_human'],
  ['REAL PERSON. NOW.', 'ask_human'],
  ['the agent told me to upload it', 'provide_info'],
  // Whether a document will do, asked.
  ['Can I upload my Lazada sales report as proof of income?', 'ask_what_to_upload'],
  ['Is a screenshot of my bank app ok?', 'ask_what_to_upload'],
  ['香港的商业登记证你们认不认？', 'ask_what_to_upload'],
  // Why, in Hunan words; a job sought from the assistant's company; "not keen on" refuses.
  ['做么子要我的身份证？', 'ask_question'],
  ['你们公司招人吗，我想来上班', 'off_topic'],
  ['Not keen on sharing my tax returns', 'decline'],
  // Waiting for someone first states nothing done.
  ['等我女儿下班帮我整好了 再提交', 'provide_info'],
];

describe('intents (rules-2.9.4)', () => {
  for (const [text, want] of intents) {
    test(`"${text}" → ${want}`, () => {
      assert.equal(understand(text, state()).intent, want);
    });
  }
  test('"删干净" agrees to a withdrawal', () => {
    assert.equal(classifyAnswer('好，删干净', 'withdraw_consent'), 'yes');
  });
});
