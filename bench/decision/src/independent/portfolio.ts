import type { CaseState, IndustryId, MerchantFacts } from '@uplift/domain';
import { declaredRevenue, forgeFactor, INDEPENDENT_PROFILES, pickMismatch, type IndependentProfile, type Mismatch } from './behaviours';
import { caseState } from './case-state';
import { buildFile } from './evidence-plan';
import { fairLimitFor } from './fair-limit';
import { applyFindings } from './findings';
import { reviewerView, type ReviewerView } from './ground-truth';
import { makeMerchant, type Merchant } from './merchant';
import type { Proof } from './proof';
import { Draw } from './rng';
import { TRADES } from './trades';

// The independent split: merchants of every trade and behaviour, their case states, and what a careful
// reviewer would do with each. Written without reading the policy or the first portfolio's generator.

/** Default seed of the split (any other gives another, equally valid split). */
export const INDEPENDENT_SEED = 77_310_042;

/** One case of the split with its ground truth. */
export interface IndependentCase {
  state: CaseState;
  industry: IndustryId;
  profile: IndependentProfile;
  mismatch: Mismatch | null;
  trueMonthlyRevenue: number;
  declaredMonthlyRevenue: number | null;
  /** Ids of forged or tampered uploads. */
  forgedIds: string[];
  /** What the true business supports, whatever its paper shows. */
  trueCapacityLimit: number;
  reviewer: ReviewerView;
  proofs: Proof[];
}

function factsOf(d: Draw, m: Merchant, declared: number | null, inflation: number): MerchantFacts {
  const facts: MerchantFacts = { industry: m.trade.id };
  if (declared !== null) facts.monthlyRevenue = declared;
  if (d.chance(0.7)) facts.yearsInBusiness = m.yearsInBusiness;
  const fact = m.trade.driver?.fact;
  // Merchants who inflate revenue tend to inflate its driver too.
  const units = Math.max(1, Math.round(m.driverUnits * (inflation > 1.3 && d.chance(0.5) ? inflation : 1)));
  if (fact === 'vehicles' && d.chance(0.7)) facts.vehicles = units;
  if (fact === 'seats' && d.chance(0.5)) facts.seats = units;
  if (d.chance(0.4)) facts.employees = fact === 'employees' ? units : m.employees;
  if (d.chance(0.2)) facts.paymentCycleDays = Math.round(m.trade.workingCapitalDays * d.between(0.6, 1.2));
  return facts;
}

/** What the merchant asks for: what it believes its (declared) business supports, a little more or less. */
function requestOf(d: Draw, m: Merchant, declared: number | null): number {
  const believed = declared ?? m.trueMonthlyRevenue;
  const ask = Math.ceil((fairLimitFor(m.trade, believed * 12) * d.between(0.6, 1.5)) / 10_000) * 10_000;
  return Math.max(m.currentLimit + 10_000, ask);
}

function makeCase(d: Draw, caseId: string, industry: IndustryId, profile: IndependentProfile): IndependentCase {
  const trade = TRADES.find((t) => t.id === industry);
  if (!trade) throw new Error(`no trade ${industry}`);
  const m = makeMerchant(d, trade);
  const factor = forgeFactor(d, profile);
  const mismatch = profile === 'mismatched' ? pickMismatch(d, m) : null;
  const file = buildFile(d, m, caseId, { profile, mismatch, forgeFactor: factor });
  applyFindings(d, profile, file);
  const declared = declaredRevenue(d, m, profile, factor);
  const requested = requestOf(d, m, declared);
  const facts = factsOf(d, m, declared, declared === null ? 1 : declared / m.trueMonthlyRevenue);
  const proofs = file.map((b) => b.proof);
  return {
    state: caseState(
      caseId,
      m,
      facts,
      requested,
      file.map((b) => b.item),
    ),
    industry,
    profile,
    mismatch,
    trueMonthlyRevenue: m.trueMonthlyRevenue,
    declaredMonthlyRevenue: declared,
    forgedIds: proofs.filter((p) => p.forged).map((p) => p.evidenceId),
    trueCapacityLimit: Math.min(requested, Math.max(m.currentLimit, m.trueCapacityLimit)),
    reviewer: reviewerView(m, proofs, declared, m.currentLimit, requested),
    proofs,
  };
}

/** `perCell` merchants for every trade and profile; the same seed always gives the same split. */
export function buildIndependentPortfolio(perCell: number, seed = INDEPENDENT_SEED): IndependentCase[] {
  const root = new Draw(seed);
  const cases: IndependentCase[] = [];
  let n = 0;
  for (const t of TRADES) {
    for (const profile of INDEPENDENT_PROFILES) {
      for (let i = 0; i < perCell; i++) {
        n += 1;
        cases.push(makeCase(root.fork(n), `ind-${String(n).padStart(4, '0')}`, t.id, profile));
      }
    }
  }
  return cases;
}
