import { allMatches } from '@uplift/domain';
import type { FoundNumber } from './numbers';
import { occasionsPerMonth, unitsTimesPrice } from './occasions';
import { CORRECTION, deniedFigure, type Work } from './slot-work';

// Monthly revenue. An amount is revenue when a revenue word is nearer to it than any other money word
// (rent, profit, limit...), or when it carries a period ("4k a day", "450k/month", "一年一千来万") and no
// other money word is near, or when it answers the revenue question on the table. Its period converts
// it (day ×30, week ×52/12, quarter ÷3, half-year ÷6, year ÷12). Seasonal or half-year pairs are
// averaged; a correction keeps the last figure.

const REVENUE_WORDS =
  /(流水|营业额|营收|收入|净进|销售额|销售|销量|进账|入账|到账|came in(?! at)|comes in(?! at)|coming in(?! at)|生意|卖|出货|产值|营业|能做|做到|做了|做|能跑|成交额|交易额|走账|开票|revenue|turnover|sales?|income|takings|gross|(?:we'?re|we are) (?:at|hitting|clocking)|clock(?:ing)?|bring in|brings in|bringing in|we do|doing|do about|do around|makes?|making|earns?|earning|billing|billings|generate|gmv)/gi;
const OTHER_MONEY_WORDS =
  /(房租|租金|工资|薪水|成本|支出|开销|花了|花费|利润|纯利|毛利|净利|赚|净(?!进)|还钱(?!给(我|我们))|贷款|额度|借|欠|还款|提到|提高到|涨到|提额|押金|保证金|定金|投资|投了|装修|进货|客单价|单价|均价|油费|过路费|税|注册资本|资本|rent|wages?|salar|costs?|expenses?|spend|profit|net|margin|loan|limit|borrow|owe|debt|payroll|price|fuel|deposit|invest|tax|capital|credit line|increase to|raise to|up to)/gi;
const MONEY_MARK = /^\s*(块|元|块钱|rmb|yuan|cny|kuai|dollars?|ringgit|rupees)/i;
const CURRENCY_BEFORE = /(rmb|cny|¥|￥|\$|rm|rs\.?|inr|hkd|sgd|usd)\s*$/i;
const SEASONAL =
  /(旺季|淡季|忙季|闲季|生意好|生意差|生意不好|生意淡|(?<=[，,]\s*)(不好|差)(?=\s*(的话|时)?\s*[\d一二两三四五六七八九十几])|好年景|差年景|\bgood years?\b|\bbad years?\b|in a (good|bad|slow|busy) month|夏天|冬天|夏季|冬季|春天|秋天|雨季|旱季|summer|winter|rainy season|dry season|wet season|festive season|holiday season|好的时候|差的时候|忙的时候|闲的时候|好的月份|差的月份|上半年|下半年|高峰|低谷|peak|low season|high season|off season|off-season|busy (season|months?)|quiet (season|months?)|slow (season|months?)|first half|second half|good months?|bad months?)/i;

const SEASONAL_ALL = new RegExp(SEASONAL.source, 'gi');
/** Weekday and weekend takings ("平时一天三千，周末八千"): weighted 5:2 into one day's figure. */
const WEEKDAY = /(平时|平日|平常日子|平常|工作日|周一到周五|weekdays?|on normal days)/gi;
const WEEKEND =
  /((?<!每个?|一个)周末|礼拜六|礼拜天|礼拜日|星期天|星期六|星期日|周六|周日|节假日|(?<!(?:every|per|each|a) )weekends?|saturdays?|sundays?)/gi;
const HALF_OF_YEAR = /(\b(?:first|second|latter|other) half)( of (?:the |last |this |next )?year)/gi;

/** Months one period of each kind spans. */
type Period = 'day' | 'week' | 'fortnight' | 'month' | 'quarter' | 'half' | 'year';
const PERIODS: readonly { period: Period; re: RegExp }[] = [
  {
    period: 'half',
    re: /(上半年|下半年|半年|(?:一|每)茬|(?:一|1|七|7)月?(?:到|至|-|~|—)(?:六|6|十二|12)月(?<!(?:一|1)月?(?:到|至|-|~|—)(?:十二|12)月)|(?:前|头)(?:六|6)个月|\bjan(?:uary)? (?:to|through|till|until|-) june?\b|\bfirst six months\b|half[- ]year(ly)?|half a year|six months|6 months|semi-annual(ly)?|biannual(ly)?|\b(first|second|latter|other) half\b(?! of (the|a|this|last|next) (month|week|day))|\bh[12]\b)/gi,
  },
  // Two weeks (两个礼拜, 半个月, fortnightly): before the week, which would read 两个礼拜 as one.
  {
    period: 'fortnight',
    re: /(两个?(礼拜|星期|周)|半个?月(?!结)|fortnight(ly)?|every (two|2) weeks|bi-?weekly|per fortnight)/gi,
  },
  {
    period: 'quarter',
    re: /(季度|每季|一季|一个季|(?:一|1|四|4|七|7|十|10)月?(?:到|至|-|~|—)(?:三|3|六|6|九|9|十二|12)月(?<!(?:一|1|七|7)月?(?:到|至|-|~|—)(?:六|6|十二|12)月)|(?:前|头)(?:三|3)个月|\bjan(?:uary)? (?:to|through|till|until|-) mar(?:ch)?\b|\bfirst three months\b|quarterly|a quarter|per quarter|each quarter|(?:last|this|the|that|one|every) quarter|\/quarter|\bq[1-4]\b)/gi,
  },
  {
    period: 'day',
    re: /(每天|一天|天天|每日|日均|一日|(?:每|一)个?晚上?|a night|per night|(?<!fort)nightly|(?<![\d一二两三四五六七八九十几半夏冬春秋])天(?!气)|(?<![\d一二两三四五六七八九十几半生今昨明节假周平每])日(?=流水|营业|营收|销售|收入|进账|销量)|daily|a day|per day|each day|\/day|\/d\b|per diem)/gi,
  },
  {
    period: 'week',
    re: /((?:每个?|一个)周末|(?:every|per|each|a) weekend|每周|一周|周均|(?:每|一)个?礼拜|(?:每|一)个?星期|(?<![\d一二两三四五六七八九十几半])(?:礼拜|星期|周)(?![末边围年期一二三四五六日天])|weekly|a week|per week|each week|\/week|\/wk)/gi,
  },
  {
    period: 'month',
    re: /(每个?月|一个?月|月均|(?<![\d二两三四五六七八九十几半]个?)月(?!结|份|底|初|中)|monthly|a month|one month|per month|each month|\/month|\/mo\b|pcm|p\.m\.|mthly)/gi,
  },
  {
    period: 'year',
    re: /(每年|一年|全年|年均|去年|今年|年度|(?<![\d二两三四五六七八九十几半个])年(?![前底初级纪龄轻头了多])|annual(ly)?|a year|per year|yearly|each year|\/year|\/yr|p\.a\.|per annum|last year|this year|(?:last|this|the|previous|past) (?:financial|fiscal) year|\bfy\s?\d{0,4}\b|财年|财务年度)/gi,
  },
];

function toMonthly(value: number, period: Period): number {
  switch (period) {
    case 'day':
      return value * 30;
    case 'week':
      return (value * 52) / 12;
    case 'fortnight':
      return (value * 26) / 12;
    case 'month':
      return value;
    case 'quarter':
      return value / 3;
    case 'half':
      return value / 6;
    case 'year':
      return value / 12;
    default: {
      const unreachable: never = period;
      return unreachable;
    }
  }
}

/**
 * Distance from a figure to the nearest match of `re` (before counts as is; after weighs 1.5x). With `ownClause`, a word
 * after the figure counts only in the figure's clause (rules-2.9.1: "毛收入一个月二十万，净的也就五万": 净 is the five's).
 */
function distance(text: string, re: RegExp, n: FoundNumber, window = 16, ownClause = false): number {
  let best = Infinity;
  for (const m of allMatches(text, re)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (end <= n.index && n.index - end <= window) best = Math.min(best, n.index - end);
    else if (start >= n.end && start - n.end <= window * 1.5 && !(ownClause && /[，,。;；]/.test(text.slice(n.end, start))))
      best = Math.min(best, (start - n.end) * 1.5 + 0.5);
  }
  return best;
}

/** Whether a figure is a weekday's or a weekend's takings: the nearest such word a few characters before it, in its clause. */
function nearerWeekPart(text: string, n: FoundNumber): 'weekday' | 'weekend' | undefined {
  const before =
    text
      .slice(Math.max(0, n.index - 10), n.index)
      .split(/[，,。;；]/)
      .pop() ?? '';
  const wd = lastIndex(before, WEEKDAY);
  const we = lastIndex(before, WEEKEND);
  if (wd < 0 && we < 0) return undefined;
  return wd > we ? 'weekday' : 'weekend';
}

function lastIndex(text: string, re: RegExp): number {
  let at = -1;
  for (const m of allMatches(text, re)) at = m.index ?? at;
  return at;
}

/** The period written onto the revenue word nearest before the figure: 年营业额, 月流水, annual turnover, half-year revenue. */
function periodOfRevenueWord(text: string, n: FoundNumber): Period | undefined {
  let word: RegExpMatchArray | undefined;
  for (const m of allMatches(text, REVENUE_WORDS)) if ((m.index ?? 0) + m[0].length <= n.index && n.index - (m.index ?? 0) <= 30) word = m;
  if (!word) return undefined;
  const head = text.slice(Math.max(0, (word.index ?? 0) - 16), word.index ?? 0);
  for (const { period, re } of PERIODS) {
    for (const m of allMatches(head, re)) if (TO_REVENUE_WORD.test(head.slice((m.index ?? 0) + m[0].length))) return period;
  }
  return undefined;
}

/** What may stand between a period and its revenue word: 年营业额, 全年总销售额, "last year total sales", "annual gross turnover". */
const TO_REVENUE_WORD = /^\s*(的|-)?\s*(总|合计|total|gross|overall|combined|net)?\s*(的)?\s*$/i;

/**
 * A whole calendar period that scopes the clause ("for the whole of last year, we sold about 3 to 4 million", 去年全年…三四百万):
 * the figure's period when no period word is near it, no other figure comes between, and the period does not date an opening.
 */
const SCOPING_YEAR =
  /(for (?:the )?(?:whole|entire|full)(?: of)? (?:last |this |the )?year|(?:for|in|over) (?:the )?(?:last|past|previous) (?:year|12 months)|(?:last|this) year(?:'s)? (?:total|overall|whole)|去年(?:全年|一整年|一年(?:下来|到头)?)|全年(?:下来)?|一整年)/gi;
/** rules-2.9.0: "every weekend we make about 8k", "each month, after costs, sales come to 90k": a frequency that opens the clause. */
const SCOPING_EVERY: readonly [RegExp, Period][] = [
  [/\b(?:every|each) (?:single )?(?:day|night)\b/gi, 'day'],
  [/\b(?:every|each) (?:single )?(?:week|weekend)\b/gi, 'week'],
  [/\b(?:every|each) (?:single )?month\b/gi, 'month'],
  [/\b(?:every|each) quarter\b/gi, 'quarter'],
  [/\b(?:every|each) (?:single )?year\b/gi, 'year'],
];
function scopingPeriod(text: string, n: FoundNumber, numbers: readonly FoundNumber[]): Period | undefined {
  let found: Period | undefined;
  for (const [re, period] of [[SCOPING_YEAR, 'year'] as const, ...SCOPING_EVERY]) {
    for (const m of allMatches(text, re)) {
      const end = (m.index ?? 0) + m[0].length;
      if (end > n.index || n.index - end > (period === 'year' && re === SCOPING_YEAR ? 60 : 40)) continue;
      if (numbers.some((x) => x !== n && x.index >= end && x.end <= n.index)) continue;
      if (/^\s*(开|成立|注册|open|start|found|register|began)/i.test(text.slice(end, end + 10))) continue;
      // The frequency must scope the figure's own sentence.
      if (re !== SCOPING_YEAR && /[.;!?。；！？]/.test(text.slice(end, n.index))) continue;
      found = period;
    }
  }
  return found;
}

function periodOf(text: string, n: FoundNumber): Period | undefined {
  let best: { period: Period; d: number } | undefined;
  for (const { period, re } of PERIODS) {
    const d = distance(text, re, n, 12);
    if (d < Infinity && (!best || d < best.d)) best = { period, d };
  }
  return best?.period;
}

/** Words that average what came before: 平摊下来, 平均, 均摊, "on average", "averages out at". */
const AVERAGE_BEFORE =
  /(平摊下来|摊下来|平均下来|平均|均摊|算下来平均|拉平|on average|averag(e|es|ed|ing)( out)?( at| to)?|overall average)[^，,。;；\d]{0,10}$/i;
/** A figure of goods, land or animals (三十万斤稻子, 2,000 kg, 500 acres), not of money. */
const QUANTITY_AFTER =
  /^\s*(多|来|余|几)?\s*(斤|公斤|千克|克|吨|亩|头|只|棵|株|箱|袋|件|瓶|公里|千米|里路|km|kms|kilometres|kilometers|miles|kg|kgs|kilos?|grams?|tons?|tonnes?|acres?|hectares?|pcs|pieces|units|heads|birds|trees|bags|boxes|cartons|bottles)(?![a-z])/i;
/** A currency other than the renminbi written on the figure: not revenue as labelled ("六万令吉"), unless nothing else is given. */
const FOREIGN_AFTER =
  /^\s*(多|来|余)?\s*(令吉|马币|新币|港币|港元|港纸|美金|美元|台币|新台币|澳门币|澳门元|澳元|泰铢|印尼盾|越南盾|越南币|菲律宾比索|比索|卢比|日元|韩元|欧元|英镑|ringgit|naira|pesos?|baht|rupiah|rupees?|hk dollars?|us dollars?|sing dollars?|euros?|pounds)(?![a-z])/i;
// A bare £, € or $ is how many merchants write any money (earlier corpora label them as revenue); a named currency is not.
const FOREIGN_BEFORE = /(\brm|hkd|usd|sgd|ntd|nt\$|\bmop|\bphp|₱|us\$|s\$|hk\$|\brs\.?|\binr|₹)\s*$/i;
const foreign = (w: Work, n: FoundNumber) =>
  FOREIGN_AFTER.test(w.text.slice(n.end, n.end + 10)) || FOREIGN_BEFORE.test(w.text.slice(Math.max(0, n.index - 4), n.index));

const moneyLike = (w: Work, n: FoundNumber) =>
  !QUANTITY_AFTER.test(w.text.slice(n.end, n.end + 10)) &&
  (n.scaled ||
    n.value >= 1_000 ||
    MONEY_MARK.test(w.text.slice(n.end, n.end + 6)) ||
    CURRENCY_BEFORE.test(w.text.slice(Math.max(0, n.index - 5), n.index)));

/** What marks a figure as part of the one before it: 其中, 里面有, 包括, "of which", "of that". */
const PART_OF = /(其中|里面|里头|这里面|当中|包括|包含|含|\bof which\b|\bof that\b|\bof this\b|\bof it\b|\bincluding\b|\bincludes\b)/i;
/** Money that passes through the account without being takings: loans, shareholders' money, deposits held, collections for others. */
const PASS_THROUGH =
  /(借款|借的|借来|贷款|股东|押金|代收|代付|退款|垫付|投资款|\bloans?\b|\bborrowed\b|\bdeposits? (held|taken)\b|\brefunds?\b|\bcapital (injection|from)\b|\bfrom (my|our) (brother|sister|family|partner|shareholders?|directors?)\b)/i;

/**
 * rules-2.9.1: "上个月进账86万，其中20万是股东借款", "900k came in, of which 200k was a loan": a part of the figure that is not
 * takings comes off it, in the figure's own sentence.
 */
function netOfPassThrough(w: Work, whole: FoundNumber, monthly: number): number {
  const sentenceEnd = w.text.slice(whole.end).search(/[。!?！？]|\.\s/);
  const end = sentenceEnd < 0 ? w.text.length : whole.end + sentenceEnd;
  let net = monthly;
  for (const part of w.numbers) {
    if (part.index <= whole.end || part.end > end || part === whole || part.value >= whole.value) continue;
    if (!PART_OF.test(w.text.slice(whole.end, part.index))) continue;
    const around = w.text.slice(Math.max(whole.end, part.index - 14), Math.min(end, part.end + 14));
    if (!PASS_THROUGH.test(around)) continue;
    net -= (monthly * part.value) / whole.value;
  }
  return net;
}

/** Fills monthlyRevenue; `answering` when the revenue question is on the table (a bare amount answers it). */
export function fillRevenue(w: Work, answering: boolean): void {
  const accepted: { n: FoundNumber; monthly: number; r: number; period: Period }[] = [];
  const days: { n: FoundNumber; part: 'weekday' | 'weekend'; daily: number }[] = [];
  // "the first half of last year": the year only dates the half, it is not the figure's period.
  const dated = w.text.replace(HALF_OF_YEAR, (_m, half: string, rest: string) => half + ' '.repeat(rest.length));
  for (const n of w.numbers) {
    if (w.used.has(n) || !moneyLike(w, n) || deniedFigure(w, n)) continue;
    const r = distance(w.text, REVENUE_WORDS, n);
    const o = distance(w.text, OTHER_MONEY_WORDS, n, 16, true);
    const period = periodOf(dated, n) ?? periodOfRevenueWord(dated, n) ?? scopingPeriod(dated, n, w.numbers);
    // "busy months 500k, slow months maybe 200k": a figure on a season is revenue like its pair.
    const seasonal = o === Infinity && distance(w.text, SEASONAL_ALL, n) < Infinity;
    const weekPart = o === Infinity ? nearerWeekPart(w.text, n) : undefined;
    const revenue =
      r < o || (period !== undefined && o === Infinity) || (answering && o === Infinity) || seasonal || weekPart !== undefined;
    // "一个月三十万港币，呃不是，折合人民币二十七万": a corrected figure stands in for the one before it, with its period.
    const previous = accepted[accepted.length - 1];
    if (!revenue && previous && o === Infinity && n.scaled && CORRECTION.test(w.text.slice(previous.n.end, n.index))) {
      accepted.push({ n, monthly: toMonthly(n.value, previous.period), r: previous.r, period: previous.period });
      continue;
    }
    if (!revenue) continue;
    if (weekPart) {
      days.push({ n, part: weekPart, daily: period === undefined || period === 'day' ? n.value : toMonthly(n.value, period) / 30 });
      continue;
    }
    // "一场四五千，一个礼拜三场": takings per occasion times the occasions a month.
    const sold = unitsTimesPrice(w.text, w.numbers, n);
    if (sold !== undefined) {
      accepted.push({ n, monthly: sold, r, period: 'month' });
      continue;
    }
    const occasions = occasionsPerMonth(w.text, n);
    if (occasions !== undefined) {
      accepted.push({ n, monthly: n.value * occasions, r, period: 'month' });
      continue;
    }
    // 三十几万 / 十几万: for an amount, 几 keeps the stated base (a count's 十几 is 15).
    const base = /十几/.test(w.text.slice(n.index, n.end)) ? n.value - 5 * (n.unit ?? 1) : n.value;
    accepted.push({ n, monthly: toMonthly(base, period ?? 'month'), r, period: period ?? 'month' });
  }
  const weekday = days.find((d) => d.part === 'weekday');
  const weekend = days.find((d) => d.part === 'weekend');
  // A weekend figure alone says nothing of the month; with a weekday one, five days to two.
  if (weekday)
    accepted.push({ n: weekday.n, monthly: ((5 * weekday.daily + 2 * (weekend?.daily ?? weekday.daily)) / 7) * 30, r: 0, period: 'day' });
  for (const d of days) w.used.add(d.n);
  for (const c of accepted) w.used.add(c.n);
  // Figures in another currency give way to renminbi ones (折合人民币…), and alone give no revenue.
  const home = accepted.filter((c) => !foreign(w, c.n));
  if (home.length === 0) return;
  // The merchant's own average ("平摊下来一个月七万五", "on average 60k") wins over the figures it averages.
  const averaged = home.filter((c) => AVERAGE_BEFORE.test(w.text.slice(Math.max(0, c.n.index - 16), c.n.index)));
  let monthly: number;
  if (averaged.length > 0) monthly = averaged[averaged.length - 1]?.monthly ?? 0;
  else if (home.length > 1 && SEASONAL.test(w.text)) monthly = home.reduce((a, c) => a + c.monthly, 0) / home.length;
  else if (CORRECTION.test(w.text)) monthly = home[home.length - 1]?.monthly ?? 0;
  else {
    const chosen = home.reduce((a, c) => (c.r < a.r ? c : a));
    monthly = netOfPassThrough(w, chosen.n, chosen.monthly);
  }
  w.facts.monthlyRevenue = Math.round(monthly);
}
