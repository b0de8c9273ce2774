import { INDUSTRIES, type AssistantAction, type IndustryId, type MerchantFacts } from '@uplift/domain';
import { findNumbers, MAX_FIGURE, type FoundNumber } from './numbers';
import { findDates, findDurations, type FoundDuration } from './quantities';

/** What the slot filler knows besides the text: the question on the table, known facts, and "now". */
export interface SlotContext {
  /** The question or request the merchant is answering (bare "20万" answers a revenue question). */
  pendingAsk?: AssistantAction | undefined;
  known?: MerchantFacts;
  /** ISO time of the case (from state, never the clock), to resolve 上个月 / since 2015. */
  now?: string | null;
}


function industryOf(text: string): IndustryId | undefined {
  const lower = text.toLowerCase();
  let best: { id: IndustryId; score: number } | undefined;
  for (const entry of INDUSTRIES) {
    let score = 0;
    for (const k of entry.keywords) if (lower.includes(k)) score += 1;
    for (const k of entry.phrases) if (lower.includes(k)) score += 2;
    // "不是做餐饮的" / "not a restaurant": a negated trade is not this trade.
    for (const k of [...entry.keywords, ...entry.phrases]) {
      const at = lower.indexOf(k);
      if (at >= 0 && /(不是|并非|不做|not an? |not |never )\S{0,3}$/.test(lower.slice(Math.max(0, at - 8), at))) score -= 3;
    }
    if (score > 0 && (!best || score > best.score)) best = { id: entry.id, score };
  }
  return best?.id;
}

const VEHICLE_AFTER =
  /^\s*(多|来|几)?\s*(辆|部|台|架)\s*(重型|轻型|大|小|中型|半挂)?(重卡|卡车|货车|挂车|半挂车?|冷藏车|冷链车|面包车|轻卡|厢式车|车|挖机|挖掘机|装载机|铲车|吊车|塔吊|搅拌车|泵车|渣土车|工程车|叉车|货车)?/;
const VEHICLE_AFTER_EN =
  /^\s*(heavy|light|small|big|large|old|new|refrigerated|cold-chain|dump|tipper|box|semi)?(-duty)?\s*(trucks?|vans?|lorr(?:y|ies)|vehicles?|trailers?|tankers?|excavators?|diggers?|loaders?|cranes?|mixers?|rigs?|semis)\b/i;
const SEAT_AFTER = /^\s*(多|来)?\s*(个)?\s*(座位|餐位|位子|个座|座(?!谈)|seats?|covers)/i;
const STAFF_AFTER =
  /^\s*(多|来)?\s*(个|名|位)?\s*(员工|工人|伙计|师傅|店员|服务员|厨师|司机|技师|理发师|美容师|帮工|长工|雇员|employees?|staff|workers?|drivers?|helpers?|cooks?|chefs?|waiters?|waitresses|stylists?|technicians?|hands)/i;
const PEOPLE_AFTER = /^\s*(多|来)?\s*(个)?\s*(人|people|persons|guys)/i;
const STAFF_CONTEXT = /(雇|请了|招了|手下|员工|工人|团队|伙计|人手|staff|employ|hire|team|work(s|ing)? for|on the payroll)/i;
const SEAT_CONTEXT = /(坐|座|seat|diners|guests)/i;
const NOUN_BEFORE: readonly { slot: 'vehicles' | 'seats' | 'employees'; re: RegExp }[] = [
  { slot: 'vehicles', re: /(车辆|货车|卡车|重卡|挖机|车队|车|trucks|vehicles|fleet of|fleet)\s*(有|共|一共|总共|大概|大约|差不多|是|:|：|of|is|are|about|around|roughly)*\s*$/i },
  { slot: 'seats', re: /(座位|餐位|位子|seats|seating|能坐|可以坐|坐得下|seat|capacity)\s*(有|共|一共|总共|大概|大约|差不多|是|:|：|of|is|are|about|around|roughly|for)*\s*$/i },
  { slot: 'employees', re: /(员工|工人|伙计|店员|人手|雇了|请了|staff|employees|workers|team of|team|employ|hire|headcount)\s*(有|共|一共|总共|大概|大约|差不多|是|:|：|of|is|are|about|around|roughly)*\s*$/i },
];

const REVENUE_WORDS = /(流水|营业额|营收|收入|销售额|销售|进账|生意|卖|出货|产值|营业|能做|做到|做了|revenue|turnover|sales|income|takings|gross|bring in|brings in|we do|make|earn|billing|bill)/gi;
const OTHER_MONEY_WORDS = /(房租|租金|工资|成本|支出|开销|利润|赚|净|贷款|额度|借|欠|还款|提到|提高到|涨到|rent|wage|salar|cost|expense|profit|loan|limit|borrow|owe|debt|payroll|price|客单价|单价|油费|fuel|deposit|押金)/gi;
const PAYMENT_CONTEXT = /(回款|账期|结算|付款|结账|结款|收款|打款|回笼|欠款|应收|paid|pay|payment|terms|settle|receivable|collect)/i;
const TENURE_CONTEXT = /(做了|开了|干了|经营了|开店|成立|入行|从业|跑了|种了|养了|开业|年头|in business|running|operating|been|for|have had|established|started|opened|founded|trading)/i;
const TENURE_START = /(开业|成立|开的|开始|创办|注册|起家|since|established|opened|started|founded|set up|registered)/i;
const CORRECTION = /(不对|说错|应该是|更正|其实是|准确说|实际上|actually|sorry|i mean|correction|let me correct|to be precise)/i;

type Period = 'day' | 'week' | 'month' | 'year';
const PERIODS: readonly { period: Period; re: RegExp }[] = [
  { period: 'day', re: /(每天|一天|每日|日均|天|daily|a day|per day|\/day)/gi },
  { period: 'week', re: /(每周|一周|每星期|周|weekly|a week|per week|\/week)/gi },
  { period: 'month', re: /(每月|一个月|月均|月|monthly|a month|per month|\/month|\/mo\b|pcm)/gi },
  { period: 'year', re: /(每年|一年|年|annual|annually|a year|per year|yearly|\/year|p\.a\.|per annum)/gi },
];

/** Distance from a figure to the nearest match of `re` (before counts as is; after weighs 1.5x). */
function distance(text: string, re: RegExp, n: FoundNumber, window = 16): number {
  let best = Infinity;
  for (const m of text.matchAll(re)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (end <= n.index && n.index - end <= window) best = Math.min(best, n.index - end);
    else if (start >= n.end && start - n.end <= window * 1.5) best = Math.min(best, (start - n.end) * 1.5 + 0.5);
  }
  return best;
}

function periodOf(text: string, n: FoundNumber): Period {
  let best: { period: Period; d: number } = { period: 'month', d: Infinity };
  for (const { period, re } of PERIODS) {
    const d = distance(text, re, n, 10);
    if (d < best.d) best = { period, d };
  }
  return best.period;
}

function toMonthly(value: number, period: Period): number {
  switch (period) {
    case 'day':
      return Math.round(value * 30);
    case 'week':
      return Math.round((value * 30) / 7);
    case 'month':
      return Math.round(value);
    case 'year':
      return Math.round(value / 12);
    default: {
      const unreachable: never = period;
      return unreachable;
    }
  }
}

const inside = (n: FoundNumber, spans: readonly { index: number; end: number }[]) => spans.some((s) => n.index < s.end && n.end > s.index);
const pendingFact = (ask: AssistantAction | undefined) => (ask?.kind === 'ask_fact' ? ask.fact : undefined);

interface Work {
  text: string;
  numbers: FoundNumber[];
  used: Set<FoundNumber>;
  facts: MerchantFacts;
}

function counts(w: Work, pending: string | undefined): void {
  const sums: Record<'vehicles' | 'seats' | 'employees', number> = { vehicles: 0, seats: 0, employees: 0 };
  const seen = new Set<string>();
  for (const n of w.numbers) {
    if (w.used.has(n) || n.value <= 0 || n.value >= 100_000 || !Number.isInteger(n.value)) continue;
    const after = w.text.slice(n.end, n.end + 16);
    const before = w.text.slice(Math.max(0, n.index - 12), n.index);
    let slot: 'vehicles' | 'seats' | 'employees' | undefined;
    const vehicle = VEHICLE_AFTER.exec(after);
    if ((vehicle && (vehicle[2] === '辆' || vehicle[4])) || VEHICLE_AFTER_EN.test(after)) slot = 'vehicles';
    else if (SEAT_AFTER.test(after)) slot = 'seats';
    else if (STAFF_AFTER.test(after) && !/^\s*(个|名|位)?\s*(人)/.test(after)) slot = 'employees';
    else if (PEOPLE_AFTER.test(after)) {
      if (SEAT_CONTEXT.test(before)) slot = 'seats';
      else if (STAFF_CONTEXT.test(w.text) || pending === 'employees') slot = 'employees';
    }
    if (!slot && !n.scaled && !/^\s*(万|千|k\b|块|元|年|个?月|天|周)/i.test(after)) {
      slot = NOUN_BEFORE.find((c) => c.re.test(before))?.slot;
    }
    if (!slot) continue;
    w.used.add(n);
    sums[slot] += n.value;
    seen.add(slot);
  }
  for (const slot of seen) w.facts[slot as 'vehicles' | 'seats' | 'employees'] = sums[slot as 'vehicles'];
}

function durations(w: Work, found: FoundDuration[], pending: string | undefined): void {
  for (const d of found) {
    // "一年营业额", "a year in sales": the span is the revenue's period, not a fact of its own.
    const tail = w.text.slice(d.end, d.end + 12);
    if (/^\s*(的)?(营业额|流水|营收|收入|销售额|能做|做|卖|revenue|turnover|sales|income|in sales|of sales)/i.test(tail)) continue;
    const around = w.text.slice(Math.max(0, d.index - 24), d.end + 16);
    for (const n of w.numbers) if (n.index >= d.index && n.end <= d.end) w.used.add(n);
    const paymentNear = PAYMENT_CONTEXT.test(around) || (PAYMENT_CONTEXT.test(w.text) && !TENURE_CONTEXT.test(around));
    if (w.facts.paymentCycleDays === undefined && (paymentNear || (pending === 'paymentCycleDays' && !TENURE_CONTEXT.test(around)))) {
      w.facts.paymentCycleDays = d.days;
    } else if (d.unit === 'year' && w.facts.yearsInBusiness === undefined && (TENURE_CONTEXT.test(around) || pending === 'yearsInBusiness')) {
      w.facts.yearsInBusiness = d.amount;
    }
  }
  if (w.facts.paymentCycleDays === undefined) {
    if (/(月结|monthly (billing|settlement|account)|settle monthly|pay monthly|paid monthly)/i.test(w.text)) w.facts.paymentCycleDays = 30;
    else if (/(现结|现金结|当天结|当场结|现付|付现|一手交钱|cash (on delivery|up ?front|at the counter)|pay(s|ed)? (on the spot|immediately|upfront|at once)|paid (on the spot|immediately|upfront|at the till))/i.test(w.text)) w.facts.paymentCycleDays = 0;
    else {
      const net = /\bnet\s?-?(\d{1,3})\b/i.exec(w.text);
      if (net?.[1]) w.facts.paymentCycleDays = Number(net[1]);
    }
  }
}

function tenureFromDates(w: Work, now: string | null | undefined): void {
  const dates = findDates(w.text, now);
  for (const n of w.numbers) if (inside(n, dates)) w.used.add(n);
  if (w.facts.yearsInBusiness !== undefined || !now) return;
  const ref = /^(\d{4})-(\d{2})/.exec(now);
  if (!ref?.[1] || !ref[2]) return;
  for (const d of dates) {
    const around = w.text.slice(Math.max(0, d.index - 10), d.end + 10);
    if (!TENURE_START.test(around)) continue;
    const months = Number(ref[1]) * 12 + Number(ref[2]) - (d.year * 12 + (d.month ?? 1));
    if (months >= 0 && months < 12 * 100) w.facts.yearsInBusiness = Math.floor(months / 12);
    return;
  }
}

function revenue(w: Work, answering: boolean): void {
  const candidates = w.numbers.filter((n) => !w.used.has(n) && (n.scaled || n.value >= 1_000));
  let chosen: FoundNumber | undefined;
  let best = Infinity;
  for (const n of candidates) {
    const r = distance(w.text, REVENUE_WORDS, n);
    const o = distance(w.text, OTHER_MONEY_WORDS, n);
    if (r < o && r < best) {
      best = r;
      chosen = n;
    }
  }
  if (!chosen && answering) chosen = candidates.find((n) => distance(w.text, OTHER_MONEY_WORDS, n) === Infinity);
  if (!chosen) return;
  w.used.add(chosen);
  w.facts.monthlyRevenue = toMonthly(chosen.value, periodOf(w.text, chosen));
}

/** A bare figure answering the question on the table: "5" after "how many trucks?", "八年" after "how long?". */
function bareAnswer(w: Work, pending: string | undefined): void {
  if (pending !== 'vehicles' && pending !== 'seats' && pending !== 'employees' && pending !== 'yearsInBusiness') return;
  if (w.facts[pending] !== undefined) return;
  const n = w.numbers.find((x) => !w.used.has(x) && !x.scaled && x.value > 0 && x.value < (pending === 'yearsInBusiness' ? 100 : 100_000));
  if (!n) return;
  const after = w.text.slice(n.end, n.end + 4);
  if (/^\s*(万|千|块|元|k\b|%|％)/i.test(after)) return;
  w.used.add(n);
  w.facts[pending] = n.value;
}

/** Extracts the business facts a message states, using the question it answers as context. */
export function extractFacts(text: string, lastAction: AssistantAction | undefined, context: SlotContext = {}): MerchantFacts {
  const pending = pendingFact(context.pendingAsk ?? lastAction);
  const numbers = findNumbers(text);
  const w: Work = { text, numbers, used: new Set(), facts: {} };
  const industry = industryOf(text);
  if (industry) w.facts.industry = industry;
  tenureFromDates(w, context.now);
  durations(w, findDurations(text, numbers), pending);
  counts(w, pending);
  const correcting = CORRECTION.test(text) && context.known?.monthlyRevenue !== undefined;
  revenue(w, pending === 'monthlyRevenue' || correcting);
  bareAnswer(w, pending);
  // Absurd figures (a day's takings of 10^14 × 30) are noise, not facts.
  for (const [key, value] of Object.entries(w.facts)) {
    if (typeof value === 'number' && !(Number.isFinite(value) && value >= 0 && value <= MAX_FIGURE)) delete (w.facts as Record<string, unknown>)[key];
  }
  return w.facts;
}
