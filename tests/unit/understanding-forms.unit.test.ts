import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { understand } from '@uplift/dialogue';
import { type CaseState, type Intent, type MerchantFacts } from '@uplift/domain';
import { caseOpenedMidJune, factsMatch } from '../support/understanding-facts';

// Constructions added in rules-2.3.0 (docs/adr/0018), each with wordings written for these tests:
// amounts on a day's revenue word (日流水), orders of magnitude (过千万), a year "下来" before an
// amount, two-digit years (15年开的), decades, dozens, "N of us", staff nouns that are members,
// Latin tokens with digits (B2B), trades named as customers or as "trading since", classifiers with
// no numeral (有架车), and common English misspellings.

const state = (): CaseState => caseOpenedMidJune('u3');
const close = factsMatch;

describe('understanding: amounts, periods and dates (rules-2.3.0)', () => {
  const cases: [string, MerchantFacts][] = [
    ['日营业额差不多七千', { monthlyRevenue: 210_000 }],
    ['我们店日销量大概三千块钱', { monthlyRevenue: 90_000 }],
    ['年营业额上千万', { monthlyRevenue: 833_333 }],
    ['一年算下来也就两百万出头', { monthlyRevenue: 166_667 }],
    ['仓库一年租金八万，营业额一个月二十万', { monthlyRevenue: 200_000 }],
    ['这是前年的报表', {}],
    ['我们是一八年注册的公司', { yearsInBusiness: 8 }],
    ['店是19年开的', { yearsInBusiness: 7 }],
    ['09年开始干的', { yearsInBusiness: 17 }],
    ['民國95年開店', { yearsInBusiness: 20 }],
    ['做了两三年', { yearsInBusiness: 2 }],
    ['the shop has been going for over a decade', { yearsInBusiness: 10 }],
    ['been around for a couple of years now', { yearsInBusiness: 2 }],
    ['been trading since 2016, a few lorries', { yearsInBusiness: 10 }],
    ['peak season about 300k, off season maybe 100k', { monthlyRevenue: 200_000 }],
    ['我们做B2B的，一个月流水六十万', { monthlyRevenue: 600_000 }],
    ['给我发一份材料清单', {}],
    ['the hotels pay us every quarter', { paymentCycleDays: 90 }],
    ['夜市摆摊，一晚上卖个两千来块', { monthlyRevenue: 60_000 }],
    // Owning vehicles states no trade (the corpora's convention), in a fleet as well.
    ['we run a fleet of 9 vans', { vehicles: 9 }],
    ['six lorries used for haulage purposes', { vehicles: 6, industry: 'logistics' }],
    ['our cafe clients pay weekly', { paymentCycleDays: 7 }],
  ];
  for (const [text, facts] of cases) {
    test(`"${text}"`, () => {
      const got = understand(text, state()).facts;
      assert.ok(close(got, facts), `got ${JSON.stringify(got)}, want ${JSON.stringify(facts)}`);
    });
  }
});

describe('understanding: counts (rules-2.3.0)', () => {
  const cases: [string, MerchantFacts][] = [
    ['瑜伽馆，学员两百多，老师四个', { industry: 'personal_services', employees: 4 }],
    ['車隊有部貨櫃車同埋三架細van', { vehicles: 4 }],
    ['there are nine of us in the shop', { employees: 9 }],
    ['we hire two dozen seasonal pickers', { employees: 24 }],
    ['headcount is around thirty', { employees: 30 }],
    ['a small renovation firm, 6 guys and 2 vans', { employees: 6, vehicles: 2 }],
    ['we hve two resturants, fourty seats each', { industry: 'catering' }],
    ['a small cafe, 5 tables of 4', { seats: 20 }],
    ['our firm builds kitchen cabinets, 18 workers', { industry: 'manufacturing', employees: 18 }],
  ];
  for (const [text, facts] of cases) {
    test(`"${text}"`, () => {
      const got = understand(text, state()).facts;
      for (const [key, value] of Object.entries(facts))
        assert.deepEqual((got as Record<string, unknown>)[key], value, `${key} in ${JSON.stringify(got)}`);
    });
  }
});

describe('understanding: speech acts (rules-2.3.0)', () => {
  const cases: [string, Intent][] = [
    // Alternative and A-not-A questions without a question mark.
    ['额度是系统定的还是人定的', 'ask_question'],
    ['放款是按月还是一次性的', 'ask_question'],
    ['你们审得快不快', 'ask_question'],
    ['照片拍好了，你看下糊不糊', 'provide_info'],
    // Polite requests with a tag are requests.
    ['侬帮我送审好伐', 'done'],
    ['麻烦帮我提交一下好吗', 'done'],
    ['东西都发给你们了', 'done'],
    ['please go ahead with the review, all the files are in', 'done'],
    ['ok submit already', 'done'],
    // Which documents, in more forms.
    ['发票要盖章的还是复印件就行', 'ask_what_to_upload'],
    ['要交水电单吗', 'ask_what_to_upload'],
    ['对账单要几个月', 'ask_what_to_upload'],
    ['营业执照过期了用别的行吗', 'ask_what_to_upload'],
    ['到底要交个什么嘛', 'ask_what_to_upload'],
    ['is a tenancy agreement acceptable as proof', 'ask_what_to_upload'],
    ['does the licence have to be certified', 'ask_what_to_upload'],
    ['can I send a photo of the invoice instead', 'ask_what_to_upload'],
    ['please share the checklist of documents needed', 'ask_what_to_upload'],
    ['do you also need the road tax papers?', 'ask_what_to_upload'],
    // A human, asked for in other words.
    ['这个机器人不行，换个人来', 'ask_human'],
    ['可不可以叫个客服打给我', 'ask_human'],
    ["i don't want to chat with a bot", 'ask_human'],
    // Declines.
    ['房子是亲戚的，租房的单子我没有', 'decline'],
    ['the customer list is confidential', 'decline'],
    ["we don't have audited financials", 'decline'],
    // Off topic, even with vague money or bank words.
    ['零钱怎么转到银行卡', 'off_topic'],
    ['兄弟你是哪儿人', 'off_topic'],
    ['今晚的球谁会赢', 'off_topic'],
    ['can you recommend a good lawyer in penang', 'off_topic'],
    ['老铁', 'greeting'],
    ['早晨呀', 'greeting'],
    ['安安～', 'greeting'],
    ['琴日食咩', 'off_topic'],
    ['我想了解下审批进度', 'ask_question'],
    ['need to check on my request status', 'ask_question'],
    ['r u a real person', 'ask_question'],
    ['我那个申请审下来没有', 'ask_question'],
    // Conditions before an irreversible word are not wishes.
    ['你们要是乱用我的数据，我就撤回授权', 'provide_info'],
    ['submit it only after I send the lease', 'provide_info'],
    ['hmm does withdrawing erase my photos', 'ask_question'],
  ];
  for (const [text, intent] of cases) {
    test(`"${text}" → ${intent}`, () => {
      assert.equal(understand(text, state()).intent, intent);
    });
  }
});
