import type { DecisionReason } from '@uplift/domain';
import type { AdmissibleEvidence } from './admissibility';
import type { DecisionInputs } from './inputs';
import { MONTHLY_WAGE, type IndustryNorms, type UnitNorm } from './norms';
import { dayNumber, DAYS_PER_MONTH, field, fieldConfidence, firstNumber, parseAmount, parsePeriod, periodMonths, sameName, statementCredits } from './parse';

// Independent estimators of annual business capacity (CNY of revenue a year). Each reads only the
// evidence of its kind and says what it used and why; cross-validation weighs them against each other.

/** Which estimator produced an estimate. */
export type EstimatorId = 'declared' | 'invoices' | 'contracts' | 'bank_statements' | 'tax' | 'assets' | 'utilities' | 'payroll';

/** Flows measure revenue directly; capacity proxies infer it from units × industry norms. */
export type EstimateKind = 'declared' | 'flow' | 'capacity';

/** One estimate of annual revenue, explainable on its own. */
export interface CapacityEstimate {
  estimator: EstimatorId;
  kind: EstimateKind;
  annualRevenue: number;
  /** Reliability 0..1 before cross-validation. */
  weight: number;
  evidenceIds: string[];
  reason: DecisionReason;
}

/** What every estimator may read. */
export interface EstimatorContext {
  inputs: DecisionInputs;
  evidence: readonly AdmissibleEvidence[];
  norms: IndustryNorms | null;
  asOfDay: number | null;
  /** The merchant's name and tax id as its business licence gives them, when recognised. */
  identity: { name?: string; taxId?: string };
}

/** Base reliability of each estimator (assumption: mirrors the revenue log-sd of the dialogue KB). */
export const ESTIMATOR_WEIGHTS: Readonly<Record<EstimatorId, number>> = {
  declared: 0.1,
  invoices: 0.55,
  contracts: 0.45,
  bank_statements: 0.85,
  tax: 0.8,
  assets: 0.35,
  utilities: 0.2,
  payroll: 0.35,
};

const round = (n: number) => Math.round(n);
const r2 = (n: number) => Math.round(n * 100) / 100;
const ofType = (ctx: EstimatorContext, ...types: string[]) => ctx.evidence.filter((e) => types.includes(e.type) && e.recognition !== null);
const meanDiscount = (used: readonly AdmissibleEvidence[]) => used.reduce((s, e) => s + e.discount, 0) / Math.max(1, used.length);
const ids = (used: readonly AdmissibleEvidence[]) => used.map((e) => e.item.evidenceId);

function estimate(estimator: EstimatorId, kind: EstimateKind, annual: number, weight: number, used: readonly AdmissibleEvidence[], params: DecisionReason['params']): CapacityEstimate {
  const w = r2(Math.max(0, Math.min(1, weight)));
  const annualRevenue = round(annual);
  return {
    estimator,
    kind,
    annualRevenue,
    weight: w,
    evidenceIds: ids(used),
    reason: { code: `ESTIMATE_${estimator.toUpperCase()}`, params: { annualRevenue, weight: w, evidenceIds: ids(used).join(','), ...params } },
  };
}

/** The merchant's own statement of monthly revenue. */
export function declaredEstimate(ctx: EstimatorContext): CapacityEstimate | null {
  const monthly = ctx.inputs.facts.monthlyRevenue;
  if (monthly === undefined || monthly <= 0) return null;
  return estimate('declared', 'declared', monthly * 12, ESTIMATOR_WEIGHTS.declared, [], { monthlyRevenue: monthly });
}

/** Sales invoices (merchant as seller) within the last 12 months, annualised over the window they cover. */
export function invoiceEstimate(ctx: EstimatorContext): CapacityEstimate | null {
  const invoices = ofType(ctx, 'vat_special_invoice', 'vat_ordinary_invoice');
  if (invoices.length === 0) return null;
  const sellers = invoices.map((e) => field(e.recognition!, 'seller')).filter((s): s is string => !!s);
  // Without a licence, the name that sells most often is taken to be the merchant's.
  const counts = new Map<string, number>();
  for (const s of sellers) counts.set(s, (counts.get(s) ?? 0) + 1);
  const guessed = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
  const confirmed = ctx.identity.name !== undefined || ctx.identity.taxId !== undefined;
  const isSeller = (e: AdmissibleEvidence) => {
    const r = e.recognition!;
    if (confirmed) return sameName(field(r, 'seller'), ctx.identity.name) || (ctx.identity.taxId !== undefined && field(r, 'seller_tax_id') === ctx.identity.taxId);
    return sameName(field(r, 'seller'), guessed);
  };
  const seen = new Set<string>();
  const used: AdmissibleEvidence[] = [];
  let total = 0;
  let earliest: number | null = null;
  let purchases = 0;
  let stale = 0;
  let duplicates = 0;
  for (const e of invoices) {
    const r = e.recognition!;
    const amount = parseAmount(field(r, 'total')) ?? parseAmount(field(r, 'amount'));
    const day = dayNumber(field(r, 'date'));
    if (amount === null || amount <= 0 || day === null) continue;
    if (!isSeller(e)) {
      purchases += 1;
      continue;
    }
    if (ctx.asOfDay !== null && (day > ctx.asOfDay || day < ctx.asOfDay - 365)) {
      stale += 1;
      continue;
    }
    const key = field(r, 'invoice_no') ?? e.item.evidenceId;
    if (seen.has(key)) {
      duplicates += 1;
      continue;
    }
    seen.add(key);
    used.push(e);
    total += amount;
    earliest = earliest === null ? day : Math.min(earliest, day);
  }
  if (used.length === 0 || earliest === null) return null;
  const end = ctx.asOfDay ?? earliest;
  // Half a month more: an invoice stands for sales spread over its month, not one day's.
  const windowMonths = Math.max(1, Math.min(12, (end - earliest + 1) / DAYS_PER_MONTH + 0.5));
  const confidence = used.reduce((s, e) => s + fieldConfidence(e.recognition!, ['total', 'date', 'seller']), 0) / used.length;
  const weight = ESTIMATOR_WEIGHTS.invoices * Math.min(1, 0.5 + 0.1 * used.length) * confidence * (confirmed ? 1 : 0.7) * meanDiscount(used);
  return estimate('invoices', 'flow', (total * 12) / windowMonths, weight, used, {
    invoices: used.length, totalAmount: round(total), windowMonths: r2(windowMonths), purchasesSkipped: purchases, staleSkipped: stale, duplicatesSkipped: duplicates,
    merchantIdentity: confirmed ? 'business_licence' : 'most_frequent_seller',
  });
}

/** Sales contracts in force on the decision date (or signed in the last 12 months without a term), annualised. */
export function contractEstimate(ctx: EstimatorContext): CapacityEstimate | null {
  const used: AdmissibleEvidence[] = [];
  let annual = 0;
  for (const e of ofType(ctx, 'sales_contract')) {
    const r = e.recognition!;
    const amount = parseAmount(field(r, 'amount'));
    if (amount === null || amount <= 0) continue;
    if (ctx.identity.name && sameName(field(r, 'party_b'), ctx.identity.name)) continue; // the merchant buys
    const term = parsePeriod(field(r, 'term'));
    const signed = dayNumber(field(r, 'signing_date'));
    const asOf = ctx.asOfDay;
    let months: number;
    if (term && term.from !== null && (term.until !== null || term.openEnded)) {
      const inForce = asOf === null || (asOf >= term.from && (term.openEnded || (term.until !== null && asOf <= term.until)));
      if (!inForce) continue;
      months = term.until !== null ? Math.max(1, (term.until - term.from + 1) / DAYS_PER_MONTH) : 12;
    } else {
      if (signed === null || (asOf !== null && (signed > asOf || signed < asOf - 365))) continue;
      months = 12;
    }
    used.push(e);
    // A contract shorter than a year counts once (no renewal assumed); a longer one per year of its term.
    annual += (amount * 12) / Math.max(months, 12);
  }
  if (used.length === 0) return null;
  const confidence = used.reduce((s, e) => s + fieldConfidence(e.recognition!, ['amount', 'signing_date']), 0) / used.length;
  const weight = ESTIMATOR_WEIGHTS.contracts * Math.min(1, 0.6 + 0.2 * used.length) * confidence * meanDiscount(used);
  return estimate('contracts', 'flow', annual, weight, used, { contracts: used.length });
}

/** Inflows of bank statements, per account, annualised over the period each covers. */
export function bankStatementEstimate(ctx: EstimatorContext): CapacityEstimate | null {
  const byAccount = new Map<string, { credits: number; months: number }>();
  const used: AdmissibleEvidence[] = [];
  let unconfirmed = 0;
  for (const e of ofType(ctx, 'bank_statement')) {
    const r = e.recognition!;
    const rows = statementCredits(r.text);
    const stated = parseAmount(field(r, 'total_credit'));
    const credits = stated ?? rows.credits;
    const months = periodMonths(field(r, 'period')) ?? (rows.firstDay !== null && rows.lastDay !== null ? (rows.lastDay - rows.firstDay + 1) / DAYS_PER_MONTH : null);
    if (credits <= 0 || months === null) continue;
    if (ctx.identity.name && field(r, 'account_name') && !sameName(field(r, 'account_name'), ctx.identity.name)) unconfirmed += 1;
    const key = field(r, 'account_no') ?? e.item.evidenceId;
    const acc = byAccount.get(key) ?? { credits: 0, months: 0 };
    acc.credits += credits;
    acc.months += Math.max(months, 0.5);
    byAccount.set(key, acc);
    used.push(e);
  }
  if (used.length === 0) return null;
  let annual = 0;
  let minMonths = Infinity;
  for (const acc of byAccount.values()) {
    annual += (acc.credits * 12) / acc.months;
    minMonths = Math.min(minMonths, acc.months);
  }
  const coverage = Math.max(0.5, Math.min(1, minMonths / 3));
  const weight = ESTIMATOR_WEIGHTS.bank_statements * coverage * (unconfirmed > 0 ? 0.5 : 1) * meanDiscount(used);
  return estimate('bank_statements', 'flow', annual, weight, used, { accounts: byAccount.size, monthsCovered: r2(minMonths === Infinity ? 0 : minMonths), accountNameMismatch: unconfirmed });
}

/** Small-scale VAT levy rate used to infer sales from tax paid (assumption; reduced rates make it conservative). */
export const VAT_LEVY_RATE = 0.03;

/** Sales declared to the tax authority (or inferred from VAT paid), annualised over the tax period. */
export function taxEstimate(ctx: EstimatorContext): CapacityEstimate | null {
  const used: AdmissibleEvidence[] = [];
  let annual = 0;
  let inferred = 0;
  for (const e of ofType(ctx, 'tax_payment_certificate')) {
    const r = e.recognition!;
    // Tax periods of small taxpayers are quarterly unless the certificate says otherwise (assumption).
    const months = Math.max(1, periodMonths(field(r, 'tax_period')) ?? 3);
    const sales = parseAmount(field(r, 'sales'));
    const paid = parseAmount(field(r, 'amount_paid'));
    if (sales !== null && sales > 0) annual += (sales * 12) / months;
    else if (paid !== null && paid > 0 && /增值税|VAT/i.test(field(r, 'tax_type') ?? '')) {
      annual += (paid / VAT_LEVY_RATE) * (12 / months);
      inferred += 1;
    } else continue;
    used.push(e);
  }
  if (used.length === 0) return null;
  const weight = ESTIMATOR_WEIGHTS.tax * (inferred === used.length ? 0.4 : 1) * meanDiscount(used);
  return estimate('tax', 'flow', annual, weight, used, { certificates: used.length, inferredFromTaxPaid: inferred, levyRate: VAT_LEVY_RATE });
}

const VEHICLE_DOCS = ['vehicle_licence', 'road_transport_certificate'];
const count = (e: AdmissibleEvidence, pred: (label: string, cls: string | null) => boolean) =>
  (e.recognition?.objects ?? []).filter((o) => pred(o.label, o.assetClass)).reduce((s, o) => s + o.count, 0);

interface AssetCandidate { driver: string; units: number; norm: UnitNorm; weight: number; used: AdmissibleEvidence[] }

function assetCandidates(ctx: EstimatorContext, norms: IndustryNorms): AssetCandidate[] {
  const out: AssetCandidate[] = [];
  if (norms.perVehicle) {
    const docs = ctx.evidence.filter((e) => VEHICLE_DOCS.includes(e.type) && e.recognition);
    const photos = ctx.evidence.filter((e) => (e.type === 'commercial_vehicle' || e.type === 'engineering_vehicle') && e.recognition);
    const plates = new Set([...docs, ...photos].map((e) => field(e.recognition!, 'plate')).filter((p): p is string => !!p));
    const inPhoto = Math.max(0, ...photos.map((e) => count(e, (l, c) => c === 'commercial_vehicle' || c === 'engineering_vehicle')));
    const units = Math.max(plates.size, inPhoto);
    const verifiedByDocs = docs.length > 0 && plates.size >= inPhoto;
    if (units > 0) out.push({ driver: 'vehicles', units, norm: norms.perVehicle, weight: verifiedByDocs ? 1 : 0.6, used: [...docs, ...photos] });
  }
  const interiors = ctx.evidence.filter((e) => e.type === 'shop_interior' && e.recognition);
  const seatsIn = (e: AdmissibleEvidence) => {
    const chairs = count(e, (l) => l === 'chair') + 2 * count(e, (l) => l === 'couch' || l === 'bench');
    return chairs > 0 ? chairs : 4 * count(e, (l) => l === 'dining table');
  };
  const seats = Math.max(0, ...interiors.map(seatsIn));
  if (norms.perSeat && seats > 0) out.push({ driver: 'seats', units: seats, norm: norms.perSeat, weight: 0.7, used: interiors });
  else if (norms.perStation && seats > 0) out.push({ driver: 'stations', units: seats, norm: norms.perStation, weight: 0.7, used: interiors });
  if (norms.perMachine) {
    const photos = ctx.evidence.filter((e) => e.type === 'production_equipment' && e.recognition);
    const machines = Math.max(0, ...photos.map((e) => count(e, (l, c) => c === 'production_equipment')));
    if (machines > 0) out.push({ driver: 'machines', units: machines, norm: norms.perMachine, weight: 0.7, used: photos });
  }
  if (norms.perShelfMetre) {
    const photos = ctx.evidence.filter((e) => e.type === 'shelf_goods' && e.recognition);
    // A shelf photo shows about 2 metres of shelving, or 1.5 m per shelf unit detected (assumption).
    const metres = photos.reduce((s, e) => s + Math.max(2, 1.5 * count(e, (l) => l === 'shelf')), 0);
    if (metres > 0) out.push({ driver: 'shelf_metres', units: metres, norm: norms.perShelfMetre, weight: 0.5, used: photos });
  }
  return out;
}

/** Verified assets (vehicles, seats, machines, shelving) × revenue per unit of the trade. */
export function assetEstimate(ctx: EstimatorContext): CapacityEstimate | null {
  if (!ctx.norms) return null;
  const best = assetCandidates(ctx, ctx.norms).sort((a, b) => b.weight - a.weight || b.units * b.norm.monthlyPerUnit - a.units * a.norm.monthlyPerUnit)[0];
  if (!best) return null;
  const weight = ESTIMATOR_WEIGHTS.assets * best.weight * meanDiscount(best.used);
  return estimate('assets', 'capacity', best.units * best.norm.monthlyPerUnit * 12, weight, best.used, {
    driver: best.driver, units: r2(best.units), revenuePerUnitMonthly: best.norm.monthlyPerUnit, normRange: `${best.norm.min}-${best.norm.max}`, normSource: best.norm.source,
  });
}

/** Electricity or water use × revenue per unit used in the trade. */
export function utilityEstimate(ctx: EstimatorContext): CapacityEstimate | null {
  if (!ctx.norms) return null;
  const totals = { kwh: { usage: 0, months: 0 }, water: { usage: 0, months: 0 } };
  const used: AdmissibleEvidence[] = [];
  for (const e of ofType(ctx, 'utility_bill')) {
    const text = field(e.recognition!, 'usage');
    const usage = firstNumber(text);
    if (usage === null || usage <= 0) continue;
    const water = /m3|m³|立方|吨|水/i.test(text ?? '');
    const months = Math.max(1, periodMonths(field(e.recognition!, 'period')) ?? 1);
    const t = water ? totals.water : totals.kwh;
    t.usage += usage;
    t.months += months;
    used.push(e);
  }
  const parts: { unit: string; monthly: number; norm: UnitNorm }[] = [];
  if (totals.kwh.months > 0 && ctx.norms.perKwh) parts.push({ unit: 'kWh', monthly: totals.kwh.usage / totals.kwh.months, norm: ctx.norms.perKwh });
  if (totals.water.months > 0 && ctx.norms.perCubicMetreWater) parts.push({ unit: 'm3', monthly: totals.water.usage / totals.water.months, norm: ctx.norms.perCubicMetreWater });
  const best = parts[0];
  if (!best) return null;
  const weight = ESTIMATOR_WEIGHTS.utilities * meanDiscount(used);
  return estimate('utilities', 'capacity', best.monthly * best.norm.monthlyPerUnit * 12, weight, used, {
    unit: best.unit, monthlyUsage: r2(best.monthly), revenuePerUnitMonthly: best.norm.monthlyPerUnit, normSource: best.norm.source,
  });
}

/** Payroll or social-insurance head count × revenue per employee of the trade; payroll totals checked against wages. */
export function payrollEstimate(ctx: EstimatorContext): CapacityEstimate | null {
  const perEmployee = ctx.norms?.perEmployee;
  if (!perEmployee) return null;
  const payroll = ofType(ctx, 'payroll_sheet');
  const insurance = ofType(ctx, 'social_insurance_certificate');
  const heads = (list: AdmissibleEvidence[], name: string) => Math.max(0, ...list.map((e) => firstNumber(field(e.recognition!, name)) ?? 0));
  const payrollHeads = heads(payroll, 'head_count');
  const insuredHeads = heads(insurance, 'insured_head_count');
  if (payrollHeads <= 0 && insuredHeads <= 0) return null;
  let factor = 1;
  const notes: DecisionReason['params'] = { payrollHeadCount: payrollHeads, insuredHeadCount: insuredHeads };
  let units = Math.max(payrollHeads, insuredHeads);
  if (payrollHeads > 0 && insuredHeads > 0) {
    const ratio = Math.max(payrollHeads, insuredHeads) / Math.min(payrollHeads, insuredHeads);
    if (ratio > 2) {
      units = Math.min(payrollHeads, insuredHeads);
      notes.headCountsDisagree = r2(ratio);
    } else factor = 1.15; // two independent documents agree
  }
  const totals = payroll.map((e) => ({ total: parseAmount(field(e.recognition!, 'total')), heads: firstNumber(field(e.recognition!, 'head_count')) }));
  for (const t of totals) {
    if (t.total === null || !t.heads) continue;
    const wage = t.total / t.heads;
    if (wage < 0.3 * MONTHLY_WAGE || wage > 5 * MONTHLY_WAGE) {
      factor *= 0.3;
      notes.implausibleWagePerHead = round(wage);
    }
  }
  const used = [...payroll, ...insurance];
  const weight = ESTIMATOR_WEIGHTS.payroll * factor * meanDiscount(used);
  return estimate('payroll', 'capacity', units * perEmployee.monthlyPerUnit * 12, weight, used, {
    ...notes, headCount: units, revenuePerEmployeeMonthly: perEmployee.monthlyPerUnit, normSource: perEmployee.source,
  });
}

/** The merchant identity its recognised business licence gives. */
export function merchantIdentity(evidence: readonly AdmissibleEvidence[]): EstimatorContext['identity'] {
  const licence = evidence.find((e) => e.type === 'business_licence' && e.recognition);
  if (!licence?.recognition) return {};
  const name = field(licence.recognition, 'name');
  const taxId = field(licence.recognition, 'uscc');
  return { ...(name ? { name } : {}), ...(taxId ? { taxId } : {}) };
}

/** Every estimator, in a fixed order. */
export const EVIDENCE_ESTIMATORS = [invoiceEstimate, contractEstimate, bankStatementEstimate, taxEstimate, assetEstimate, utilityEstimate, payrollEstimate] as const;

/** Runs the estimators over the admissible evidence; drops estimates that carry no weight. Pure. */
export function runEstimators(ctx: EstimatorContext): { declared: CapacityEstimate | null; evidence: CapacityEstimate[] } {
  const evidence = EVIDENCE_ESTIMATORS.map((f) => f(ctx)).filter((e): e is CapacityEstimate => e !== null && e.weight > 0 && e.annualRevenue > 0);
  return { declared: declaredEstimate(ctx), evidence };
}
