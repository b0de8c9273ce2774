import type { FactName, MerchantFacts, ModelProposal } from '@uplift/domain';
import { findNumbers } from './numbers';

/** What a fact may plausibly be for a small merchant; outside this a proposal is dropped. */
const PLAUSIBLE: Record<Exclude<FactName, 'industry'>, [number, number]> = {
  monthlyRevenue: [1_000, 500_000_000],
  employees: [1, 5_000],
  vehicles: [1, 5_000],
  seats: [1, 5_000],
  yearsInBusiness: [0, 80],
  paymentCycleDays: [0, 365],
};

/** Ways a stated figure becomes a monthly revenue: as is, per day, per week, per year. */
const REVENUE_FACTORS = [1, 30, 52 / 12, 30 / 7, 1 / 12, 365 / 12];

const near = (a: number, b: number, tolerance: number) => Math.abs(a - b) <= tolerance * Math.max(Math.abs(a), Math.abs(b), 1);

/** True when the message itself carries the figure (a model must not invent one). */
function supported(fact: Exclude<FactName, 'industry'>, value: number, text: string, todayYear: number): boolean {
  const numbers = findNumbers(text).map((n) => n.value);
  if (fact === 'monthlyRevenue') {
    // A midpoint or an average of two stated figures is supported too.
    const pairs = numbers.flatMap((a, i) => numbers.slice(i + 1).map((b) => (a + b) / 2));
    return [...numbers, ...pairs].some((n) => REVENUE_FACTORS.some((f) => near(n * f, value, 0.1)));
  }
  if (fact === 'yearsInBusiness' && numbers.some((n) => n >= 1900 && near(todayYear - n, value, 0))) return true;
  if (fact === 'paymentCycleDays' && (value === 0 || numbers.some((n) => near(n * 30, value, 0.05) || near(n * 7, value, 0.05))))
    return true;
  if (/月结|monthly/i.test(text) && fact === 'paymentCycleDays' && value === 30) return true;
  return numbers.some((n) => near(n, value, 0.1));
}

/**
 * Keeps what a language model proposed only where it is plausible and the message itself carries
 * it: an industry from the catalogue, a figure within the range a small merchant has and found in
 * the text (as is, or per day, week or year). What it drops is returned for the record.
 */
export function guardProposal(proposal: ModelProposal, text: string, today: string): { facts: MerchantFacts; dropped: FactName[] } {
  const facts: MerchantFacts = {};
  const dropped: FactName[] = [];
  const year = Number(today.slice(0, 4));
  for (const [key, value] of Object.entries(proposal.facts) as [FactName, MerchantFacts[FactName]][]) {
    if (key === 'industry') {
      if (typeof value === 'string') facts.industry = proposal.facts.industry;
      continue;
    }
    const [min, max] = PLAUSIBLE[key];
    if (typeof value === 'number' && value >= min && value <= max && supported(key, value, text, year)) facts[key] = Math.round(value);
    else dropped.push(key);
  }
  return { facts, dropped };
}
