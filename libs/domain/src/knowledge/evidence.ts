import { formatEvidenceKind, type EvidenceKind, type PhotoClassId, type VoucherTypeId } from '../catalogue';
import type { EvidenceKnowledge } from './types';

const A = 'assumption';
const v = (type: VoucherTypeId, rest: Omit<EvidenceKnowledge, 'evidence' | 'source'>, source = A): EvidenceKnowledge => ({
  evidence: { kind: 'voucher', type },
  ...rest,
  source,
});
const p = (cls: PhotoClassId, rest: Omit<EvidenceKnowledge, 'evidence' | 'source' | 'effort'>): EvidenceKnowledge => ({
  evidence: { kind: 'photo', class: cls },
  effort: 0.5,
  ...rest,
  source: A,
});

/**
 * How each voucher type and photo class informs a limit estimate. Strengths and log-sds are
 * assumptions (to calibrate on decided cases); efforts rank the work a merchant does: a photo is
 * cheap, a licence is one photo of one page, a bank statement must be exported from a bank.
 */
export const EVIDENCE_KNOWLEDGE: readonly EvidenceKnowledge[] = [
  v('business_licence', { verifies: { existence: 0.9, tenure: 0.8 }, effort: 1 }),
  v('food_business_permit', { verifies: { existence: 0.6 }, effort: 1 }),
  v('road_transport_operating_licence', { verifies: { existence: 0.7, capacity: 0.2 }, effort: 1 }),
  v('tobacco_retail_licence', { verifies: { existence: 0.5 }, effort: 1 }),
  v('medical_device_business_licence', { verifies: { existence: 0.5 }, effort: 1 }),
  v('construction_qualification_certificate', { verifies: { existence: 0.7, capacity: 0.3 }, effort: 1 }),
  v('industrial_production_licence', { verifies: { existence: 0.6, capacity: 0.2 }, effort: 1 }),
  v('road_transport_certificate', { verifies: { capacity: 0.5, existence: 0.2 }, effort: 1, perUnitOf: 'vehicles' }),
  v('vehicle_licence', { verifies: { capacity: 0.4 }, effort: 1, perUnitOf: 'vehicles' }),
  v('real_estate_certificate', { verifies: { existence: 0.5, tenure: 0.3 }, effort: 1.5 }),
  v('lease_contract', { verifies: { existence: 0.5, tenure: 0.3 }, revenueLogSd: 0.8, effort: 2 }),
  v('vat_special_invoice', { verifies: { revenue: 0.35 }, revenueLogSd: 0.6, effort: 2 }),
  v('vat_ordinary_invoice', { verifies: { revenue: 0.3 }, revenueLogSd: 0.7, effort: 2 }),
  v('sales_contract', { verifies: { revenue: 0.3, cycle: 0.6 }, revenueLogSd: 0.6, effort: 2 }),
  v('purchase_contract', { verifies: { revenue: 0.2, cycle: 0.4 }, revenueLogSd: 0.8, effort: 2 }),
  v('purchase_order', { verifies: { revenue: 0.15 }, revenueLogSd: 0.9, effort: 1.5 }),
  v('delivery_note', { verifies: { revenue: 0.15 }, revenueLogSd: 0.9, effort: 1.5 }),
  v('freight_waybill', { verifies: { revenue: 0.25, capacity: 0.2 }, revenueLogSd: 0.7, effort: 1.5 }),
  v('customs_declaration', { verifies: { revenue: 0.3 }, revenueLogSd: 0.7, effort: 2 }),
  v('bank_statement', { verifies: { revenue: 0.85, cycle: 0.3 }, revenueLogSd: 0.15, effort: 4 }),
  v('utility_bill', { verifies: { existence: 0.4 }, revenueLogSd: 0.8, effort: 1.5 }),
  v('payroll_sheet', { verifies: { capacity: 0.6 }, effort: 3, perUnitOf: 'employees' }),
  v('social_insurance_certificate', { verifies: { capacity: 0.5, existence: 0.3 }, effort: 2.5, perUnitOf: 'employees' }),
  v('tax_payment_certificate', { verifies: { revenue: 0.7 }, revenueLogSd: 0.3, effort: 3 }),
  v('patent_certificate', { verifies: { existence: 0.2, capacity: 0.2 }, effort: 1 }),
  v('high_tech_enterprise_certificate', { verifies: { existence: 0.3, capacity: 0.2 }, effort: 1 }),
  p('storefront', { verifies: { existence: 0.5 } }),
  p('shop_interior', { verifies: { capacity: 0.4, existence: 0.2 }, perUnitOf: 'seats' }),
  p('shelf_goods', { verifies: { capacity: 0.4 }, revenueLogSd: 1.0 }),
  p('warehouse_inventory', { verifies: { capacity: 0.4 }, revenueLogSd: 1.0 }),
  p('commercial_vehicle', { verifies: { capacity: 0.4 }, perUnitOf: 'vehicles' }),
  p('engineering_vehicle', { verifies: { capacity: 0.4 }, perUnitOf: 'vehicles' }),
  p('production_equipment', { verifies: { capacity: 0.4 } }),
  p('kitchen_equipment', { verifies: { capacity: 0.3 } }),
  p('agriculture', { verifies: { capacity: 0.4 } }),
];

const BY_KEY = new Map(EVIDENCE_KNOWLEDGE.map((e) => [formatEvidenceKind(e.evidence), e]));

/** What the knowledge base says about one kind of evidence. */
export function evidenceKnowledge(kind: EvidenceKind): EvidenceKnowledge {
  const found = BY_KEY.get(formatEvidenceKind(kind));
  // Every voucher type and photo class is listed above; the fallback keeps odd input harmless.
  return found ?? { evidence: kind, verifies: {}, effort: 2, source: A };
}

/** Share of merchants who provide evidence of a given effort when asked (assumption). */
export function complianceProbability(effort: number): number {
  return Math.max(0.3, Math.min(0.9, 0.9 - 0.1 * effort));
}
