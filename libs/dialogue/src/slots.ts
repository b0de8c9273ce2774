import type { AssistantAction, MerchantFacts } from '@uplift/domain';
import { canonicalText } from './canonical';
import { fillCounts } from './counts';
import { industryOf } from './industry';
import { findNumbers, MAX_FIGURE } from './numbers';
import { findDurations } from './quantities';
import { fillRevenue } from './revenue';
import { OFF_TOPIC_TASK } from './cues-topics';
import { CORRECTION, type Work } from './slot-work';
import { fillDurations, fillTenureFromDates } from './tenure';

/** What the slot filler knows besides the text: the question on the table, known facts, and "now". */
export interface SlotContext {
  /** The question or request the merchant is answering (bare "20万" answers a revenue question). */
  pendingAsk?: AssistantAction | undefined;
  known?: MerchantFacts;
  /** ISO time of the case (from state, never the clock), to resolve 上个月 / since 2015. */
  now?: string | null;
}

const pendingFact = (ask: AssistantAction | undefined) => (ask?.kind === 'ask_fact' ? ask.fact : undefined);

/**
 * "> 请问您有几位员工？ 回：十二个": the assistant's question quoted back before the answer says what a bare figure
 * answers, as the question on the table does (rules-2.9.0).
 */
const QUOTED_QUESTION = /^\s*>([^\n]{0,80}?)((回复?|答|reply|answer)\s*[:：]|[?？](?=\s*\S))/i;
const ASKED_FACT: readonly [RegExp, string][] = [
  [/(员工|人手|几个人|多少人|几位|staff|employees|workers|people)/i, 'employees'],
  [/(车|vehicles?|trucks?|vans?|lorr)/i, 'vehicles'],
  [/(座位|餐位|位子|seats?|covers)/i, 'seats'],
  [/(几年|多少年|多久|多长时间|how long|how many years|since when)/i, 'yearsInBusiness'],
  [/(营业额|流水|营收|收入|revenue|turnover|sales|takings)/i, 'monthlyRevenue'],
];
function quotedAsk(text: string): string | undefined {
  const asked = QUOTED_QUESTION.exec(text)?.[1];
  return asked ? ASKED_FACT.find(([re]) => re.test(asked))?.[1] : undefined;
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

/** Hedges and particles around a figure that is the whole message: 大概, 左右, 上下, 来, 吧, "about", "or so". */
const AROUND_A_BARE_FIGURE =
  /^(\s|[，,。.!！~]|大概|大约|约|差不多|估计|可能|左右|上下|出头|来|多|吧|啊|呀|呢|哦|吧|了|有|就|\babout\b|\baround\b|\broughly\b|\bapprox(imately)?\b|\bor so\b|\bish\b|~)*$/i;

/** rules-2.9.4: a message that is only a payment cycle: "fortnightly", "30 days usually", 四十五天吧. */
const BARE_CYCLE =
  /^(?:usually|normally|mostly|about|around|一般|大概|通常|差不多|\s)*(fortnightly|every two weeks|every 2 weeks|bi-?weekly|weekly|monthly|(?:\d{1,3}|[一二两三四五六七八九十]{1,3})\s*(?:days?|天))(?:\s|usually|normally|mostly|or so|左右|吧|啊|[.。!！~])*$/i;

/**
 * rules-2.9.3: a message that is one figure and its measure word, with no question on the table (三台, 十来个, 八万上下): the
 * measure word says what it counts (台/辆 vehicles, 个/人 the staff), a money-sized figure is the monthly takings, the
 * commonest figure asked. A bare figure with no measure word says nothing.
 */
function contextFreeAnswer(w: Work): void {
  if (Object.keys(w.facts).length > 0) return;
  // A cycle alone ("fortnightly", "30 days usually", 四十五天吧): how often customers pay, the only span asked in days.
  const every = BARE_CYCLE.exec(w.text.trim());
  if (every) {
    const word = (every[1] ?? '').toLowerCase();
    const n = w.numbers[0];
    const days = /fortnight|two weeks|2 weeks|bi-?weekly/.test(word) ? 14 : /week/.test(word) ? 7 : /month/.test(word) ? 30 : n?.value;
    if (days !== undefined && days > 0 && days <= 365) w.facts.paymentCycleDays = Math.round(days);
    return;
  }
  if (w.numbers.length !== 1) return;
  const n = w.numbers[0];
  if (!n || n.value <= 0) return;
  const after = /^\s*(台|辆|部|个人|个|人|名|位)?/.exec(w.text.slice(n.end))?.[0] ?? '';
  const rest = w.text.slice(0, n.index) + ' ' + w.text.slice(n.end + after.length);
  if (!AROUND_A_BARE_FIGURE.test(rest)) return;
  const counter = after.trim();
  if (n.scaled) {
    if (counter === '' && n.value >= 1000) w.facts.monthlyRevenue = Math.round(n.value);
  } else if (n.value < 1000 && /^(台|辆|部)$/.test(counter)) w.facts.vehicles = Math.round(n.value);
  else if (n.value < 10_000 && /^(个人|个|人|名)$/.test(counter)) w.facts.employees = Math.round(n.value);
}

/** Extracts the business facts a message states, using the question it answers as context. */
export function extractFacts(message: string, lastAction: AssistantAction | undefined, context: SlotContext = {}): MerchantFacts {
  const text = canonicalText(message);
  // "What's a good name for a bubble tea shop?": what a task for the assistant is about is not a fact of the business.
  if (OFF_TOPIC_TASK.test(text) && !/[，,。;；!！?？]./.test(text.trim())) return {};
  const pending = pendingFact(context.pendingAsk ?? lastAction) ?? quotedAsk(text);
  const numbers = findNumbers(text);
  const w: Work = { text, numbers, used: new Set(), facts: {} };
  const industry = industryOf(text);
  if (industry) w.facts.industry = industry;
  fillTenureFromDates(w, context.now);
  fillDurations(w, findDurations(text, numbers), pending);
  fillCounts(w, pending);
  const correcting = CORRECTION.test(text) && context.known?.monthlyRevenue !== undefined;
  fillRevenue(w, pending === 'monthlyRevenue' || correcting);
  bareAnswer(w, pending);
  if (pending === undefined) contextFreeAnswer(w);
  // Absurd figures (a day's takings of 10^14 × 30) are noise, not facts.
  for (const [key, value] of Object.entries(w.facts)) {
    if (typeof value === 'number' && !(Number.isFinite(value) && value >= 0 && value <= MAX_FIGURE))
      delete (w.facts as Record<string, unknown>)[key];
  }
  return w.facts;
}
