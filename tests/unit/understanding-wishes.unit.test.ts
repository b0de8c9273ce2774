import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { understand } from '@uplift/dialogue';
import { initialCaseState, type CaseState, type Intent, type MerchantFacts } from '@uplift/domain';

// rules-2.3.0 (docs/adr/0018): more ways to give up, to be finished, to ask for a visit or one's own
// relationship manager, and facts in forms the earlier rules missed. Every wish has a negated,
// questioned, conditional or reported twin that must not act. Wordings written for these tests.

const state = (): CaseState => ({ ...initialCaseState('u4'), openedAt: '2026-06-15T00:00:00.000Z', updatedAt: '2026-06-15T00:00:00.000Z' });

describe('understanding: wishes in other words (rules-2.3.0)', () => {
  const cases: [string, Intent][] = [
    ['把这次的申请撤了吧', 'withdraw_consent'],
    ['这个申请帮我注销掉', 'withdraw_consent'],
    ['不想再继续了，传的东西你们处理掉', 'withdraw_consent'],
    ['以后都别再用我店里的数据', 'withdraw_consent'],
    ['唔想搞喇，撤咗佢吧', 'withdraw_consent'],
    ['we no longer need the limit increase', 'withdraw_consent'],
    ["sorry, I've changed my mind, never mind", 'withdraw_consent'],
    ['能交的都交了', 'done'],
    ['没什么需要补的了', 'done'],
    ['资料就这些，可以出结果了', 'done'],
    ['你们的客户经理能不能来店里一趟', 'ask_human'],
    ['could I talk to our relationship manager', 'ask_human'],
    ['哪几个月的对账单', 'ask_what_to_upload'],
    ["which years' tax returns do you want", 'ask_what_to_upload'],
    ['都是收现金的，没有转账记录', 'decline'],
    ['亲，在呢', 'greeting'],
    ['这额度我不想要了', 'withdraw_consent'],
    ['授权帮我撤销掉', 'withdraw_consent'],
    ['we want out, sorry', 'withdraw_consent'],
    ['kindly take all my business records off your servers', 'withdraw_consent'],
    ['we do not wish to proceed any further', 'withdraw_consent'],
    ["I've uploaded everything you asked for", 'done'],
    ['everything has been sent', 'done'],
    ['Kindly stop here, we are pulling out', 'withdraw_consent'],
    ['sir what all papers will be needed', 'ask_what_to_upload'],
    ["we won't be able to share the audited statements", 'decline'],
    ['麻煩安排專人跟我聯絡', 'ask_human'],
    ['your supervisor pls', 'ask_human'],
    ['我们区域经理叫我来办的', 'provide_info'],
    ['our floor manager will send the receipts', 'provide_info'],
    ['we have no proper ledgers, sorry', 'decline'],
    ['租约都是口头说的', 'decline'],
    ["we don't have a signed tenancy", 'decline'],
    ['should it be the past six months?', 'ask_what_to_upload'],
    ['screenshots of the app good enough?', 'ask_what_to_upload'],
    ['need my passport too?', 'ask_what_to_upload'],
    ['能不能用照片代替原件', 'ask_what_to_upload'],
    ['可不可以传电子发票', 'ask_what_to_upload'],
    ['最近金价又涨了', 'off_topic'],
    ['儿子下个月高考', 'off_topic'],
    ['Much appreciated, thanks!', 'greeting'],
  ];
  for (const [text, intent] of cases) {
    test(`"${text}" → ${intent}`, () => {
      assert.equal(understand(text, state()).intent, intent);
    });
  }
});

describe('understanding: their twins never act (rules-2.3.0)', () => {
  const twins = [
    '我可没说要把申请撤了',
    '你们会不会把申请撤了？',
    '要是利息太高，我就把申请撤了',
    '我合伙人叫我把申请撤了，我不肯',
    '不是不想继续了，最近太忙',
    '以后会不会别再用我的数据？',
    '能交的都交了吗？',
    '等流水出来再出结果吧',
    "if I've changed my mind later can I still cancel",
    'my brother says we no longer need the limit',
    "don't close my case",
    '授权先不撤销',
    'my wife wants out, I do not',
    'have I uploaded everything?',
    "I've sent all but the lease",
    "I don't reckon you have everything yet",
    '撤回授权这种事我才不干',
    '销毁资料？我可不会',
    'cancel my application lol jk',
    '删了吧，开玩笑的',
    "we're not pulling out, just busy",
    "I'm withdrawing money from my wallet",
    'if we are pulling out, what happens to the photos?',
  ];
  for (const text of twins) {
    test(`"${text}" is neither withdrawal nor done`, () => {
      const { intent } = understand(text, state());
      assert.ok(intent !== 'withdraw_consent' && intent !== 'done', intent);
    });
  }
});

describe('understanding: more fact forms (rules-2.3.0)', () => {
  const cases: [string, MerchantFacts][] = [
    ['一个月大概做二十几万', { monthlyRevenue: 200_000 }],
    ['每個月營業額四十幾萬', { monthlyRevenue: 400_000 }],
    ['半年下来能做一百二十万', { monthlyRevenue: 200_000 }],
    ['annual sales around 1.5 crore', { monthlyRevenue: 1_250_000 }],
    ['running the place for 4+ years', { yearsInBusiness: 4 }],
    ["we opened in '19", { yearsInBusiness: 7 }],
    ['全职六个，兼职三个', { employees: 9 }],
    ['5 full-time and 2 part-time', { employees: 7 }],
    ['货款都是月底结', { paymentCycleDays: 30 }],
    ['buyers pay on delivery', { paymentCycleDays: 0 }],
    ['quarterly we are clocking about 900k', { monthlyRevenue: 300_000 }],
    ['maybe 12 ppl on shift', { employees: 12 }],
    ["we've got 4 or 5 lads", { employees: 5 }],
    ['货款一般要压一个月', { paymentCycleDays: 30 }],
    ['营业额一个月四十来个', { monthlyRevenue: 400_000 }],
    ['一个月做个二十个w吧', { monthlyRevenue: 200_000 }],
    ['日流水一万一天的样子', { monthlyRevenue: 300_000 }],
    ['一年营业额成千万', { monthlyRevenue: 833_333 }],
    ['one month can do about 60k', { monthlyRevenue: 60_000 }],
    ['一年差不多卖个一百万，具体不太清楚', { monthlyRevenue: 83_333 }],
  ];
  for (const [text, facts] of cases) {
    test(`"${text}"`, () => {
      const got = understand(text, state()).facts;
      for (const [key, value] of Object.entries(facts)) {
        const g = (got as Record<string, unknown>)[key];
        if (typeof value === 'number' && typeof g === 'number')
          assert.ok(Math.abs(g - value) <= Math.max(0.5, value * 0.02), `${key}: ${g} vs ${value}`);
        else assert.deepEqual(g, value, `${key} in ${JSON.stringify(got)}`);
      }
    });
  }
});
