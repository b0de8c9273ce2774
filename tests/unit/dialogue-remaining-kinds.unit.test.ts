import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { classifyAnswer, understand } from '@uplift/dialogue';
import type { Intent, MerchantFacts, ProposalKind } from '@uplift/domain';
import { caseOpenedMidJune, factsMatch } from '../support/understanding-facts';

// rules-2.9.1 (docs/adr/0018): kinds the earlier rounds left open, each with wordings written for these tests.

const state = () => caseOpenedMidJune('u10');

const facts: [string, MerchantFacts][] = [
  // Hedged tens of years keep the stated tens, as "twenty-odd years" does; a lone 十几 stays 15.
  ['店开了三十几年了', { yearsInBusiness: 30 }],
  ['这门手艺做了廿几年', { yearsInBusiness: 20 }],
  ['开了十几年', { yearsInBusiness: 15 }],
  // Decades and halves in English.
  ['we have been going for a decade and a half', { yearsInBusiness: 15 }],
  ['the shop opened four decades ago', { yearsInBusiness: 40 }],
  ['been running the stall for six and a half years', { yearsInBusiness: 6 }],
  // Terms split between two kinds of customer state no single cycle.
  ['客户一半现金结，一半月结', {}],
  ['half of them pay cash, half monthly', {}],
  ['有的现结有的压两个月', {}],
  // Paid once every so many days (三十天付一次), cash on the spot.
  ['超市那边六十天付一次', { paymentCycleDays: 60 }],
  ['walk-in buyers pay cash on the spot', { paymentCycleDays: 0 }],
  // Staff just hired, then the count restated: the restated count.
  ['工人二十个，噢不对，这礼拜新招了三个，二十三个', { employees: 23 }],
  ['we have 9 staff, sorry, just hired another two, so 11 now', { employees: 11 }],
  // Staff just hired with no count restated: they join the count.
  ['员工六个，前两天又招了一个', { employees: 7 }],
  ['刚请了两个帮厨', { industry: 'catering', employees: 2 }],
  // A bare head count restated with the owner counted in.
  ['就五个，算上我六个', { employees: 5 }],
  ['seven, eight counting me', { employees: 7 }],
  // An owner counted in another clause does not come off the staff count.
  ['师傅四个，加上我和老婆六个', { employees: 4 }],
  ['a staff strength of 22', { employees: 22 }],
  // More staff and vehicle nouns; "N of them" after a count is inside it; a total with the owner counted in.
  ['our staff complement is 9', { employees: 9 }],
  ['two conductors and four loaders', { employees: 6 }],
  ['we run six matatus', { vehicles: 6 }],
  ['I have 3 boda bodas and 2 tuk-tuks', { vehicles: 5 }],
  ['we have 10 lorries, 3 of them still on loan', { vehicles: 10 }],
  ['we are seven altogether including myself', { employees: 6 }],
  // Kitchen and floor staff, or diners paying after the meal, name an eatery.
  ['two chefs and four waitresses', { industry: 'catering', employees: 6 }],
  ['大厨两个，帮厨三个', { industry: 'catering', employees: 5 }],
  ['kitchen 6 and front 4', { industry: 'catering' }],
  ['our chef has been with us for years', { industry: 'catering' }],
  ['食客吃完了再扫码', { industry: 'catering' }],
  ['diners pay after their meal', { industry: 'catering' }],
  // A trade that pays the merchant later is the customer.
  ['那几家宾馆都是季度末才付款给我们', {}],
  ['超市一般四十五天才打款给我', { paymentCycleDays: 45 }],
  // The workplace a person is asked to visit, or a trade naming a document asked about, is no stated trade.
  ['你们能不能派个人来我厂里瞧瞧', {}],
  ['有没有信贷员可以过来看看我们的农场', {}],
  ['could someone come by the bakery this week?', {}],
  ['洗车店的营业执照要不要拍正反面', {}],
  // Seasons of the year pair up like 旺季/淡季 and are averaged; 夏天 is no day.
  ['冬天一个月二十五万，夏天也就十五万', { monthlyRevenue: 200000 }],
  ['in winter about 90k a month, summer 50k', { monthlyRevenue: 70000 }],
  ['雨季一个月三万，旱季七万', { monthlyRevenue: 50000 }],
  // Good and bad trade pair up like seasons.
  ['生意好一个月六十万，不好三十万', { monthlyRevenue: 450000 }],
  ['in a busy month 80k, in a slow month 40k', { monthlyRevenue: 60000 }],
  ['月流水十万，不好说准不准', { monthlyRevenue: 100000 }],
  // A money word after a figure's clause is the next figure's: 净 (net) is the second figure, the gross one is revenue.
  ['毛收入一个月三十万，净的八万左右', { monthlyRevenue: 300000 }],
  // A part of a figure that is loans, shareholders' money or collections for others comes off it.
  ['上个月到账六十万，里面有十万是借的', { monthlyRevenue: 500000 }],
  ['这个月进账120万，其中30万是股东打进来的', { monthlyRevenue: 900000 }],
  ['about 600k came in last month, of which 150k was a loan', { monthlyRevenue: 450000 }],
  ['一个月流水五十万，包括代收的货款二十万', { monthlyRevenue: 300000 }],
  // A part that is takings stays in.
  ['一个月流水五十万，其中外卖二十万', { monthlyRevenue: 500000 }],
  // Stated, not asked: the trade stays.
  ['我们的饭店开在学校旁边', { industry: 'catering' }],
];

describe('facts (rules-2.9.1)', () => {
  for (const [text, want] of facts) {
    test(`"${text}" → ${JSON.stringify(want)}`, () => {
      const got = understand(text, state()).facts;
      assert.ok(factsMatch(got, want), JSON.stringify(got));
    });
  }
});

const intents: [string, Intent][] = [
  // Someone asked to come to the business is a person asked for.
  ['Could one of your officers drop by the farm next week?', 'ask_human'],
  ['can someone come and see my workshop', 'ask_human'],
  ['后天能不能派人来店里看一下', 'ask_human'],
  // An offer closing a statement of facts hands the turn back; alone, it still asks which documents.
  ['We do tyres and exhausts, 5 mechanics, anyway let me know what else you need', 'provide_info'],
  ['粮油店开了六年，请了三个人，还要什么资料直接跟我说', 'provide_info'],
  ['两台冷藏车，有什么需要的再找我', 'provide_info'],
  ['12 vans and 15 drivers, if you need anything else just let me know', 'provide_info'],
  ['what else do you need from me?', 'ask_what_to_upload'],
  // Hakka 脉个 (what) and 爱 (want to) before a verb of sending; Malay/Indonesian thanks.
  ['你爱拍脉个照片', 'ask_what_to_upload'],
  ['makasih ya', 'greeting'],
  // Money paid over to the merchant is no call asked for.
  ['客户都是月底把钱打给我们', 'provide_info'],
];

describe('intents (rules-2.9.1)', () => {
  for (const [text, intent] of intents) {
    test(`"${text}" → ${intent}`, () => assert.equal(understand(text, state()).intent, intent));
  }
});

describe('confirmations (rules-2.9.1)', () => {
  const cases: [ProposalKind, string, 'named' | 'plain', 'yes' | 'no' | undefined][] = [
    // Someone else's agreement after the merchant's own yes changes nothing; alone it is the other person's answer.
    ['withdraw_consent', '确认，我老婆也同意撤回', 'plain', 'yes'],
    ['submit', 'yes, my partner agrees too', 'plain', 'yes'],
    ['withdraw_consent', '我老婆也同意撤回', 'plain', undefined],
    ['submit', 'my partner agrees', 'plain', undefined],
    ['withdraw_consent', '确定，我哥不同意', 'plain', undefined],
    // "Keep nothing" after a yes to a withdrawal agrees; alone, or after a submission, it is no answer.
    ['withdraw_consent', '确定撤回，不用留', 'named', 'yes'],
    ['withdraw_consent', '不用留', 'plain', undefined],
    ['submit', '确认提交，不用留', 'plain', undefined],
  ];
  for (const [proposal, text, mode, answer] of cases) {
    test(`${proposal} (${mode}): "${text}" → ${answer ?? 'no answer'}`, () => assert.equal(classifyAnswer(text, proposal, mode), answer));
  }
});
