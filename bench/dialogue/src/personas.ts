import { INDUSTRIES, formatEvidenceKind, type IndustryId, type Language, type MerchantFacts, industryKnowledge } from '@uplift/domain';

import { pick, prng } from './random';

/** How a scripted merchant behaves. */
export type Style = 'cooperative' | 'terse' | 'chatty' | 'vague' | 'contradictory' | 'evasive' | 'off_topic';
export const STYLES: readonly Style[] = ['cooperative', 'terse', 'chatty', 'vague', 'contradictory', 'evasive', 'off_topic'];

/** A scripted merchant with ground-truth facts and the evidence they hold. */
export interface Persona {
  id: string;
  industry: IndustryId;
  language: Language;
  style: Style;
  /** Whether the channel already knew the trade when the case opened. */
  industryAtOpen: boolean;
  truth: MerchantFacts & { industry: IndustryId };
  /** Wire keys of the evidence they have (voucher:..., photo:...). */
  holds: ReadonlySet<string>;
  /** Most effort they put into one upload (photo 0.5 ... bank statement 4). */
  patience: number;
  seed: number;
}

const within = (random: () => number, min: number, max: number) => Math.exp(Math.log(min) + random() * (Math.log(max) - Math.log(min)));
const CYCLES: Record<IndustryId, readonly number[]> = {
  catering: [0],
  retail: [0],
  personal_services: [0],
  agriculture: [0, 30],
  logistics: [30, 60, 90],
  construction: [90, 120, 180],
  manufacturing: [30, 60, 90],
  wholesale: [30, 45, 60],
};

/** Builds the scripted merchants: every trade × language × style × (trade known at open or not). */
export function personas(): Persona[] {
  const list: Persona[] = [];
  let seed = 1;
  for (const entry of INDUSTRIES) {
    const kb = industryKnowledge(entry.id);
    for (const language of ['zh', 'en'] as const) {
      for (const style of STYLES) {
        for (const industryAtOpen of [true, false]) {
          const random = prng(seed * 7_919);
          const truth: Persona['truth'] = {
            industry: entry.id,
            monthlyRevenue:
              Math.round(within(random, Math.max(kb.monthlyRevenue.min, 30_000), kb.monthlyRevenue.max / 4) / 10_000) * 10_000,
            employees: Math.max(1, Math.round(within(random, kb.staff.min, kb.staff.max / 2))),
            yearsInBusiness: 1 + Math.floor(random() * 12),
            paymentCycleDays: pick(random, CYCLES[entry.id]),
          };
          for (const d of kb.drivers)
            if (d.fact !== 'employees') truth[d.fact] = Math.max(1, Math.round(within(random, d.typicalCount.min, d.typicalCount.max / 2)));
          const holds = new Set(kb.evidence.filter(() => random() < 0.75).map(formatEvidenceKind));
          holds.add('voucher:business_licence');
          list.push({
            id: `${entry.id}-${language}-${style}-${industryAtOpen ? 'known' : 'unknown'}`,
            industry: entry.id,
            language,
            style,
            industryAtOpen,
            truth,
            holds,
            patience: style === 'evasive' ? 1 : style === 'vague' ? 2 : pick(random, [2, 4, 4]),
            seed: seed * 104_729,
          });
          seed += 1;
        }
      }
    }
  }
  return list;
}
