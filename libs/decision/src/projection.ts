import type { EvidenceKind, IndustryId } from '@uplift/domain';
import type { EstimatorId } from './estimators';
import { championPolicy } from './registry';

/** Which estimator of the decision reads an evidence kind (null: it verifies identity or existence only). */
const ESTIMATOR_OF: Readonly<Record<string, EstimatorId>> = {
  vat_special_invoice: 'invoices',
  vat_ordinary_invoice: 'invoices',
  sales_contract: 'contracts',
  bank_statement: 'bank_statements',
  tax_payment_certificate: 'tax',
  utility_bill: 'utilities',
  payroll_sheet: 'payroll',
  social_insurance_certificate: 'payroll',
  vehicle_licence: 'assets',
  road_transport_certificate: 'assets',
  commercial_vehicle: 'assets',
  engineering_vehicle: 'assets',
  shop_interior: 'assets',
  production_equipment: 'assets',
  shelf_goods: 'assets',
};

/** The estimator that reads this evidence, or null. */
export function estimatorFor(evidence: EvidenceKind): EstimatorId | null {
  return ESTIMATOR_OF[evidence.kind === 'voucher' ? evidence.type : evidence.class] ?? null;
}

/**
 * The limit the champion policy would support if `annualRevenue` were verified by this evidence: the
 * one limit model behind both the decision and the assistant's hints. Null when the evidence feeds
 * no estimator or the champion cannot project.
 */
export function projectedLimit(input: { industry: IndustryId | null; annualRevenue: number; evidence: EvidenceKind }): number | null {
  const estimator = estimatorFor(input.evidence);
  if (!estimator) return null;
  return championPolicy().project?.({ industry: input.industry, annualRevenue: input.annualRevenue, estimator }) ?? null;
}
