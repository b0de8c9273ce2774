import { SPELLED_DIGITS } from './canonical';
import { findDates, type FoundDate, type FoundDuration } from './quantities';
import { CORRECTED_TO, CORRECTION, inside, type Work } from './slot-work';

// Years in business and the payment cycle, from dates ("2018年开的", "since 2018", 去年开的) and spans
// of time ("做了五年多", "45天结款", "30-day terms", 月结). A span is the payment cycle when payment words
// are near, tenure when business-running words are near or nothing else claims it; a span that is
// the period of an amount ("一年营业额", "600k a month") is neither.

const PAYMENT_CONTEXT =
  /(压[^，,。]{0,6}(款|账|钱)|工程款|尾款|账款|找数|才结|才(付|给|打)(款|钱)?|压(?=[\d一二两三四五六七八九十半几]+个?(月|天|周|礼拜))|货款|回款|还钱给(我|我们)|账期|\bgives? (us|me) (the )?money\b|结算|付款|付钱|给钱|结钱|结账|结款|收款|打款|回笼|欠款|应收|压款|压账|拖(?!拉机|拉|车|鞋|地|把|斗)|结一次|(?<=[天周月礼拜星期日]\s*)(先)?(结|找数)(?!婚|束|果|论|构|实|冰|业|尾|合|识|交)|(给|付|打)一次(钱|款)|(?<=[天周月礼拜星期])(付|给|打|结)一次(?!性)|结一(趟|回|下)|(?<=[周月天礼拜星期季年])一结|一付|结清|(?<!fully |all )paid(?! (off|for|up|in full))|pay(?!roll| off)|payment|terms|settle|receivable|collect|credit|invoice)/i;
const TENURE_CONTEXT =
  /(做了|开了|干了|经营了|开店|成立|入行|从业|跑了|种了|养了|开业|年头|营业了|做这行|干这行|做到现在|开到现在|in business|running|operating|been|trading|established|started|opened|founded|old)/i;
const TENURE_START =
  /(开业|成立|开的|开始|创办|创立|注册|起家|办的|办起来|开档|开摊|开铺|入的行|开到|开起|做起|干起|搞起|起步|接手|开张|入行|开店|[才刚就]开(?![\u4e00-\u9fff])|[才刚就]开(?=的|了|业|张|店|厂)|建厂|建的|建了|办厂|拿的?(证|照|执照)|领的?(证|照|执照)|since|established|opened|started|founded|set up|registered|launched|began|took over|incorporated|est\.?|from)/i;
/** Events other than opening that "N years ago" can date (bought, moved, paid off, renovated…). */
const OTHER_EVENT =
  /\b(paid off|paid for|bought|purchased|sold|moved|renovated|refurbished|lost|closed|hired|retired|married)\b|(买的|买了|卖了|搬的|搬了|搬过来|装修|换了|关了|还清)/i;
const NOT_TENURE = /(贷款|借|还款|租约|租期|合同期|保修|方子|配方|秘方|lease|loan|warranty|contract|recipe|岁|years? old)/i;
const AMOUNT_BEFORE =
  /(\d|[一二两三四五六七八九十百千万亿]|k|w|m|million|thousand|grand|lakhs?|lacs?|crores?|mil|mn|bn|billion|块|元)\s*(-?ish|-?odd|\+|plus|or so|左右|上下)?\s*(的)?\s*$/i;
const AMOUNT_AFTER =
  /^\s*(的)?[\u4e00-\u9fff]{0,3}?(营业额|流水|营收|收入|销售额|产值|出货额?|货值|毛收入|能做|能卖|能跑|做|卖|跑|进账|租金|房租|利润|纯利|工资|成本|开销|费用|税|revenue|turnover|sales|income|in sales|of sales|takings|rent|profit|wages|costs?)|^\s*(能|可以|大概|约|差不多)?\s*[\d一二两三四五六七八九十百千几壹贰叁肆伍陆柒捌玖拾佰仟]+(\.\d+)?((到|至|-|~)[\d一二两三四五六七八九十百千几]+)?\s*(多|来|余)?\s*(万|千|k|w|块|元|million)/i;

/** "一年下来差不多三百来万", "a year we do about 2m": an amount a few words on, with no tenure or period word between (rules-2.9.0: also in 大写 numerals). */
const AMOUNT_SOON_AFTER =
  /^(下来|算下来|算起来|总共|一共|加起来|折合人民币|折合|合人民币|人民币|的?营业额|的?流水|的?营收|的?收入|的?销售额|的?总|大概|差不多|能|可以|约|左右|也就|就|才|有|能有|也有|得有|做了|做到|能做|卖了|进了|走了|收|能收|产|能产|出|卖个|做个|跑个|走个|we do|we make|we turn over|i make|of about|about|around|roughly|\s)*\s*[\d一二两三四五六七八九十百千几壹贰叁肆伍陆柒捌玖拾佰仟]+(\.\d+)?((到|至|-|~)[\d一二两三四五六七八九十百千几]+)?\s*(多|来|余)?\s*(万|千|k\b|w\b|m\b|块|元|million|grand)/i;

/**
 * rules-2.9.1: terms that vary or are split between kinds (一半现结一半月结, "half cash, half on 30 days", 有的…有的,
 * "some pay cash, some monthly") state no single cycle.
 */
const VARYING_TERMS =
  /(不一定|不固定|看情况|有的[^，。]{0,8}有的|一半[^，。]{0,8}一半|一部分[^，。]{0,10}一部分|\bvar(y|ies)\b|\bdepends\b|\bhalf\b[^.;]{0,24}\bhalf\b|\bsome\b[^.;]{0,24}\bothers?\b|\bsome\b[^.;]{0,20}\bsome\b)/i;

/** Two kinds of terms named for two parts of the trade (一半现结一半月结, "half cash, half monthly"). */
const SPLIT_TERMS =
  /(一半|有的|一部分)[^，,。]{0,6}(现结|现金|月结|周结|季结|日结|压|账期|赊)[^。]{0,6}(一半|有的|一部分|另一半)|\b(half|some)\b[^.;]{0,20}\b(cash|monthly|weekly|on credit|on account|on terms)\b[^.;]{0,12}\b(half|others?|the rest)\b/i;

function paymentWords(w: Work): void {
  if (w.facts.paymentCycleDays !== undefined) return;
  if (SPLIT_TERMS.test(w.text)) return;
  if (
    /(季结|按季结|按季度(结|付)|按季度?(给|打|付)(钱|款)|(每个?)?季度(一)?(结|付|打款|对账|结款)|quarterly (billing|settlement|payment)|(pay|pays|paid|settle|settles|settled)( us| me)? (quarterly|every quarter|once a quarter))/i.test(
      w.text,
    )
  )
    w.facts.paymentCycleDays = 90;
  else if (/(半月结|半个月结)/.test(w.text)) w.facts.paymentCycleDays = 15;
  else if (
    /((?<!个)月结|按月结|monthly (billing|settlement|account|terms)|(settle|settles|pay|pays|paid)( with)?( us| me)? (monthly|every month|once a month)|end of (the |every |each )?month|月底(结|付|打款|对账|回款))/i.test(
      w.text,
    )
  )
    w.facts.paymentCycleDays = 30;
  else if (
    /(周结|按周结|每(个)?(周|礼拜|星期)[一二三四五六日天]?(打款|结款|结账|付款|回款|结)|weekly (settlement|payment)|(pay|pays|paid|settle|settles)( us| me)? (weekly|every week|once a week))/i.test(
      w.text,
    )
  )
    w.facts.paymentCycleDays = 7;
  else if (
    /(现结|现金结|(拿货|提货|进货|来拿|买货)[^，,。]{0,4}(都是|全是|给|付)?现(钱|金)|没有?账期|无账期|no (payment|credit) terms|现款现货|款到发货|先款后货|不赊账|不赊欠|不欠账|不挂账|no credit (terms|given)|cash only|当天结|当场结|(当场|当面|现场|马上|立马|即时)(就)?(给|付|结|收)(钱|款|现金?)|日结|现付|付现|一手交钱|货到付款|当场付|马上付|立刻付|cash (on delivery|up ?front|at the counter|on the spot|on the day)|\bcod\b|(pay|pays|paid) on delivery|pay(s|ed)? (on the spot|immediately|upfront|up front|at once|instantly)|paid (on the spot|immediately|upfront|up front|at the till|instantly)|\bpays? (in )?cash (the moment|as soon as|when|on)\b|(the moment|as soon as) the goods (land|arrive))/i.test(
      w.text,
    )
  )
    w.facts.paymentCycleDays = 0;
  else if (EN_PAY_EVERY.test(w.text)) w.facts.paymentCycleDays = everyDays(EN_PAY_EVERY.exec(w.text)?.[3] ?? '');
  else {
    // net 30, OA 60 (open account, 60 days); rules-2.9.5: "net thirty" in words.
    const net = /\b(?:net|oa)\s?-?(\d{1,3})(?!\d)/i.exec(w.text);
    const spelled = w.numbers.find((n) => /\b(net|oa)\s+$/i.test(w.text.slice(Math.max(0, n.index - 5), n.index)));
    if (net?.[1]) w.facts.paymentCycleDays = Number(net[1]);
    else if (spelled && spelled.value > 0 && spelled.value <= 365) w.facts.paymentCycleDays = spelled.value;
  }
}

/** A payment word a few words before how often it comes: "payment is quarterly", "they settle with us every two weeks". */
const EN_PAY_EVERY =
  /\b(pay|pays|paid|paying|payment|payments|settle|settles|settled|settlement|settlements|billing|invoicing)\b(\s+(?!staff|workers|wages|salar|rent|employees|the bank|loans?|suppliers|bills|my|our|their)[\w']+){0,3}?\s+(quarterly|every (?:three|3) months|every quarter|once a quarter|fortnightly|every (?:two|2) weeks|bi-?weekly|monthly|every month|once a month|weekly|every week|once a week)\b/i;
const everyDays = (every: string) =>
  /quarter|three|3 months/i.test(every) ? 90 : /fortnight|two|2 weeks|bi-?weekly/i.test(every) ? 14 : /month/i.test(every) ? 30 : 7;

/** Whole years a span of time states: floor of "五年多", "三年半", "a bit over five"; months count as a fraction. */
const wholeYears = (d: FoundDuration) => Math.floor(d.unit === 'year' ? d.amount : d.unit === 'month' ? d.amount / 12 : 0);

/** Fills paymentCycleDays and yearsInBusiness from the spans of time of the message. */
export function fillDurations(w: Work, found: readonly FoundDuration[], pending: string | undefined): void {
  for (const d of found) {
    const within = w.numbers.filter((n) => n.index >= d.index && n.end <= d.end);
    // rules-2.9.3: a span whose figures a date already took (一四年 as the year 2014 after 不对) is no span.
    if (within.length > 0 && within.every((n) => w.used.has(n))) continue;
    for (const n of within) w.used.add(n);
    const before = w.text.slice(Math.max(0, d.index - 8), d.index);
    const after = w.text.slice(d.end, d.end + 14);
    if (AMOUNT_BEFORE.test(before) || AMOUNT_AFTER.test(after) || AMOUNT_SOON_AFTER.test(after)) continue;
    // rules-2.9.0: "一年出三十个柜": a year of units shipped is a period, not tenure.
    if (
      /^\s*(能|可以|大概|差不多)?(出|走|发|卖|跑)(货|了)?\s*(差不多|大概|能|有|约)?\s*[\d一二两三四五六七八九十几百]+\s*(多|来)?\s*个?(柜|车|吨|箱|批|趟)/.test(
        after,
      )
    )
      continue;
    // rules-2.9.0: a denied span (不是五年，是七年; "not 30 days, 45") is no fact; the one after it is.
    if (/(不是|并非|而非|\bnot)\s*$/i.test(before)) continue;
    const around = w.text.slice(Math.max(0, d.index - 24), d.end + 16);
    // A running verb right before the span (干了快十年, 开了三年) claims it for tenure, whatever else the message says of payment.
    const ranFor = TENURE_CONTEXT.test(before) && !PAYMENT_CONTEXT.test(before);
    const paymentNear = !ranFor && (PAYMENT_CONTEXT.test(around) || (PAYMENT_CONTEXT.test(w.text) && !TENURE_CONTEXT.test(around)));
    // rules-2.9.0: terms that vary (不一定, 有的半年有的一年, "it depends") state no cycle.
    const varies = VARYING_TERMS.test(w.text.slice(Math.max(0, d.index - 40), d.end + 16));
    if (
      // rules-2.9.4: in a correction ("我说一个月是瞎说的…两个月") the later cycle replaces the earlier.
      (w.facts.paymentCycleDays === undefined || CORRECTION.test(w.text)) &&
      !varies &&
      (paymentNear || (pending === 'paymentCycleDays' && !TENURE_CONTEXT.test(around)))
    ) {
      w.facts.paymentCycleDays = d.days;
      continue;
    }
    const tenureUnit = d.unit === 'year' || (d.unit === 'month' && TENURE_CONTEXT.test(around));
    // rules-2.9.3: "开了10年，不对，12年": a span right after a correction word replaces the one before it.
    const corrects = CORRECTED_TO.test(w.text.slice(Math.max(0, d.index - 10), d.index));
    if (
      !tenureUnit ||
      (w.facts.yearsInBusiness !== undefined && !corrects) ||
      NOT_TENURE.test(w.text.slice(Math.max(0, d.index - 10), d.end + 10))
    )
      continue;
    // rules-2.9.0: a deictic span (这两年生意不好, 近几年, "these two years") is when something happened, not how long the business ran.
    if (/(这|近|最近|\bthese)\s*$/i.test(before)) continue;
    // "paid off two years ago", 三年前买的车: another event dated, not the opening.
    const clause = `${
      w.text
        .slice(Math.max(0, d.index - 30), d.index)
        .split(/[.,;，。；!?！？]/)
        .pop() ?? ''
    } ${after.split(/[.,;，。；!?！？]/)[0] ?? ''}`;
    if (OTHER_EVENT.test(clause) && !TENURE_START.test(clause)) continue;
    const ago = /^\s*(ago|前)/i.test(after);
    const bare = d.amount >= 1 && !PAYMENT_CONTEXT.test(w.text);
    if (TENURE_CONTEXT.test(around) || pending === 'yearsInBusiness' || ago || bare) w.facts.yearsInBusiness = wholeYears(d);
  }
  paymentWords(w);
}

/** A year just after a correction word: 2016, 16, 一六 (before 年). */
const YEAR_AFTER_CORRECTION =
  /^[\s,，:：、了啦]*(是|应该是|it'?s|it was)?\s*(?:((?:19|20)\d{2})(?!\d)|(\d{2}|[〇零一二三四五六七八九]{2})\s*年)/i;

/** The year a correction puts in place of an opening date stated before it, as a date at the correction. */
function correctedYear(text: string, dates: readonly FoundDate[]): FoundDate | undefined {
  const correction = CORRECTION.exec(text);
  if (!correction) return undefined;
  const at = correction.index + correction[0].length;
  const opened = dates.some((d) => d.end <= correction.index && TENURE_START.test(text.slice(Math.max(0, d.index - 16), d.end + 8)));
  const m = YEAR_AFTER_CORRECTION.exec(text.slice(at));
  const written = m?.[2] ?? m?.[3];
  if (!opened || !m || !written) return undefined;
  const digits = [...written].map((c) => SPELLED_DIGITS[c] ?? c).join('');
  const year = digits.length === 4 ? Number(digits) : Number(digits) + (Number(digits) <= 40 ? 2000 : 1900);
  return { year, month: null, index: at, end: at + m[0].length };
}

/**
 * rules-2.9.5: the opening dated by a child's birth or a wedding, and the age or anniversary now (开业那年我闺女刚出生，今年她都九岁了;
 * 店跟我结婚同一年开的，今年结婚七周年; "opened the year my son was born, he's 9 now"): that many years.
 */
const OPENED_WITH_EVENT =
  /(开业|开张|开的|开店|成立|opened|started)[^。.!?]{0,16}(那年|那一年|同一年|同年|the (same )?year)|(那年|那一年|同一年|同年|the (same )?year)[^。.!?]{0,16}(开业|开张|开的|开店|成立|opened|started)/i;
const AGE_NOW =
  /(出生|生的|刚生|生下|born)[^。.!?]{0,30}?([\d一二两三四五六七八九十]+)\s*(岁|周岁)|(出生|born)[^.!?]{0,30}?\b(he|she|they)('s| is| are| turned)\s+(\w+)\b|(结婚|married)[^。.!?]{0,20}?([\d一二两三四五六七八九十]+)\s*(周年)/i;
function yearsFromAnAge(w: Work): void {
  if (w.facts.yearsInBusiness !== undefined || !OPENED_WITH_EVENT.test(w.text)) return;
  const m = AGE_NOW.exec(w.text);
  if (!m) return;
  const at = (m.index ?? 0) + m[0].length;
  const n = [...w.numbers].reverse().find((x) => x.end <= at && x.index >= (m.index ?? 0));
  if (n && n.value >= 0 && n.value < 100) {
    w.facts.yearsInBusiness = Math.floor(n.value);
    w.used.add(n);
  }
}

/** Fills yearsInBusiness from a start date, counted to the case's own `now` (never the clock). */
export function fillTenureFromDates(w: Work, now: string | null | undefined): void {
  const dates = findDates(w.text, now);
  for (const n of w.numbers) if (inside(n, dates)) w.used.add(n);
  yearsFromAnAge(w);
  if (w.facts.yearsInBusiness !== undefined || !now) return;
  const ref = /^(\d{4})-(\d{2})/.exec(now);
  if (!ref?.[1] || !ref[2]) return;
  // rules-2.9.3: "14年开的，不对，16年", "一二年开的，不对，一四年": a year right after a correction word replaces the opening year.
  const corrected = correctedYear(w.text, dates);
  if (corrected) for (const n of w.numbers) if (inside(n, [corrected])) w.used.add(n);
  for (const d of corrected ? [corrected, ...dates] : dates) {
    // The start word must be in the date's own clause: "刚开始就自己播，…上个月GMV三十五万" dates the takings, not the opening.
    const clauses = w.text.slice(Math.max(0, d.index - 48), d.index).split(/[，,。；;！!？?]/);
    const tail = w.text.slice(d.end, d.end + 14).split(/[，,。；;！!？?]/)[0] ?? '';
    // rules-2.9.5: a year set alone after a comma ("started the year after the crash, 2009") belongs to the clause before it.
    const appositive = /^\s*$/.test(clauses[clauses.length - 1] ?? '') && /^[\s.。!！]*$/.test(tail);
    const head = (appositive ? clauses[clauses.length - 2] : clauses[clauses.length - 1]) ?? '';
    // rules-2.9.2: a message that is a year and nothing else (零三年, "2016.") answers when the business began.
    const yearAlone = /^[\s。.!！~]*$/.test(w.text.slice(0, d.index) + w.text.slice(d.end).replace(/^\s*(的|吧|啊|呀|哦|啦)/, ''));
    if (!yearAlone && !TENURE_START.test(head + w.text.slice(d.index, d.end) + tail) && d !== corrected) continue;
    const months = Number(ref[1]) * 12 + Number(ref[2]) - (d.year * 12 + (d.month ?? 1));
    if (months >= 0 && months < 12 * 100) w.facts.yearsInBusiness = Math.floor(months / 12);
    return;
  }
}
