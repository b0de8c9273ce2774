import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { understand } from '@uplift/dialogue';
import { type CaseState, type MerchantFacts } from '@uplift/domain';
import { caseOpenedMidJune, factsMatch } from '../support/understanding-facts';

// Facts as merchants state them: periods (day, week, quarter, half-year, year), ranges, hedges,
// seasonal pairs, lakh/grand/w/万, counts with classifiers and owners apart, explicit zeros, past vs
// present counts, corrections, tenure from dates (since 2019, 民國, 去年), payment terms, and trades
// named by what the merchant does. Numbers match within 2%, counts exactly (docs/adr/0018).

const state = (): CaseState => caseOpenedMidJune('u2');
const close = factsMatch;

describe('understanding: facts', () => {
  const cases: [string, MerchantFacts][] = [
    ['每天流水大概六千左右', { monthlyRevenue: 180000 }],
    ['一个月二三十万吧', { monthlyRevenue: 250000 }],
    ['淡季一个月十万，旺季能到三十万', { monthlyRevenue: 200000 }],
    // 十几万 keeps its stated base for an amount (both corpora's conventions): (10万 + 25万) / 2.
    ['上半年差点，一个月十几万，下半年好点，一个月二十五万', { monthlyRevenue: 175000 }],
    ['营业额每周三万五', { monthlyRevenue: 151667 }],
    ['一季度做了一百五十万', { monthlyRevenue: 500000 }],
    ['去年全年营业额960万', { monthlyRevenue: 800000 }],
    ['月入账两百来万', { monthlyRevenue: 2000000 }],
    ['流水一个月四十万出头', { monthlyRevenue: 400000 }],
    ['一个月十万+', { monthlyRevenue: 100000 }],
    ['月流水１２０万', { monthlyRevenue: 1200000 }],
    ['一个月销售额１，２００，０００元', { monthlyRevenue: 1200000 }],
    ['we do around 8k a day', { monthlyRevenue: 240000 }],
    ['turnover is about £50k a month', { monthlyRevenue: 50000 }],
    ['takings roughly 12 grand a week', { monthlyRevenue: 52000 }],
    ['yearly sales ~ 6 million', { monthlyRevenue: 500000 }],
    ['Revenue per quarter is 900k', { monthlyRevenue: 300000 }],
    ['monthly revenue between 200k and 300k', { monthlyRevenue: 250000 }],
    ['about 300k-ish per month', { monthlyRevenue: 300000 }],
    ['we make 2.5 lakh a month', { monthlyRevenue: 250000 }],
    ['sales is about 15 lakhs monthly', { monthlyRevenue: 1500000 }],
    ['profit is maybe 50k a month', {}],
    ['一个月纯利润5万左右', {}],
    ['营业额七位数', {}],
    ['员工十几个', { employees: 15 }],
    ['店里请了二三十个人', { employees: 25 }],
    ['We have a dozen staff', { employees: 12 }],
    ['a couple of helpers', { employees: 2 }],
    ['我和老婆两个人，另外请了三个伙计', { employees: 3 }],
    ['我们有5家分店，200个会员', {}],
    ['我们有6辆货车和2辆面包车', { vehicles: 8 }],
    ['we run 12 lorries', { vehicles: 12 }],
    ['车二十台不对不对二十二台', { vehicles: 22 }],
    ['not 20, sorry, 25 trucks', { vehicles: 25 }],
    ['我们没有自己的车，都是外包', { vehicles: 0 }],
    ['餐厅能坐八十人', { seats: 80, industry: 'catering' }],
    ['店里六十个座位', { seats: 60 }],
    ['能摆十五桌，一桌坐八个人', { seats: 120 }],
    ['we have 45 covers', { seats: 45 }],
    ['since 2019', { yearsInBusiness: 7 }],
    ['去年开的店', { yearsInBusiness: 1 }],
    ['快十年了', { yearsInBusiness: 10 }],
    ['做了七八年了', { yearsInBusiness: 7 }],
    ['almost ten years now', { yearsInBusiness: 10 }],
    ['2012年成立的公司', { yearsInBusiness: 14 }],
    ['民國100年開業', { yearsInBusiness: 15 }],
    ['我哋做咗十二年', { yearsInBusiness: 12 }],
    ['客户一般季结', { paymentCycleDays: 90 }],
    ['回款要半个月', { paymentCycleDays: 15 }],
    ['一个礼拜结一次账', { paymentCycleDays: 7 }],
    ['客户两个月后才付款', { paymentCycleDays: 60 }],
    ['our customers pay within 60 days', { paymentCycleDays: 60 }],
    ['票期大概90天', { paymentCycleDays: 90 }],
    ['都是现结的', { paymentCycleDays: 0 }],
    ['customers pay instantly by QR', { paymentCycleDays: 0 }],
    ['开奶茶店的', { industry: 'catering' }],
    ['I run a mamak stall', { industry: 'catering' }],
    ['we do car repairs', { industry: 'personal_services' }],
    ['开了个宠物美容店', { industry: 'personal_services' }],
    ['我是做装修的', { industry: 'construction' }],
    ['做服装批发的', { industry: 'wholesale' }],
    ['我们是海鲜批发商', { industry: 'wholesale' }],
    ["we're a frozen food distributor", { industry: 'wholesale' }],
    ['养了三百头猪', { industry: 'agriculture' }],
    ['家里种葡萄的', { industry: 'agriculture' }],
    ['开了一家药房', { industry: 'retail' }],
    ['we sell shoes online', { industry: 'retail' }],
    ['做快递驿站的', { industry: 'logistics' }],
    ['我们是货代公司', { industry: 'logistics' }],
    ['豆腐作坊，自己做豆腐', { industry: 'manufacturing' }],
    ['we got 3 lorries and 5 blokes working for us', { vehicles: 3, employees: 5 }],
    ["turnover's about 40 grand a month", { monthlyRevenue: 40_000 }],
    ['我哋間舖頭開咗五年', { yearsInBusiness: 5 }],
    ['呢個月營業額大概三十萬', { monthlyRevenue: 300_000 }],
    ['我们是做火锅底料的工厂', { industry: 'manufacturing' }],
    ['开健身房的', { industry: 'personal_services' }],
    ['洗衣房', { industry: 'personal_services' }],
    ['我司下游客户主要为大型商超', {}],
    ['we supply vegetables to restaurants', { industry: 'wholesale' }],
    ['a bakery with 5 staff doing 90k a month', { industry: 'catering', employees: 5, monthlyRevenue: 90000 }],
    ['小超市，开了三年半，两个店员，一天卖四五千', { industry: 'retail', yearsInBusiness: 3, employees: 2, monthlyRevenue: 135000 }],
  ];
  for (const [text, facts] of cases) {
    test(`"${text}"`, () => {
      const got = understand(text, state()).facts;
      assert.ok(close(got, facts), `got ${JSON.stringify(got)}, want ${JSON.stringify(facts)}`);
    });
  }
});
