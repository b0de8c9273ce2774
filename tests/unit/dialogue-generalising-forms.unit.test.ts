import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { classifyAnswer, understand } from '@uplift/dialogue';
import type { Intent, MerchantFacts, ProposalKind } from '@uplift/domain';
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
  ['村里办酒席都找我们', { industry: 'catering' }],
  ['我们家酿米酒', { industry: 'manufacturing' }],
  ['we do aircon repair and cleaning', { industry: 'personal_services' }],
  ['我是渔民，开船出海捕鱼', { industry: 'agriculture' }],
  ['we transport goods for the factories nearby', { industry: 'logistics' }],
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
  // Counts: a present figure restates the count; the owners' own number is no count; more vehicle and staff nouns.
  ['车原来八台，卖了两台，现在六台', { vehicles: 6 }],
  ["We had 4 vans at first, now it's seven", { vehicles: 7 }],
  ['咱俩开的，另外请了五个人帮忙', { employees: 5 }],
  ['I drive one of our 6 taxis', { vehicles: 6 }],
  ['理发店，四个小哥哥剪头', { industry: 'personal_services', employees: 4 }],
  ['the cafe can seat 40 people', { industry: 'catering', seats: 40 }],
  // Fleets outside the trades; vehicles for deliveries with no other trade; a typo corrected; paid on the spot.
  ['开出租车的，公司名下十二台的士', { vehicles: 12 }],
  ['we keep 4 vans for deliveries', { industry: 'logistics', vehicles: 4 }],
  ['Our bakery runs 2 vans for deliveries', { industry: 'catering', vehicles: 2 }],
  ['Turnover 85k... typo, 58k a month', { monthlyRevenue: 58000 }],
  ['客人都是当场付钱', { paymentCycleDays: 0 }],
  // English number words with a scale after them, in a range typed inside Chinese.
  ['每个月大概forty到fifty k', { monthlyRevenue: 45000 }],
  ['ninety k a month', { monthlyRevenue: 90000 }],
  // Takings per occasion times occasions a period; without the count the figure is read as before.
  ['周末摆摊，每场三千左右，一个月八场', { monthlyRevenue: 24000 }],
  ['we do 3 markets a week, about 1.5k per market', { monthlyRevenue: 19500 }],
  ['一次进货三万，一个月进三次', {}],
  // A year's figure with the revenue word between the year and the amount is no tenure.
  ['一年下来流水差不多两百四十万', { monthlyRevenue: 200000 }],
  // A little over a round figure (廿外, 挂零) takes the base; 号头 is a month; payment at the end of every month.
  ['一个月卅外万', { monthlyRevenue: 300000 }],
  ['月流水五十挂零万', { monthlyRevenue: 500000 }],
  ['三个号头结一趟', { paymentCycleDays: 90 }],
  ['the shops pay at the end of each month', { paymentCycleDays: 30 }],
  // Goods by weight and figures in another currency are not revenue; the renminbi figure wins.
  ['一季收二十万斤柑橘', {}],
  ['一个月大概八万新币', {}],
  ['一个月四十万港币，折合人民币三十六万', { monthlyRevenue: 360000 }],
  // Two weeks, and a weekend said as a unit (每个周末) is a week's takings; a weekend day still needs its weekdays.
  ['两个礼拜能做六万', { monthlyRevenue: 130000 }],
  ['invoices go out fortnightly, roughly 30k each', { monthlyRevenue: 65000, paymentCycleDays: 14 }],
  ['每个周末摆摊能挣一万', { monthlyRevenue: 43333 }],
  ['周末一天八千', {}],
  // Units a period times the price of one.
  ['一天能卖一百五十笼，一笼二十块', { monthlyRevenue: 90000 }],
  ['一个月发七八车货，一车三万', { monthlyRevenue: 225000 }],
  // Workplaces as heads of staff counts, but not of things.
  ['后厨五个，楼面四个', { industry: 'catering', employees: 9 }],
  ['车间有三台机器', { industry: 'manufacturing' }],
  // The merchant's own average wins over the seasonal figures it averages; a figure per vehicle counts no vehicles.
  ['旺季一个月四十万，淡季十来万，平均下来一个月二十二万', { monthlyRevenue: 220000 }],
  ['行驶证有六本，一车一本', {}],
  // A message that is only a head count is the staff; people who came are not; counts joined by "and" add up.
  ['店里有九个人吧', { employees: 9 }],
  ['we are 7 people in total', { employees: 7 }],
  ['昨天来了三十个人', {}],
  ['eight peoples working in the shop', { employees: 8 }],
  ['4 cooks and 3 waiters', { industry: 'catering', employees: 7 }],
  ['十个员工，其中厨师三个', { industry: 'catering', employees: 10 }],
  // Chairs seat diners, except at a barber's or salon.
  ['restaurant small, 16 chair only', { industry: 'catering', seats: 16 }],
  ['hair salon with 4 chairs', { industry: 'personal_services' }],
  // Learner English "is running since" states, it does not ask.
  ['Shop is running since 2016', { yearsInBusiness: 10 }],
  // Voice-typed 月节 (not the 五月节 festival), Minnan N冬, 半年一结, the owner counted in with 加我.
  ['跟超市是月节的', { paymentCycleDays: 30 }],
  ['端午五月节放三天假', {}],
  ['做了二十冬', { yearsInBusiness: 20 }],
  ['货款半年一结', { paymentCycleDays: 180 }],
  ['加上我一共七个人', { employees: 6 }],
  // A hedged amount before "a year" is no tenure; station hands; N-seater; a financial year; a lorry business.
  ['sales roughly 600k-ish a year', { monthlyRevenue: 50000 }],
  ['5 jackaroos on the station', { employees: 5 }],
  ['cafe, 30 seater', { industry: 'catering', seats: 30 }],
  ['revenue for the last financial year: 2.4 million', { monthlyRevenue: 200000 }],
  ['small truck business, 4 trucks', { industry: 'logistics', vehicles: 4 }],
  // A trailing 一 before a period belongs to the period after a colloquial 万五 / 千二, not to the figure.
  ['八万五一个月', { monthlyRevenue: 85000 }],
  ['两千二一天', { monthlyRevenue: 66000 }],
  ['二十一个员工', { employees: 21 }],
];

describe('facts (rules-2.8.0)', () => {
  for (const [text, want] of facts) {
    test(`"${text}" → ${JSON.stringify(want)}`, () => {
      const got = understand(text, state()).facts;
      assert.ok(factsMatch(got, want), JSON.stringify(got));
    });
  }
});

const intents: [string, Intent][] = [
  // Question scope by structure: deictic 这几天/前几天 and 没得多少 ask nothing; 怎么…都 is concessive.
  ['前几天进了一批货，店里没什么人', 'provide_info'],
  ['面馆嘛，请了四个人，怎么弄都忙不赢', 'provide_info'],
  ['一天也就卖个千把块，冇得几多', 'provide_info'],
  ['这几天能批下来吗', 'ask_question'],
  // Off topic: traffic, insurance or investment products, payment-code names, linking cards.
  ['这几天路上堵车堵死了', 'off_topic'],
  ['你们这里能买保险吗？', 'off_topic'],
  ['收款码的名字怎么改？', 'off_topic'],
  ['how can I link a new bank card?', 'off_topic'],
  // Greetings of other faiths and places.
  ['Salam alaikum', 'greeting'],
  ['Magandang umaga po', 'greeting'],
  ["G'day mate", 'greeting'],
  // Which documents, in learner order, with a modifier before the document, a choice after "or", a checklist.
  ['which document we need to give?', 'ask_what_to_upload'],
  ['Is the police clearance needed?', 'ask_what_to_upload'],
  ['Do I photograph the shop or only the permit?', 'ask_what_to_upload'],
  ['anything remaining on the checklist?', 'ask_what_to_upload'],
  // Refusals with the document before the verb, or "no X yet".
  ['不想把房产证拿给你们', 'decline'],
  ["no driver's licence yet, sorry", 'decline'],
  // Finishing as it is; withdrawing across an emoji, or with a regional prohibition.
  ['没别的了，那就这么提交', 'done'],
  ['不弄了😤 资料全删掉', 'withdraw_consent'],
  ['不申请了，资料你们莫存着', 'withdraw_consent'],
  // Nigerian Pidgin wetin/una/"make I", Hokkien 毋通, Hubei 搞么事, "I have finished", Australian "chuck it in".
  ['How far, una well done', 'greeting'],
  ['Wetin una want make I upload?', 'ask_what_to_upload'],
  ['搞么事还要营业执照啊？', 'ask_question'],
  ['毋通再留阮的照片，拢删掉', 'withdraw_consent'],
  ['We have finished uploading, you can check it', 'done'],
  ['righto, chuck it in', 'done'],
  ['行了，帮我看看最终能批多少', 'done'],
  // A person asked to come or call; paying household bills is app support; festival greetings; more refusals.
  ['Could one of your officers visit our warehouse?', 'ask_human'],
  ['能帮我交个电费吗', 'off_topic'],
  ['how do I pay my water bill here?', 'off_topic'],
  ['祝你们中秋快乐', 'greeting'],
  ['Eid Mubarak to the team', 'greeting'],
  ['合伙人不给看账本', 'decline'],
  ['完税证明我搞不来', 'decline'],
  ['wala pa kaming lease', 'decline'],
  ['水电费单子要传吗', 'ask_what_to_upload'],
];

describe('intents (rules-2.8.0)', () => {
  for (const [text, intent] of intents) {
    test(`"${text}" → ${intent}`, () => assert.equal(understand(text, state()).intent, intent));
  }
});

// Every new finishing or withdrawal form, negated, questioned, conditional or reported, never acts.
describe('twins of the new irreversible forms never act (rules-2.8.0)', () => {
  const twins = [
    '就这样提交吗？',
    '要是齐了就这样提交',
    '我表哥说就这么交',
    '先别就这样提交，还差流水',
    '资料莫删，我还要用',
    '资料你们莫删吗？',
    '要是不弄了😤 资料会删掉吗',
    '我老婆说资料莫存着',
    '毋通删阮的资料',
    'I have finished the first part, more coming',
    'if I don finish, I go tell you',
    "don't chuck it in yet",
    '帮我看看最终能批多少？',
  ];
  for (const text of twins) {
    test(`"${text}" is neither withdrawal nor done`, () => {
      const { intent } = understand(text, state());
      assert.ok(intent !== 'withdraw_consent' && intent !== 'done', intent);
    });
  }
});

// Confirmations: words of address and an emphatic "o" at either end of a clause carry nothing; "no <verb>" refuses.
// The engine's named mode still needs the step named by more than the bare order.
describe('confirmations (rules-2.8.0)', () => {
  const cases: [ProposalKind, string, 'plain' | 'named', 'yes' | 'no' | undefined][] = [
    ['withdraw_consent', 'Confirm withdraw madam', 'named', 'yes'],
    ['submit', 'Yes o, submit am', 'named', 'yes'],
    ['submit', 'ok boss, go ahead', 'plain', 'yes'],
    ['submit', 'no submit yet, sorry', 'plain', 'no'],
    ['withdraw_consent', 'no withdraw o', 'named', 'no'],
    ['submit', 'sir, not now', 'named', 'no'],
    // Never a yes: the bare order with an address word, a deferral to someone else, an address word alone.
    ['submit', 'submit o', 'named', undefined],
    ['withdraw_consent', 'withdraw it sir', 'named', undefined],
    ['submit', 'Make I ask my oga first', 'plain', undefined],
    ['withdraw_consent', 'sir', 'plain', undefined],
    ['submit', 'yes o', 'named', undefined],
    // Regional affirmatives and refusals: 是咯, Tagalog sige/na and hindi, "today cannot", righto, "send it through".
    ['withdraw_consent', '是咯，删掉', 'plain', 'yes'],
    ['submit', 'Sige, submit na', 'plain', 'yes'],
    ['submit', 'righto, send it in', 'plain', 'yes'],
    ['submit', 'hindi pa, kulang pa', 'plain', 'no'],
    ['submit', 'now cannot, next week I decide', 'plain', 'no'],
    ['submit', 'send it through', 'named', undefined],
    ['submit', 'sige', 'named', undefined],
    ['submit', 'sige, pero later na lang', 'plain', undefined],
    ['withdraw_consent', '是咯', 'named', undefined],
  ];
  for (const [proposal, text, mode, answer] of cases) {
    test(`${proposal} (${mode}): "${text}" → ${answer ?? 'no answer'}`, () => assert.equal(classifyAnswer(text, proposal, mode), answer));
  }
});
