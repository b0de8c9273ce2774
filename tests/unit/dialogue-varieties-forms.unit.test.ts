import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { classifyAnswer, understand } from '@uplift/dialogue';
import type { Intent, MerchantFacts, ProposalKind } from '@uplift/domain';
import { caseOpenedMidJune, factsMatch } from '../support/understanding-facts';

// rules-2.9.0 (docs/adr/0018): kinds of wording found by writing new messages from the corpora READMEs' lists of
// regions, shapes and units (never a corpus item): counterfactual conditions, topolect and Pidgin/Tagalog/Malay
// function words, "can?" as a request tag, trade words by product, market days and crops as periods.

const state = () => caseOpenedMidJune('u9');

const facts: [string, MerchantFacts][] = [
  // Hokkien 一工 (a day) and a trailing 外 (a little over) on a round figure.
  ['我卖卤面 一工差不多三千外', { industry: 'catering', monthlyRevenue: 90000 }],
  // Market days: takings per market day times market days a month.
  ['逢二五八赶集，一个集能卖一千五，一个月九个集', { monthlyRevenue: 13500 }],
  // A crop (一茬) is half a year.
  ['一茬西瓜卖六万', { industry: 'agriculture', monthlyRevenue: 10000 }],
  // Trades by product or venue.
  ['开了个卖香烛寿衣的铺子', { industry: 'retail' }],
  ['家里有个荔枝园', { industry: 'agriculture' }],
  ['我们烧陶瓷的', { industry: 'manufacturing' }],
  ['做宠物寄养，一个月两万', { industry: 'personal_services', monthlyRevenue: 20000 }],
  ['跑运煤的，五台车', { industry: 'logistics', vehicles: 5 }],
  ['we do office cleaning for a few banks', { industry: 'personal_services' }],
  ['巴刹里的五金店', { industry: 'retail' }],
  // Staff nouns and workplaces: Malaysian 做工的, Indonesian karyawan, 洗车工; 外场 beside 厨房 adds up.
  ['做工的请了九个', { employees: 9 }],
  ['karyawan ada 6个', { employees: 6 }],
  ['洗车工四个', { industry: 'personal_services', employees: 4 }],
  ['厨房三个，外场四个', { industry: 'catering', employees: 7 }],
  // A loan or asset paid off is no payment term.
  ['the van is fully paid off', {}],
  // A year before an amount in 大写 numerals is the amount's period, not tenure.
  ['一年差不多壹佰贰拾万', { monthlyRevenue: 100000 }],
  // Paid once every so often: 三礼拜给一次钱.
  ['客户都是三礼拜给一次钱', { paymentCycleDays: 21 }],
  // The assistant's question quoted back says what a bare figure answers.
  ['> 您开店多少年了？ 回：十一年', { yearsInBusiness: 11 }],
  ['> 有几台车？ 答：四', { vehicles: 4 }],
  // A span of months totals a quarter or a half-year.
  ['今年一到三月营业额加起来九十万', { monthlyRevenue: 300000 }],
  ['1-6月销售额一共三百万', { monthlyRevenue: 500000 }],
  // A frequency opening the clause scopes its figure, unless another figure or sentence comes between.
  ['Each week we take in about 12k', { monthlyRevenue: 52000 }],
  // "N of them" counts the noun before it; 不计 leaves the owners out like 不算; 半打 before people is six.
  ['we run tipper trucks, nine of them', { vehicles: 9 }],
  ['不计我和我弟，工人有十个', { employees: 10 }],
  ['半打工人', { employees: 6 }],
  // More trades by name.
  ['主要做劳务分包', { industry: 'construction' }],
  ['a ghost kitchen doing mostly noodles', { industry: 'catering' }],
  // A year before output value (产值) is its period; a deictic span (这两年) or another dated event (买的, "paid off") is no tenure.
  ['一年产值八百万', { monthlyRevenue: 666667 }],
  ['这两年行情差，月流水也就五万', { monthlyRevenue: 50000 }],
  ['货车是两年前买的', {}],
  ['the loan was paid off three years ago', {}],
  ['opened four years ago', { yearsInBusiness: 4 }],
  // The owner alone is no staff.
  ['就我自己一个人做', { employees: 0 }],
  ["it's just me", { employees: 0 }],
  // A denied count or span gives way to the one that follows it.
  ['师傅不是六个，是八个', { employees: 8 }],
  ['not 4 lorries, 5', { vehicles: 5 }],
  ['不是八年，是九年', { yearsInBusiness: 9 }],
  ['结款不是60天，是90天', { paymentCycleDays: 90 }],
  // Trades by name: children's classes, tailoring, photo studios, tea houses, warung, seafood shops, site crews.
  ['we teach piano classes for kids on weekends', { industry: 'personal_services' }],
  ['早教中心，老师六个', { industry: 'personal_services', employees: 6 }],
  ['a tailor shop doing alterations', { industry: 'personal_services' }],
  ['开了个茶楼', { industry: 'catering' }],
  ['small warung near the pasar', { industry: 'catering' }],
  ['水产店，一个月十来万', { industry: 'retail', monthlyRevenue: 100000 }],
  ['我们是木工班组，跟着包工头干', { industry: 'construction' }],
  ['I resell phone cases online', { industry: 'retail' }],
  // A denied trade word does not cancel the trade the message states (不是车队 beside 货代).
  ['做货代的，不是车队', { industry: 'logistics' }],
  // Staff: vets and assistants add up; "N on the team"; "one cook" after other staff.
  ['两个医生三个助理', { employees: 5 }],
  ['12 on the team', { employees: 12 }],
  ['two waiters and one cook', { industry: 'catering', employees: 3 }],
  // A year before a range of amounts, or before a revenue word with a qualifier (学费收入), is the amount's period.
  ['一年八十到一百万', { monthlyRevenue: 75000 }],
  ['一年培训费收入两百四十万', { monthlyRevenue: 200000 }],
  // Voice-typed 原弓 (员工), 约洁 (月结); Hakka 伓 (not); two-digit years before 干起.
  ['原弓九个', { employees: 9 }],
  ['超市那边都是约洁', { paymentCycleDays: 30 }],
  ['一八年干起的', { yearsInBusiness: 8 }],
  // No payment terms is paid at once; terms that vary state no cycle; "give us money after" is payment.
  ['现场付款，没有账期', { paymentCycleDays: 0 }],
  ['结款时间不一定，有的三个月有的半年', {}],
  ['the mall gives us money after three months', { paymentCycleDays: 90 }],
  // Vehicles sold come off the count; a correction after 等下 keeps the last figure.
  ['原来有九台车，去年卖了两台', { vehicles: 7 }],
  ['货车六台，等下，卖了一台，五台', { vehicles: 5 }],
  // A customer named in the next clause is not the context of a head count.
  ['司机二十个，客户一般月结', { employees: 20, paymentCycleDays: 30 }],
  // Regional trades and a year of containers shipped; bakkies for deliveries; learner "opened at 2019".
  ['株洲口味虾店', { industry: 'catering' }],
  ['天津拉集装箱的', { industry: 'logistics' }],
  ['一年出二十个柜，一个柜十五万', { monthlyRevenue: 250000 }],
  ['two bakkies for deliveries', { industry: 'logistics', vehicles: 2 }],
  ['shop is opened at 2019', { yearsInBusiness: 7 }],
  // A trade that settles with the merchant (超市那边都是月结) is the customer.
  ['超市那边都是月结', { paymentCycleDays: 30 }],
  ['every year we open a new branch, sales about 50k a month', { monthlyRevenue: 50000 }],
];

describe('facts (rules-2.9.0)', () => {
  for (const [text, want] of facts) {
    test(`"${text}" → ${JSON.stringify(want)}`, () => {
      const got = understand(text, state()).facts;
      assert.ok(factsMatch(got, want), JSON.stringify(got));
    });
  }
});

const intents: [string, Intent][] = [
  // Teochew 敲电话分我 (ring me), Gan 几久 (how long), Cantonese 落雨 (rain).
  ['有空敲个电话分我', 'ask_human'],
  ['审批要几久', 'ask_question'],
  ['明天落不落雨啊', 'off_topic'],
  // Greetings: praise and blessings, Pidgin o, Uyghur 亚克西.
  ['Alhamdulillah, thanks o', 'greeting'],
  ['亚克西', 'greeting'],
  // Documents: Pidgin/learner "what I go send", Tagalog kailangan, Malay boleh pakai, registrations by agency.
  ['wetin we go send now?', 'ask_what_to_upload'],
  ['anong documents kailangan?', 'ask_what_to_upload'],
  ['SSM cert boleh pakai?', 'ask_what_to_upload'],
  ['DTI registration is ok?', 'ask_what_to_upload'],
  // Refusals: Southern Min 无, Wu 勿 and north-western 嫑 before the verb, Pidgin "no get", Tagalog wala + agency.
  ['租约我们无', 'decline'],
  ['店里面的照片勿拍', 'decline'],
  ['账本嫑给你们看', 'decline'],
  ['we no get audited accounts', 'decline'],
  ['wala pa kaming BIR', 'decline'],
  // "can?" tagging an order is a Malaysian/Singapore request; Pidgin "X don V" with a thing as subject.
  ['please close my application can?', 'withdraw_consent'],
  ['can help me submit the application?', 'done'],
  ['all the papers don upload, make una check am', 'done'],
  // Hakka 𠊎/哩/V撇, Tagalog paki- (please) and lahat ng (all).
  ['𠊎不借哩，资料删撇佢', 'withdraw_consent'],
  ['paki-delete lahat ng photos ko', 'withdraw_consent'],
  // Cantonese V晒 (清晒 = clear all) and 喇; a document named, then a bare "I have none" (我冇喎).
  ['唔借喇，啲相幫我刪晒佢', 'withdraw_consent'],
  ['你哋要租約，我冇喎', 'decline'],
  // Indian English progressive of possession; GST/ITR returns as documents.
  ['I am not having ITR for last year', 'decline'],
  // Praise of the help.
  ["cheers, that's very helpful", 'greeting'],
  // Finishing: done with the uploads, Singlish "finish already", help me submit, 走流程, a bare 提交.
  ['done with the documents, please get it assessed', 'done'],
  ['finish already, help me submit', 'done'],
  ['东西备好了，帮我走一下流程', 'done'],
  ['好，提交', 'done'],
  // Withdrawing: the application closed, an ongoing cancellation by the merchant, a closing "cancel it".
  ['你们把申请关掉', 'withdraw_consent'],
  ["we're cancelling the limit increase", 'withdraw_consent'],
  // Off topic: storms, the app's language, how to say something in another language, where to eat (咥).
  ['台风天你们上班吗', 'off_topic'],
  ['how do I switch the app language to Thai?', 'off_topic'],
  ['how to say "good morning" in Cantonese?', 'off_topic'],
  ['附近哪家面最好咥', 'off_topic'],
  // A person's contact asked for; privacy as the reason for a refusal.
  ['能给我留个客户经理的电话吗', 'ask_human'],
  ['流水不给，涉及隐私', 'decline'],
  // Learner and Irish English statements: "all paper is upload" + send for approval; "I'm after sending"; "is just me".
  ['All document is upload, please send for approval', 'done'],
  ["I'm after sending the licence, should be there now", 'provide_info'],
  ['Is just me and one helper', 'provide_info'],
  ['we do about 30k a month', 'provide_info'],
  // A polite request to raise the limit after 你看 is a request, not a question.
  ['你看能不能帮我把额度提一提', 'provide_info'],
  // Tianjin 介/您了/别介, Jiangxi 尔, Shaanxi 得是, Gansu 等一哈/阿达; voice-typed 刻服, 山掉.
  ['介些资料够了吗', 'ask_question'],
  ['别介交，我还要补', 'provide_info'],
  ['尔要么子证件', 'ask_what_to_upload'],
  ['得是要传租房合同', 'ask_what_to_upload'],
  ['等一哈，还有两张', 'provide_info'],
  ['阿达可以找人工', 'ask_human'],
  ['刻服在不在', 'ask_human'],
  ['资料都山掉吧', 'withdraw_consent'],
  // Manglish "got human or not"; Jamaican mi/nuh/yuh/sen'/fi/bredren.
  ['got customer service or not?', 'ask_human'],
  ['mi done wid dis, wipe out mi documents', 'withdraw_consent'],
  ["sen' it in fi mi now", 'done'],
  // Not allowed to photograph, with no one named; deleting one wrong photo is a question, not which documents.
  ['仓库里不让拍', 'decline'],
  ['传错了一张照片，删掉可以吗', 'ask_question'],
  // A dish asked about (where to eat) states no trade, so the question stays off topic.
  ['附近哪里有好吃的肉夹馍', 'off_topic'],
  // Unsure which documents (不知道要传哪些) is an embedded question of which documents, not a denial.
  ['不知道还要拍哪些照片', 'ask_what_to_upload'],
  // The merchant's own conclusion after a report ends the report: adopted decisions still act.
  ['我爸说别弄了，那就不弄了，资料都删了吧', 'withdraw_consent'],
  ['my wife says no, so I am pulling out, delete my stuff', 'withdraw_consent'],
  ['我老婆不同意，你们把我的资料删了吧', 'withdraw_consent'],
  // A document offered with a tag seeking agreement asks which documents will do; 不开 after a named document refuses.
  ['身份证传正面就可以了吧', 'ask_what_to_upload'],
  ['收据的话，我们从来不开的', 'decline'],
  // Not wanting a machine is asking for a person.
  ['不要跟机器聊了', 'ask_human'],
  // 够了吧 / 齐了吧 seek the assistant's judgement: a question, never a finish.
  ['东西就这么多，够了吧', 'ask_question'],
  ['limit too low, cancel it', 'withdraw_consent'],
];

describe('intents (rules-2.9.0)', () => {
  for (const [text, intent] of intents) {
    test(`"${text}" → ${intent}`, () => assert.equal(understand(text, state()).intent, intent));
  }
});

// Every new finishing or withdrawal form, negated, questioned, conditional, reported or counterfactual, never acts.
describe('twins of the new irreversible forms never act (rules-2.9.0)', () => {
  const twins = [
    // "can?" as a request tag: with "or not", a subject, a negation, a condition or a report it asks or tells.
    'close my application can or not?',
    'can I close my application?',
    "don't close my application can?",
    'if the limit is low, close my application can?',
    'my partner said close the application can?',
    'can help me submit or not?',
    // Pidgin "don V" with a thing as subject.
    'all the papers don upload?',
    'if all the papers don upload, I go tell you',
    'my oga talk say all the papers don upload',
    'all the papers never upload',
    // Hakka and Tagalog forms.
    '资料莫删撇',
    '资料删撇佢？',
    '如果额度冇加，资料就删撇佢',
    '我老弟讲资料删撇佢',
    'huwag paki-delete ang photos',
    // Counterfactuals: what the merchant would have done, not what they do now.
    '假使早晓得要拍这么多照片，我就不申请了',
    '早知道这么慢就不弄了',
    '要不是我老公拦着，资料我早就删了',
    'Had I known it was this slow, I would have cancelled the application',
    'If I had the licence, I would have submitted already',
    // New finishing and withdrawal forms of rules-2.9.0.
    '啲相唔好刪晒佢',
    '你哋會唔會刪晒啲相？',
    'not done with the documents yet',
    'can you help me submit?',
    'if it is finish already, I will tell you',
    '东西备好了吗？',
    '等东西备好了再走流程',
    '提交？',
    '申请先别关掉',
    '申请要是关掉了还能开吗',
    "we're not cancelling the limit increase",
    'are you cancelling my application?',
    "my brother's cancelling his application",
    "don't cancel it",
    'should I cancel it?',
    '材料都传齐了吧',
    '就这些了，可以了吧',
    // Reported advice the merchant does not follow (a person after "my" and a word, "say" unconjugated, Bapak).
    'My business partner keeps saying cancel it, but I want to carry on',
    'my friend say delete everything, but I continue',
    'Bapak say submit already, but I still need upload the lease',
    'all document is upload?',
    'if all document is upload, I tell you',
    'not all document is upload yet',
    'nuh wipe out mi documents',
    'yuh a go wipe out mi documents?',
    'if dem nuh approve, wipe out mi documents',
    'mi bredren say wipe out mi documents',
    "nuh sen' it in yet",
    "sen' it in fi mi?",
    '资料莫山掉',
    '资料会山掉吗',
    // A condition or a report scopes the rest of its sentence, not only the next clause.
    '要是批不到三十万，我就不弄了，资料全删掉',
    '我哥说额度太低不划算，不申请了，资料删了',
    'if the limit stays this low, I quit, delete everything',
    'had I known, I would not apply, delete my files',
    'if the limit is low, cancel it',
    'my wife said cancel it',
  ];
  for (const text of twins) {
    test(`"${text}" is neither withdrawal nor done`, () => {
      const { intent } = understand(text, state());
      assert.ok(intent !== 'withdraw_consent' && intent !== 'done', intent);
    });
  }
});

// Confirmations: affirmatives said together ("ok go ahead"), Cantonese 得, alright, Australian "chuck it in", 嘛/喇 as
// particles. Never a yes: sarcasm ("yeah right"), or the bare order in the engine's named mode.
describe('confirmations (rules-2.9.0)', () => {
  const cases: [ProposalKind, string, 'plain' | 'named', 'yes' | 'no' | undefined][] = [
    ['submit', 'ok sure go ahead', 'plain', 'yes'],
    ['submit', '得，交喇', 'plain', 'yes'],
    ['submit', '要得，提交嘛', 'plain', 'yes'],
    ['withdraw_consent', 'alright, withdraw it', 'plain', 'yes'],
    ['submit', 'righto, bung it in', 'plain', 'yes'],
    ['submit', 'yeah right, submit', 'named', undefined],
    ['submit', 'yeah right', 'plain', undefined],
    ['withdraw_consent', 'yeah right, delete everything', 'plain', undefined],
    ['submit', 'bung it in', 'named', undefined],
    ['submit', '得', 'named', undefined],
    // An affirmative before the bare order is still the bare order in named mode; plain mode takes it.
    ['withdraw_consent', 'okay delete it', 'named', undefined],
    ['submit', 'ok submit', 'named', undefined],
    ['submit', 'ok submit lah', 'plain', 'yes'],
    ['withdraw_consent', 'yes, proceed with the withdrawal', 'plain', 'yes'],
    ['withdraw_consent', '伓撤，留着', 'named', 'no'],
    // A step word misheard by voice input never confirms, in either mode.
    ['withdraw_consent', '确认撤灰', 'named', undefined],
    ['submit', '确认提角', 'plain', undefined],
    ['withdraw_consent', '好，山掉吧', 'plain', undefined],
  ];
  for (const [proposal, text, mode, answer] of cases) {
    test(`${proposal} (${mode}): "${text}" → ${answer ?? 'no answer'}`, () => assert.equal(classifyAnswer(text, proposal, mode), answer));
  }
});
