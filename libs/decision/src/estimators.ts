import type { AdmissibleEvidence } from './admissibility';
import { field } from './parse';
import { assetEstimate, payrollEstimate, utilityEstimate } from './capacity-estimators';
import type { CapacityEstimate, EstimatorContext } from './estimator-basics';
import { bankStatementEstimate, contractEstimate, declaredEstimate, invoiceEstimate, taxEstimate } from './flow-estimators';

// Independent estimators of annual business capacity (CNY of revenue a year). Each reads only the
// evidence of its kind and says what it used and why; cross-validation weighs them against each other.

export * from './estimator-basics';
export * from './flow-estimators';
export * from './capacity-estimators';

/** The merchant identity its recognised business licence gives. */
export function merchantIdentity(evidence: readonly AdmissibleEvidence[]): EstimatorContext['identity'] {
  const licence = evidence.find((e) => e.type === 'business_licence' && e.recognition);
  if (!licence?.recognition) return {};
  const name = field(licence.recognition, 'name');
  const taxId = field(licence.recognition, 'uscc');
  return { ...(name ? { name } : {}), ...(taxId ? { taxId } : {}) };
}

/** Every estimator, in a fixed order. */
export const EVIDENCE_ESTIMATORS = [
  invoiceEstimate,
  contractEstimate,
  bankStatementEstimate,
  taxEstimate,
  assetEstimate,
  utilityEstimate,
  payrollEstimate,
] as const;

/** Runs the estimators over the admissible evidence; drops estimates that carry no weight. Pure. */
export function runEstimators(ctx: EstimatorContext): { declared: CapacityEstimate | null; evidence: CapacityEstimate[] } {
  const evidence = EVIDENCE_ESTIMATORS.map((f) => f(ctx)).filter(
    (e): e is CapacityEstimate => e !== null && e.weight > 0 && e.annualRevenue > 0,
  );
  return { declared: declaredEstimate(ctx), evidence };
}
