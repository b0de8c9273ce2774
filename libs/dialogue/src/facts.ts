import { INDUSTRIES, type AssistantAction, type IndustryId, type MerchantFacts } from '@uplift/domain';
import { findNumbers, type FoundNumber } from './numbers';

const REVENUE_WORDS = /(流水|营业额|营收|收入|销售额|进账|生意|revenue|turnover|sales|income|takings|earn|make)/i;
const MONTHLY = /(每月|一个月|月|monthly|a month|per month|\/month|\/mo)/i;
const YEARLY = /(每年|一年|年|annual|annually|a year|per year|yearly|\/year)/i;

function nearest(numbers: FoundNumber[], index: number): FoundNumber | undefined {
  return [...numbers].sort((a, b) => Math.abs(a.index - index) - Math.abs(b.index - index))[0];
}

/** Counts stated before a unit word: "五辆重卡", "two trucks and a van", "12 employees". */
function countsBefore(text: string, numbers: FoundNumber[], unit: RegExp): number | undefined {
  let total = 0;
  let seen = false;
  for (const n of numbers) {
    const after = text.slice(n.end, n.end + 14);
    if (unit.test(after) && n.value > 0 && n.value < 100_000) {
      total += n.value;
      seen = true;
    }
  }
  return seen ? total : undefined;
}

function revenue(text: string, numbers: FoundNumber[], lastAction: AssistantAction | undefined): number | undefined {
  const money = numbers.filter((n) => n.value >= 1_000);
  const keyword = REVENUE_WORDS.exec(text);
  const askedForIt = lastAction?.kind === 'ask_fact' && lastAction.fact === 'monthlyRevenue';
  if (!keyword && !askedForIt) return undefined;
  const figure = keyword ? nearest(money, keyword.index) : money[0];
  if (!figure) return undefined;
  const around = text.slice(Math.max(0, figure.index - 20), figure.end + 12);
  const yearly = YEARLY.test(around) && !MONTHLY.test(around.replace(/年/g, ''));
  return Math.round(yearly ? figure.value / 12 : figure.value);
}

function paymentCycleDays(text: string, numbers: FoundNumber[]): number | undefined {
  const keyword = /(回款|账期|结算周期|付款周期|回款周期|payment cycle|payment terms|get paid|paid in|net\s?\d)/i.exec(text);
  if (!keyword) return undefined;
  for (const n of numbers) {
    const unit = text.slice(n.end, n.end + 8);
    if (/^\s*(个)?(月|months?)/i.test(unit)) return n.value * 30;
    if (/^\s*(周|星期|weeks?)/i.test(unit)) return n.value * 7;
    if (/^\s*(天|日|days?)/i.test(unit)) return n.value;
  }
  const net = /net\s?(\d{1,3})/i.exec(text);
  return net?.[1] ? Number(net[1]) : undefined;
}

function industryOf(text: string): IndustryId | undefined {
  const lower = text.toLowerCase();
  let best: { id: IndustryId; hits: number } | undefined;
  for (const entry of INDUSTRIES) {
    const hits = entry.keywords.filter((k) => lower.includes(k)).length;
    if (hits > 0 && (!best || hits > best.hits)) best = { id: entry.id, hits };
  }
  return best?.id;
}

/** Extracts the business facts a message states, using the previous question as context. */
export function extractFacts(text: string, lastAction: AssistantAction | undefined): MerchantFacts {
  const numbers = findNumbers(text);
  const facts: MerchantFacts = {};
  const industry = industryOf(text);
  if (industry) facts.industry = industry;
  const monthly = revenue(text, numbers, lastAction);
  if (monthly !== undefined) facts.monthlyRevenue = monthly;
  const vehicles = countsBefore(text, numbers, /^\s*(辆|台(货|卡)?车|部车|(heavy |light |small |big )?(trucks?|vans?|lorries|lorry|vehicles?|trailers?|tankers?))/i);
  if (vehicles !== undefined) facts.vehicles = vehicles;
  const employees = countsBefore(text, numbers, /^\s*(个|名|位)?(员工|工人|伙计|师傅|店员|employees?|staff|workers?|people|helpers?)/i);
  if (employees !== undefined) facts.employees = employees;
  const seats = countsBefore(text, numbers, /^\s*(个)?(座位|餐位|座|seats?|covers)/i);
  if (seats !== undefined) facts.seats = seats;
  const years = countsBefore(text, numbers, /^\s*(多)?(年|years?)/i);
  if (years !== undefined && years <= 80 && /(开了|经营|做了|干了|成立|开店|in business|running|operating|for|been)/i.test(text)) {
    facts.yearsInBusiness = years;
  }
  const cycle = paymentCycleDays(text, numbers);
  if (cycle !== undefined) facts.paymentCycleDays = cycle;
  return facts;
}
