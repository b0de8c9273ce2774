import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { classifyAnswer, understand } from '@uplift/dialogue';
import type { Intent, MerchantFacts, ProposalKind } from '@uplift/domain';
import { caseOpenedMidJune, factsMatch } from '../support/understanding-facts';

// rules-2.5.0 (docs/adr/0018): forms the fourth corpus's dev split showed missing, each tested with
// wordings written for these tests (not the corpus's).

const state = () => caseOpenedMidJune('u6');

// Confirmations in plain mode (the question already names the step).
const plain: [ProposalKind, string, 'yes' | 'no' | undefined][] = [
  // A word said twice for emphasis, Sichuan 莫 as a prohibition.
  ['submit', '提交提交，没啥要补的了', 'yes'],
  ['withdraw_consent', '删吧删吧', 'yes'],
  ['withdraw_consent', '莫删莫删', 'no'],
  ['submit', '甭交，还缺合同', 'no'],
  // A refusal that takes back the yes before it, whatever follows.
  ['submit', '提交…还是不要了，合同还没拍', 'no'],
  ['withdraw_consent', 'withdraw... actually no, I changed my mind', 'no'],
  ['submit', "hold off, we're still uploading more invoices", 'no'],
  ['withdraw_consent', "no don't erase anything", 'no'],
  // Support after the yes: decided, nothing left to add, a dash between clauses, kindly, a complement.
  ['withdraw_consent', '是的，我决定了', 'yes'],
  ['submit', 'ok, nothing else to add — submit', 'yes'],
  ['submit', 'yes, kindly submit it', 'yes'],
  ['submit', '好的，帮我提交上去', 'yes'],
  ['withdraw_consent', 'sure, delete all', 'yes'],
  // Regional affirmatives (Dongbei 整吧, Singlish "can"), "go on then", other deletion verbs.
  ['withdraw_consent', '整吧，删了', 'yes'],
  ['submit', 'can, submit already', 'yes'],
  ['withdraw_consent', 'go on then, erase it all', 'yes'],
  ['withdraw_consent', 'ok wipe everything', 'yes'],
  ['submit', 'can or not?', undefined],
  // Still no answer: a mere "wait" after a yes, a mixed reply, a yes with a plan to upload first.
  ['submit', '好…不对，等等', undefined],
  ['submit', 'ok but let me add one more photo first', undefined],
];

describe('confirmations, plain mode (rules-2.5.0)', () => {
  for (const [proposal, text, answer] of plain) {
    test(`${proposal}: "${text}" → ${answer ?? 'no answer'}`, () => assert.equal(classifyAnswer(text, proposal, 'plain'), answer));
  }
});

// The engine's mode: its question asks for the exact words, so the bare order is no confirmation.
const named: [ProposalKind, string, 'yes' | 'no' | undefined][] = [
  ['submit', '交吧', undefined],
  ['submit', '提交提交', undefined],
  ['withdraw_consent', '删了吧删了吧', undefined],
  ['withdraw_consent', 'just withdraw it', undefined],
  ['submit', 'submit it please', undefined],
  ['submit', '好的，提交吧', 'yes'],
  ['withdraw_consent', 'yes, withdraw it', 'yes'],
  ['withdraw_consent', '确认撤回，多谢', 'yes'],
  ['submit', 'everything is fine, confirm submit', undefined],
  ['withdraw_consent', 'go on then, wipe it', 'yes'],
  ['withdraw_consent', '整吧，撤了', undefined],
  ['submit', 'all good, confirm submit', 'yes'],
];

describe('confirmations, named mode (rules-2.5.0)', () => {
  for (const [proposal, text, answer] of named) {
    test(`${proposal}: "${text}" → ${answer ?? 'no answer'}`, () => assert.equal(classifyAnswer(text, proposal), answer));
  }
});

// Sarcasm: praise of a plan that is plainly not meant never submits.
describe('sarcastic praise never acts (rules-2.5.0)', () => {
  for (const text of ['sure, submit it with half the papers missing, great plan', '直接交吧，真是好主意啊，啥都没传']) {
    test(`"${text}" is not done`, () => assert.notEqual(understand(text, state()).intent, 'done'));
  }
});

// Facts: number forms, start years a few words before the start word, counts that include the owner,
// corrections, breakdowns, machines that are not vehicles, workplaces as staff talk.
const facts: [string, MerchantFacts][] = [
  // Two consecutive digits after 十/百 are a range: 二十三四万 = 23.5万, 一百五六十万 a year.
  ['每个月大概二十三四万', { monthlyRevenue: 235_000 }],
  ['一年一百五六十万的样子', { monthlyRevenue: 129_167 }],
  ['二十二个员工', { employees: 22 }],
  // "-odd", "-something", "-ish" take the base; 一打 before people is a dozen.
  ['forty-odd staff in two shifts', { employees: 40 }],
  ['been doing this twenty-something years', { yearsInBusiness: 20 }],
  ['店里一打伙计', { employees: 12 }],
  // A two-digit year a few words before its start word; a built-in start (建的); "registered in <month> <year>".
  ['05年跟我哥一起开的店', { yearsInBusiness: 21 }],
  ['种了好多年了，11年建的果园', { industry: 'agriculture', yearsInBusiness: 15 }],
  ['we registered our firm back in May 2016', { yearsInBusiness: 10 }],
  // The owner counted in the staff; a couple counted in.
  ['包括我自己一共七个师傅', { employees: 6 }],
  ['十个人干活，连我和老婆在内', { employees: 8 }],
  // A correction keeps the slot of the figure it corrects.
  ['we run 6 vans, sorry, 7', { vehicles: 7 }],
  ['司机八个，不对，应该是九个', { employees: 9 }],
  // A breakdown of a count just given is not added to it.
  ['三台货车，一台跑长途两台跑市内', { industry: 'logistics', vehicles: 3 }],
  // Machines are not vehicles; a machine before a bare 台 neither; 车工 is a role, not a vehicle.
  ['绣花机十台，车工八个', { employees: 8 }],
  ['两台挖掘机，四辆搅拌车', { industry: 'construction', vehicles: 4 }],
  ['we have 15 tractor units on the road', { industry: 'logistics', vehicles: 15 }],
  // Seats said before, staff hired after: a clause boundary separates them.
  ['堂食四十个座，请了六个人', { industry: 'catering', seats: 40, employees: 6 }],
  ['后厨加前厅二十来个人', { industry: 'catering', employees: 20 }],
];

describe('facts (rules-2.5.0)', () => {
  for (const [text, want] of facts) {
    test(`"${text}" → ${JSON.stringify(want)}`, () => {
      const got = understand(text, state()).facts;
      assert.ok(factsMatch(got, want), JSON.stringify(got));
    });
  }
});

// More facts: weekday/weekend takings, currency conversions, OA terms, cash on arrival, zero after 什么的, trade words.
const moreFacts: [string, MerchantFacts][] = [
  ['平时一天两千，周末四千', { monthlyRevenue: 77_143 }],
  ['周末一天能卖五千', {}],
  ['一个月三十万港币，呃不是，折合人民币二十七万', { monthlyRevenue: 270_000 }],
  ['买家都是OA 45', { paymentCycleDays: 45 }],
  ['the buyers pay in cash as soon as the goods arrive', { paymentCycleDays: 0 }],
  ['货车什么的都没有，靠租', { vehicles: 0 }],
  ['our brunch spot opened in 2020', { industry: 'catering', yearsInBusiness: 6 }],
  ['做钢构的，十几个工人', { industry: 'construction', employees: 15 }],
  ['the supply agreements are under NDA', {}],
  // 万把块 / 千把块, 百八十万 (80–100万), last spring, quarterly and weekday payouts.
  ['一个礼拜万把块', { monthlyRevenue: 43_333 }],
  ['一年下来百八十万吧', { monthlyRevenue: 75_000 }],
  ['we opened last summer', { yearsInBusiness: 1 }],
  ['货款按季度结', { paymentCycleDays: 90 }],
  ['客户每个礼拜五打款', { paymentCycleDays: 7 }],
  // Everyday trade words and constructions: cooked food sold, exports, haulage, site trades, services.
  ['我们在夜市卖烤鱿鱼', { industry: 'catering' }],
  ['家里开小龙虾馆', { industry: 'catering' }],
  ['我们把小商品出口到中东', { industry: 'wholesale' }],
  ['we haul containers from the port', { industry: 'logistics' }],
  ['做轻钢龙骨隔墙的', { industry: 'construction' }],
  ['开了家睫毛工作室', { industry: 'personal_services' }],
  ['我们是宠物医院，兼做美容', { industry: 'personal_services' }],
  ['I sell through my TikTok Shop', { industry: 'retail' }],
  // A one-word modifier before an English staff noun: office staff, delivery drivers.
  ['4 cooks and 3 kitchen staff', { industry: 'catering', employees: 7 }],
  ['two delivery drivers and 2 shop assistants', { employees: 4 }],
];

describe('more facts (rules-2.5.0)', () => {
  for (const [text, want] of moreFacts) {
    test(`"${text}" → ${JSON.stringify(want)}`, () => {
      const got = understand(text, state()).facts;
      assert.ok(factsMatch(got, want), JSON.stringify(got));
    });
  }
});

// Intents: questions about a document's form, requests for a person, tasks elsewhere, interjections,
// declines in the perfect, finishing in other words, and a closing "that's it" after a count.
const intents: [string, Intent][] = [
  ['租赁合同要传原件还是复印件', 'ask_what_to_upload'],
  ['can I send the full bank statement or only the first page?', 'ask_what_to_upload'],
  ['Would the tax receipts be of any use?', 'ask_what_to_upload'],
  ['营业执照我传的是截图，这样可以吗', 'ask_what_to_upload'],
  ['您能告诉我还缺哪些材料吗', 'ask_what_to_upload'],
  ['你们经理呢？叫他来', 'ask_human'],
  ['do you have an account manager who can come by my shop?', 'ask_human'],
  ['可以安排信贷经理跟我聊聊吗', 'ask_human'],
  ['能不能让人工跟我讲', 'ask_human'],
  ['帮我看下我的包裹到哪了', 'off_topic'],
  ['今天美元汇率多少', 'off_topic'],
  ['where is my parcel', 'off_topic'],
  ['哎呀妈呀，谢谢啊', 'greeting'],
  ["we've never kept payslips", 'decline'],
  ["I'm not comfortable filming the back office", 'decline'],
  ['please tell me how much I could get', 'ask_question'],
  ['just run the assessment now please', 'done'],
  ['就按手头的材料办吧', 'done'],
  ["3 trucks, that's it", 'provide_info'],
  ['员工八个，就这些', 'provide_info'],
  // Polite requests for the assistant to act (能否帮我…, 能否就按…), Singlish subject-less "can", Indian "which all".
  ['能否帮我把资料都删掉', 'withdraw_consent'],
  ['能否就按已有的材料直接出个额度？', 'done'],
  ['all sent already, can submit for me', 'done'],
  ['which all statements do you want?', 'ask_what_to_upload'],
];

describe('intents (rules-2.5.0)', () => {
  for (const [text, intent] of intents) {
    test(`"${text}" → ${intent}`, () => assert.equal(understand(text, state()).intent, intent));
  }
});

// The new finishing words, negated, questioned, conditional or reported, never finish.
describe('twins of the new finishing words never act (rules-2.5.0)', () => {
  const twins = [
    "don't run the assessment yet",
    'should I just run the assessment now?',
    'if you stop asking for more, run the assessment',
    'my partner says just run the assessment now',
    '先别按目前材料申请，我还要补',
    '按目前材料申请可以吗？',
    '要是没问题就按目前材料申请',
    '我老婆说按目前材料申请算了',
    '能不能删掉我的资料？',
    '能否帮我删资料吗？',
    'can delete my files or not',
    'can submit anot',
    'can I submit now?',
    '我老公一直劝我把资料都删了，我不听',
    '同事催我赶紧提交，我还在想',
    'my brother urged me to withdraw my consent',
  ];
  for (const text of twins) {
    test(`"${text}" is neither withdrawal nor done`, () => {
      const { intent } = understand(text, state());
      assert.ok(intent !== 'withdraw_consent' && intent !== 'done', intent);
    });
  }
});
