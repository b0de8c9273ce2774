import { outcomeForLimit } from '@uplift/domain';
import { fairLimitFor } from './fair-limit';
import type { Merchant } from './merchant';
import type { Proof, RevenueRoute } from './proof';

// The careful reviewer (README.md, "Ground truth"): reads every upload, knows which are genuine and the
// merchant's own, credits revenue only as far as the paper shows it, and sizes the line by the trade.

/** What a careful human reviewer gives. */
export type IndependentLabel = 'approved' | 'partial' | 'declined' | 'referred';

/** The reviewer's reading of one case. */
export interface ReviewerView {
  /** Annual revenue the genuine, own paper shows (the strongest route). */
  evidencedAnnualRevenue: number;
  /** The route it comes from, or null when nothing shows revenue. */
  route: RevenueRoute | null;
  /** The limit the reviewer would grant from that paper, within [current, requested]. */
  fairLimit: number;
  label: IndependentLabel;
  reason: string;
}

/** Routes that measure the whole of the takings (a whole account, a tax return), not a chosen sample. */
const WHOLE_ROUTES: ReadonlySet<RevenueRoute> = new Set(['bank_statement', 'tax_return']);
/** Above this multiple of what a whole-takings document shows, a declaration is a misrepresentation to look into. */
export const MISREPRESENTATION_MULTIPLE = 3;

/** Revenue each route shows: summed within a route (several invoices, several trucks once each), then the best route. */
export function evidencedRevenue(proofs: readonly Proof[]): { annual: number; route: RevenueRoute | null; whole: number } {
  const byRoute = new Map<RevenueRoute, number>();
  const plates = new Set<string>();
  for (const p of proofs) {
    if (!p.revenue || p.forged || !p.ownedByMerchant) continue;
    if (p.plate) {
      if (plates.has(p.plate)) continue;
      plates.add(p.plate);
    }
    byRoute.set(p.revenue.route, (byRoute.get(p.revenue.route) ?? 0) + p.revenue.annual);
  }
  let best: RevenueRoute | null = null;
  let whole = 0;
  for (const [route, annual] of byRoute) {
    if (best === null || annual > (byRoute.get(best) ?? 0)) best = route;
    if (WHOLE_ROUTES.has(route)) whole = Math.max(whole, annual);
  }
  return { annual: best ? (byRoute.get(best) ?? 0) : 0, route: best, whole };
}

/** The careful reviewer's limit and label for a merchant's file. */
export function reviewerView(
  m: Merchant,
  proofs: readonly Proof[],
  declaredMonthly: number | null,
  current: number,
  requested: number,
): ReviewerView {
  const evidence = evidencedRevenue(proofs);
  const declaredAnnual = declaredMonthly === null ? null : declaredMonthly * 12;
  // Never more than the merchant itself claims; never less than the line it already has.
  const basis = declaredAnnual === null ? evidence.annual : Math.min(evidence.annual, declaredAnnual);
  const fairLimit = Math.min(requested, Math.max(current, fairLimitFor(m.trade, basis)));
  const view = (label: IndependentLabel, reason: string): ReviewerView => ({
    evidencedAnnualRevenue: Math.round(evidence.annual),
    route: evidence.route,
    fairLimit,
    label,
    reason,
  });
  if (proofs.some((p) => p.forged)) return view('referred', 'forged or tampered material in the file');
  if (proofs.some((p) => p.foreignLicence)) return view('referred', "the business licence is another entity's");
  if (proofs.some((p) => p.tradePermit && p.expired)) return view('referred', "the trade's permit expired before the case date");
  const exists = proofs.some((p) => p.existence && p.ownedByMerchant && !p.expired);
  if (!exists) return view('declined', 'no licence or permit shows the business');
  if (evidence.annual <= 0) return view('declined', 'nothing in the file shows revenue');
  if (declaredAnnual !== null && evidence.whole > 0 && declaredAnnual > MISREPRESENTATION_MULTIPLE * evidence.whole) {
    return view('referred', `declared revenue above ${MISREPRESENTATION_MULTIPLE}× what the statement or tax return shows`);
  }
  return view(outcomeForLimit(fairLimit, current, requested), `sized on ${evidence.route ?? 'nothing'}`);
}
