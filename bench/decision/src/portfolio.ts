import { prng } from '@uplift/evidence-synth';
import { industryNorms, POLICY_1_0_0_PARAMETERS } from '@uplift/decision';
import {
  bankStatement,
  caseWith,
  invoice,
  licence,
  payroll,
  photo,
  salesContract,
  taxCertificate,
  utilityBill,
  vehicleLicence,
  type StatementLayout,
} from '@uplift/decision/testing';
import { INDUSTRIES, type CaseState, type EvidenceItem, type IndustryId } from '@uplift/domain';

// A synthetic portfolio with known true capacity. Merchants per industry and profile; evidence is
// shaped like @uplift/vision output. Seeded PRNG: the same portfolio every run.

/** How a synthetic merchant behaves. */
export type Profile = 'honest' | 'exaggerating' | 'conflicting' | 'forged_detected' | 'forged_undetected';
export const PROFILES: readonly Profile[] = ['honest', 'exaggerating', 'conflicting', 'forged_detected', 'forged_undetected'];

/** One synthetic case and its ground truth. */
export interface SyntheticCase {
  state: CaseState;
  industry: IndustryId;
  profile: Profile;
  trueMonthlyRevenue: number;
  declaredMonthlyRevenue: number;
  /** Ids of forged uploads (empty for other profiles). */
  forgedIds: string[];
}

const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** How the portfolio's bank statements are printed; the default is the credit | debit layout with 0.00 cells. */
export interface PortfolioOptions {
  /** Layouts taken in turn, case by case (not drawn: every other draw, and so every case, stays the same). */
  statementLayouts?: readonly StatementLayout[];
}

/** Builds `perProfile` merchants for every industry and profile. */
export function buildPortfolio(perProfile: number, seed = 20261122, options: PortfolioOptions = {}): SyntheticCase[] {
  const rnd = prng(seed);
  const u = (lo: number, hi: number) => lo + (hi - lo) * rnd();
  const logU = (lo: number, hi: number) => Math.exp(u(Math.log(lo), Math.log(hi)));
  const cases: SyntheticCase[] = [];
  let n = 0;
  for (const ind of INDUSTRIES) {
    const id: IndustryId = ind.id;
    const norms = industryNorms(id);
    for (const profile of PROFILES) {
      for (let k = 0; k < perProfile; k++) {
        n += 1;
        const caseId = `bench-${n}`;
        const name = `Merchant ${n} Co`;
        const monthly = Math.round(logU(Math.max(norms.monthlyRevenue.min * 2, 40_000), Math.min(norms.monthlyRevenue.max / 3, 1_200_000)));
        const ideal = monthly * 12 * norms.creditToRevenue;
        const current = Math.max(10_000, Math.round((ideal * u(0.3, 0.8)) / 1_000) * 1_000);
        const requested = Math.round((current * u(1.4, 2.6)) / 1_000) * 1_000;
        const e: EvidenceItem[] = [licence(`${caseId}-lic`, name)];
        const pick = (p: number) => rnd() < p;
        let evidenceCount = 0;
        const hasBank = pick(0.6);
        if (pick(0.7) || !hasBank) {
          const share = u(0.75, 1.0);
          for (let m = 0; m < 3; m++)
            e.push(invoice(`${caseId}-inv${m}`, name, Math.round(monthly * share * u(0.85, 1.15)), iso(2026, 8 + m, 5 + m)));
          evidenceCount++;
        }
        if (hasBank) {
          const layouts = options.statementLayouts ?? [];
          const layout = layouts.length > 0 ? layouts[n % layouts.length] : undefined;
          e.push(
            bankStatement(
              `${caseId}-bank`,
              name,
              Math.round(monthly * 3 * u(0.9, 1.15)),
              '2026-08-22',
              '2026-11-21',
              layout ? { layout } : {},
            ),
          );
          evidenceCount++;
        }
        if (pick(0.3)) e.push(taxCertificate(`${caseId}-tax`, Math.round(monthly * 3 * u(0.85, 1.0)), '2026-07-01', '2026-09-30'));
        if (pick(0.3))
          e.push(salesContract(`${caseId}-ctr`, name, Math.round(monthly * 12 * u(0.3, 0.6)), '2026-03-01', '2026-03-01', '2027-02-28'));
        // Capacity evidence of the trade.
        if (norms.perVehicle && pick(0.7)) {
          const units = Math.max(1, Math.round((monthly / norms.perVehicle.monthlyPerUnit) * u(0.7, 1.3)));
          for (let v = 0; v < Math.min(units, 12); v++)
            e.push(vehicleLicence(`${caseId}-veh${v}`, `沪A${String(10_000 + n * 13 + v).slice(-5)}`));
        }
        if (norms.perSeat && pick(0.7)) {
          const seats = Math.max(4, Math.round((monthly / norms.perSeat.monthlyPerUnit) * u(0.7, 1.3)));
          e.push(photo(`${caseId}-int`, 'shop_interior', [{ label: 'chair', assetClass: 'shop_interior', count: seats }]));
        }
        if (norms.perMachine && pick(0.6)) {
          const machines = Math.max(1, Math.round((monthly / norms.perMachine.monthlyPerUnit) * u(0.7, 1.3)));
          e.push(
            photo(`${caseId}-eq`, 'production_equipment', [{ label: 'cnc machine', assetClass: 'production_equipment', count: machines }]),
          );
        }
        if (norms.perEmployee && pick(0.4)) {
          const heads = Math.max(1, Math.round((monthly / norms.perEmployee.monthlyPerUnit) * u(0.7, 1.3)));
          e.push(payroll(`${caseId}-pay`, heads, Math.round(heads * 5_695 * u(0.8, 1.3))));
        }
        if (norms.perKwh && pick(0.4))
          e.push(
            utilityBill(
              `${caseId}-ele`,
              `${Math.round((monthly / norms.perKwh.monthlyPerUnit) * u(0.7, 1.3))} kWh`,
              '2026-10-01',
              '2026-10-31',
            ),
          );
        void evidenceCount;

        let declared = Math.round(monthly * u(0.9, 1.15));
        const forgedIds: string[] = [];
        if (profile === 'exaggerating') declared = Math.round(monthly * u(1.8, 4));
        if (profile === 'conflicting') declared = Math.round(monthly * u(6, 10));
        if (profile === 'forged_detected') {
          const id2 = `${caseId}-forged`;
          forgedIds.push(id2);
          e.push(
            invoice(id2, name, Math.round(monthly * u(4, 8)), '2026-11-10', 'seller', {
              authenticity: { verdict: 'fail', findings: [{ check: 'screen_recapture', severity: 'critical' }] },
            }),
          );
          declared = Math.round(monthly * u(1.5, 3));
        }
        if (profile === 'forged_undetected') {
          // Inflated invoices that pass every check; the merchant declares in line with them.
          const factor = u(3, 6);
          for (let m = 0; m < 3; m++) {
            const id2 = `${caseId}-fake${m}`;
            forgedIds.push(id2);
            e.push(invoice(id2, name, Math.round(monthly * factor), iso(2026, 8 + m, 20), 'seller'));
          }
          declared = Math.round(monthly * factor * u(0.9, 1.1));
        }
        const state = caseWith({
          caseId,
          industry: id,
          currentLimit: current,
          requestedLimit: requested,
          facts: { monthlyRevenue: declared },
          evidence: e,
        });
        cases.push({ state, industry: id, profile, trueMonthlyRevenue: monthly, declaredMonthlyRevenue: declared, forgedIds });
      }
    }
  }
  return cases;
}

/** The capacity-based ideal limit: true annual revenue × the trade's credit ratio, within the same caps. */
export function idealLimit(c: SyntheticCase): number {
  const ratio = industryNorms(c.industry).creditToRevenue;
  const p = POLICY_1_0_0_PARAMETERS;
  const { currentLimit: current, requestedLimit: requested } = c.state;
  const cap = Math.min(p.absoluteCap, Math.max(current * p.maxUpliftMultiple, current + p.minUpliftCap));
  const raw = Math.floor((c.trueMonthlyRevenue * 12 * ratio) / 1_000) * 1_000;
  return Math.max(current, Math.min(requested, cap, raw));
}

/** A reviewer's label, by rules that look at the ground truth, not at the policy. */
export type ReviewerLabel = 'approved' | 'partial' | 'declined' | 'referred';

/**
 * Labelling rules of the simulated reviewer set: forged material or a declaration more than four times
 * the true revenue → the reviewer wants the case (referred); otherwise the outcome the ideal limit implies.
 */
export function reviewerLabel(c: SyntheticCase): ReviewerLabel {
  if (c.forgedIds.length > 0) return 'referred';
  if (c.declaredMonthlyRevenue > 4 * c.trueMonthlyRevenue) return 'referred';
  const ideal = idealLimit(c);
  if (ideal <= c.state.currentLimit) return 'declined';
  return ideal >= c.state.requestedLimit ? 'approved' : 'partial';
}
