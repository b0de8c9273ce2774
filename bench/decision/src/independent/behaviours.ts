import type { Merchant } from './merchant';
import type { Draw } from './rng';

// How a merchant behaves in the dialogue and with its paper: what it declares, whether it forges, whether
// its file mixes in documents that are not its own.

/** The behaviours of the independent split. */
export type IndependentProfile =
  'honest' | 'rounds_up' | 'exaggerating' | 'thin_file' | 'mismatched' | 'forged_detected' | 'forged_undetected';

/** Every profile, in report order. */
export const INDEPENDENT_PROFILES: readonly IndependentProfile[] = [
  'honest',
  'rounds_up',
  'exaggerating',
  'thin_file',
  'mismatched',
  'forged_detected',
  'forged_undetected',
];

/** The ways a mismatched file goes wrong. */
export type Mismatch = 'foreign_statement' | 'invoices_not_party' | 'expired_permit' | 'foreign_licence';

/** Rounds a figure the way people say it: to the nearest 10,000 above 100k, else to the nearest 1,000. */
function spoken(n: number): number {
  const step = n >= 100_000 ? 10_000 : 1_000;
  return Math.max(step, Math.round(n / step) * step);
}

/** Rounds up to the next step a merchant would say ("about 30万"). */
function roundedUp(n: number): number {
  const step = n >= 100_000 ? 50_000 : 5_000;
  return Math.ceil(n / step) * step;
}

/**
 * The monthly revenue the merchant declares, or null when it never says. Honest merchants say roughly the
 * truth; some round up or quote their best month; exaggerators multiply; forgers quote their forged paper.
 */
export function declaredRevenue(d: Draw, m: Merchant, profile: IndependentProfile, forgeFactor: number): number | null {
  const truth = m.trueMonthlyRevenue;
  switch (profile) {
    case 'honest':
      return d.chance(0.12) ? null : spoken(truth * d.jitter(0.08));
    case 'thin_file':
      return d.chance(0.3) ? null : spoken(truth * d.jitter(0.1));
    case 'rounds_up': {
      const best = Math.max(...Object.values(m.revenueByMonth).slice(-12));
      return d.chance(0.5) ? roundedUp(best) : roundedUp(truth * d.between(1.1, 1.4));
    }
    case 'exaggerating':
      return spoken(truth * d.logUniform(1.6, 5));
    case 'mismatched':
      return spoken(truth * d.between(0.9, 1.4));
    case 'forged_detected':
    case 'forged_undetected':
      return spoken(truth * forgeFactor * d.between(0.85, 1.1));
  }
}

/** How much a forger inflates its paper (and then its declaration). */
export function forgeFactor(d: Draw, profile: IndependentProfile): number {
  return profile === 'forged_detected' || profile === 'forged_undetected' ? d.logUniform(1.8, 5) : 1;
}

/** Which mismatch a mismatched merchant's file carries (an expired permit only where the trade needs one). */
export function pickMismatch(d: Draw, m: Merchant): Mismatch {
  const options: Mismatch[] = ['foreign_statement', 'invoices_not_party', 'foreign_licence'];
  if (m.trade.permit) options.push('expired_permit', 'expired_permit');
  return d.pick(options);
}
