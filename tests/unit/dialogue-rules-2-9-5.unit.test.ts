import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { classifyAnswer, understand } from '@uplift/dialogue';
import type { Intent, MerchantFacts, ProposalKind } from '@uplift/domain';
import { caseOpenedMidJune, factsMatch } from '../support/understanding-facts';

// rules-2.9.5 (docs/adr/0018): kinds found on the tenth corpus's dev half, each with wordings written for these tests.

const state = () => caseOpenedMidJune('u14');

const facts: [string, MerchantFacts][] = [
  // Vehicle adjectives; a vehicle left out of the count; sewing machinists are no vehicles; people led; nobody hired.
  ['we run three diesel lorries', { vehicles: 3 }],
  ['两台冷藏车，另外一台轿车是我老婆开的不算', { vehicles: 2 }],
  ['二十个车工', { employees: 20 }],
  ['带着六个人做水电', { employees: 6 }],
  ['家庭农场，不请人', { industry: 'agriculture', employees: 0 }],
  ['车没有，都是租的', { vehicles: 0 }],
  // Rooms times people per room; tables of stated sizes added up.
  ['六个包厢，每个包厢坐十个人', { seats: 60 }],
  ['three private rooms, each room seats ten', { seats: 30 }],
  ['三张八人桌，一张十二人的大圆桌', { seats: 36 }],
  ['五十个位置', { seats: 50 }],
  // A fraction counts nothing; a weekday/weekend split in other words.
  ['一年一百二十万，四分之一是网上卖的', { monthlyRevenue: 100_000 }],
  ['平常一天两千，礼拜六礼拜天四千', { monthlyRevenue: 77_143 }],
  // Payment: cash when the goods are taken, Cantonese 找数, 才结, "net sixty".
  ['客人来提货都是现金', { paymentCycleDays: 0 }],
  ['三十日先找数', { paymentCycleDays: 30 }],
  ['货款要三个月才结', { paymentCycleDays: 90 }],
  ['terms are net sixty', { paymentCycleDays: 60 }],
  // Years by events, by a child's age or a wedding anniversary; 办的, 开档, 入的行; a year set after a comma.
  ['非典那年开的', { yearsInBusiness: 23 }],
  ['澳门回归那年开的店', { yearsInBusiness: 27 }],
  ['开店那年我儿子出生，现在他十一岁', { yearsInBusiness: 11 }],
  ["we opened the year my daughter was born, she's 6 now", { yearsInBusiness: 6 }],
  ['厂是05年自己办的', { industry: 'manufacturing', yearsInBusiness: 21 }],
  ['零八年开档', { yearsInBusiness: 18 }],
  ['10年入的行', { yearsInBusiness: 16 }],
  ['started after I left the army, 2012', { yearsInBusiness: 14 }],
  // Trades: a small restaurant, a gold shop, a route, site work; a trade naming a document or the customer's orders is none.
  ['苍蝇馆子一个', { industry: 'catering' }],
  ['开了个金店', { industry: 'retail' }],
  ['两台车专跑成都重庆这条线', { industry: 'logistics', vehicles: 2 }],
  ['two utes for the site work', { industry: 'construction', vehicles: 2 }],
  ["I'll send the freight invoices tomorrow", {}],
  ['接的都是超市的单', {}],
  // A question quoted and answered below it.
  ['> How many staff do you have? 14, plus two casuals', { employees: 14 }],
];

describe('facts (rules-2.9.5)', () => {
  for (const [text, want] of facts) {
    test(`"${text}" → ${JSON.stringify(want)}`, () => {
      const got = understand(text, state()).facts;
      assert.ok(factsMatch(got, want), JSON.stringify(got));
    });
  }
});

const intents: [string, Intent][] = [
  ['嘎哈呢', 'greeting'],
  ['美金换人民币哪里划算', 'off_topic'],
  ['any good noodle place near the station?', 'off_topic'],
  ['越南文的发票能当凭证不？', 'ask_what_to_upload'],
  ['For the owner: the application is complete, please proceed to the assessment', 'done'],
  ['Ten years? No, we opened in 2014, so twelve', 'provide_info'],
  ['Invoices attached. Regards, Amy. This email and any attachments are confidential.', 'provide_info'],
  // Never an irreversible step: a wish in another life, a question after "please".
  ["In another life I'd have deleted the lot, carry on", 'provide_info'],
  ['Please where do I press to withdraw, just asking', 'ask_question'],
];

describe('intents (rules-2.9.5)', () => {
  for (const [text, want] of intents) {
    test(`"${text}" → ${want}`, () => {
      assert.equal(understand(text, state()).intent, want);
    });
  }
});

const answers: [string, ProposalKind, 'yes' | 'no' | undefined][] = [
  ['撤吧，删了拉倒', 'withdraw_consent', 'yes'],
  ['Ja, confirm submit', 'submit', 'yes'],
  ['确认提交……唔，还无传完', 'submit', 'no'],
  ['Confirm withdraw... no madam, not today', 'withdraw_consent', 'no'],
  ['确认提交（我是他儿子，我爸在旁边同意了）', 'submit', 'yes'],
];

describe('confirmations (rules-2.9.5)', () => {
  for (const [text, proposal, want] of answers) {
    test(`"${text}" to ${proposal} → ${String(want)}`, () => {
      assert.equal(classifyAnswer(text, proposal), want);
    });
  }
});
