import type { DecisionReason } from '@uplift/domain';
import type { AdmissibleEvidence } from './admissibility';
import { MONTHLY_WAGE, type IndustryNorms, type UnitNorm } from './norms';
import { field, firstNumber, parseAmount, periodMonths } from './parse';
import {
  ESTIMATOR_WEIGHTS,
  estimate,
  meanDiscount,
  ofType,
  r2,
  round,
  type CapacityEstimate,
  type EstimatorContext,
} from './estimator-basics';

// Estimators that infer turnover from capacity: assets (vehicles, seats, equipment), utilities, payroll.

const VEHICLE_DOCS = ['vehicle_licence', 'road_transport_certificate'];
const count = (e: AdmissibleEvidence, pred: (label: string, cls: string | null) => boolean) =>
  (e.recognition?.objects ?? []).filter((o) => pred(o.label, o.assetClass)).reduce((s, o) => s + o.count, 0);

interface AssetCandidate {
  driver: string;
  units: number;
  norm: UnitNorm;
  weight: number;
  used: AdmissibleEvidence[];
}

function assetCandidates(ctx: EstimatorContext, norms: IndustryNorms): AssetCandidate[] {
  const out: AssetCandidate[] = [];
  if (norms.perVehicle) {
    const docs = ctx.evidence.filter((e) => VEHICLE_DOCS.includes(e.type) && e.recognition);
    const photos = ctx.evidence.filter((e) => (e.type === 'commercial_vehicle' || e.type === 'engineering_vehicle') && e.recognition);
    const plates = new Set([...docs, ...photos].map((e) => field(e.recognition!, 'plate')).filter((p): p is string => !!p));
    const inPhoto = Math.max(0, ...photos.map((e) => count(e, (l, c) => c === 'commercial_vehicle' || c === 'engineering_vehicle')));
    const units = Math.max(plates.size, inPhoto);
    const verifiedByDocs = docs.length > 0 && plates.size >= inPhoto;
    if (units > 0)
      out.push({ driver: 'vehicles', units, norm: norms.perVehicle, weight: verifiedByDocs ? 1 : 0.6, used: [...docs, ...photos] });
  }
  const interiors = ctx.evidence.filter((e) => e.type === 'shop_interior' && e.recognition);
  const seatsIn = (e: AdmissibleEvidence) => {
    const chairs = count(e, (l) => l === 'chair') + 2 * count(e, (l) => l === 'couch' || l === 'bench');
    return chairs > 0 ? chairs : 4 * count(e, (l) => l === 'dining table');
  };
  const seats = Math.max(0, ...interiors.map(seatsIn));
  if (norms.perSeat && seats > 0) out.push({ driver: 'seats', units: seats, norm: norms.perSeat, weight: 0.7, used: interiors });
  else if (norms.perStation && seats > 0)
    out.push({ driver: 'stations', units: seats, norm: norms.perStation, weight: 0.7, used: interiors });
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
  const best = assetCandidates(ctx, ctx.norms).sort(
    (a, b) => b.weight - a.weight || b.units * b.norm.monthlyPerUnit - a.units * a.norm.monthlyPerUnit,
  )[0];
  if (!best) return null;
  const weight = ESTIMATOR_WEIGHTS.assets * best.weight * meanDiscount(best.used);
  return estimate('assets', 'capacity', best.units * best.norm.monthlyPerUnit * 12, weight, best.used, {
    driver: best.driver,
    units: r2(best.units),
    revenuePerUnitMonthly: best.norm.monthlyPerUnit,
    normRange: `${best.norm.min}-${best.norm.max}`,
    normSource: best.norm.source,
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
  if (totals.kwh.months > 0 && ctx.norms.perKwh)
    parts.push({ unit: 'kWh', monthly: totals.kwh.usage / totals.kwh.months, norm: ctx.norms.perKwh });
  if (totals.water.months > 0 && ctx.norms.perCubicMetreWater)
    parts.push({ unit: 'm3', monthly: totals.water.usage / totals.water.months, norm: ctx.norms.perCubicMetreWater });
  const best = parts[0];
  if (!best) return null;
  const weight = ESTIMATOR_WEIGHTS.utilities * meanDiscount(used);
  return estimate('utilities', 'capacity', best.monthly * best.norm.monthlyPerUnit * 12, weight, used, {
    unit: best.unit,
    monthlyUsage: r2(best.monthly),
    revenuePerUnitMonthly: best.norm.monthlyPerUnit,
    normSource: best.norm.source,
  });
}

/** Payroll or social-insurance head count × revenue per employee of the trade; payroll totals checked against wages. */
export function payrollEstimate(ctx: EstimatorContext): CapacityEstimate | null {
  const perEmployee = ctx.norms?.perEmployee;
  if (!perEmployee) return null;
  const payroll = ofType(ctx, 'payroll_sheet');
  const insurance = ofType(ctx, 'social_insurance_certificate');
  const heads = (list: AdmissibleEvidence[], name: string) =>
    Math.max(0, ...list.map((e) => firstNumber(field(e.recognition!, name)) ?? 0));
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
  const totals = payroll.map((e) => ({
    total: parseAmount(field(e.recognition!, 'total')),
    heads: firstNumber(field(e.recognition!, 'head_count')),
  }));
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
    ...notes,
    headCount: units,
    revenuePerEmployeeMonthly: perEmployee.monthlyPerUnit,
    normSource: perEmployee.source,
  });
}
