import type { DecisionReason } from '@uplift/domain';
import type { AdmissibleEvidence } from './admissibility';
import type { DecisionInputs } from './inputs';
import type { IndustryNorms } from './norms';

// What every estimator shares: the estimate's shape, its context and weights, and small helpers.

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

/** How a policy reads statement rows: by figure position (1.0.0, 1.1.0-rc.1) or against the running balance. */
export type StatementReading = 'figure-position' | 'running-balance';

/** What every estimator may read. */
export interface EstimatorContext {
  inputs: DecisionInputs;
  evidence: readonly AdmissibleEvidence[];
  norms: IndustryNorms | null;
  asOfDay: number | null;
  /** The merchant's name and tax id as its business licence gives them, when recognised. */
  identity: { name?: string; taxId?: string };
  /** How statement rows are read; absent: by figure position, as the published 1.0.0 and 1.1.0-rc.1 read them. */
  statementReading?: StatementReading;
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

export const round = (n: number) => Math.round(n);
export const r2 = (n: number) => Math.round(n * 100) / 100;
export const ofType = (ctx: EstimatorContext, ...types: string[]) =>
  ctx.evidence.filter((e) => types.includes(e.type) && e.recognition !== null);
export const meanDiscount = (used: readonly AdmissibleEvidence[]) => used.reduce((s, e) => s + e.discount, 0) / Math.max(1, used.length);
export const ids = (used: readonly AdmissibleEvidence[]) => used.map((e) => e.item.evidenceId);

export function estimate(
  estimator: EstimatorId,
  kind: EstimateKind,
  annual: number,
  weight: number,
  used: readonly AdmissibleEvidence[],
  params: DecisionReason['params'],
): CapacityEstimate {
  const w = r2(Math.max(0, Math.min(1, weight)));
  const annualRevenue = round(annual);
  return {
    estimator,
    kind,
    annualRevenue,
    weight: w,
    evidenceIds: ids(used),
    reason: {
      code: `ESTIMATE_${estimator.toUpperCase()}`,
      params: { annualRevenue, weight: w, evidenceIds: ids(used).join(','), ...params },
    },
  };
}
