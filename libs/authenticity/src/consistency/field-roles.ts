import type { VoucherTypeId } from '@uplift/domain';

/** Which recognised field of a voucher type carries which identity fact of the merchant. */
export interface FieldRoles {
  /** Fields naming the merchant itself. */
  name?: readonly string[];
  /** Fields of which one must name the merchant (trade documents have two parties). */
  party?: readonly string[];
  uscc?: readonly string[];
  /** USCC fields of which one must be the merchant's. */
  partyUscc?: readonly string[];
  address?: readonly string[];
  plate?: readonly string[];
  /** Date fields that must not be before the business was established. */
  activityDate?: readonly string[];
  /** Document-number field (for reuse and duplicates inside the case). */
  number?: readonly string[];
}

/** Roles per voucher type; types not listed carry no identity facts we compare. */
export const FIELD_ROLES: Partial<Record<VoucherTypeId, FieldRoles>> = {
  business_licence: { name: ['name'], uscc: ['uscc'], address: ['address'] },
  food_business_permit: { name: ['operator_name'], uscc: ['uscc'], address: ['premises'] },
  road_transport_operating_licence: { name: ['operator_name'] },
  tobacco_retail_licence: { name: ['name'], address: ['address'] },
  medical_device_business_licence: { name: ['company'] },
  construction_qualification_certificate: { name: ['company'], uscc: ['uscc'] },
  industrial_production_licence: { name: ['company'] },
  road_transport_certificate: { name: ['operator'], plate: ['plate'] },
  vehicle_licence: { plate: ['plate'], activityDate: [] },
  lease_contract: { party: ['lessee'], address: ['address'] },
  vat_special_invoice: {
    party: ['buyer', 'seller'],
    partyUscc: ['buyer_tax_id', 'seller_tax_id'],
    activityDate: ['date'],
    number: ['invoice_no'],
  },
  vat_ordinary_invoice: {
    party: ['buyer', 'seller'],
    partyUscc: ['buyer_tax_id', 'seller_tax_id'],
    activityDate: ['date'],
    number: ['invoice_no'],
  },
  sales_contract: { party: ['party_a', 'party_b'], activityDate: ['signing_date'], number: ['contract_no'] },
  purchase_contract: { party: ['party_a', 'party_b'], activityDate: ['signing_date'], number: ['contract_no'] },
  purchase_order: { party: ['buyer', 'seller'], activityDate: ['date'], number: ['order_no'] },
  delivery_note: { party: ['consignor', 'consignee'], activityDate: ['date'], number: ['note_no'] },
  freight_waybill: { party: ['shipper', 'consignee'], plate: ['plate'], number: ['waybill_no'] },
  customs_declaration: { name: ['consignor'], number: ['declaration_no'] },
  bank_statement: { name: ['account_name'] },
  utility_bill: { name: ['account_holder'], address: ['address'] },
  payroll_sheet: { name: ['company'] },
  social_insurance_certificate: { name: ['company'] },
  tax_payment_certificate: { uscc: ['taxpayer_id'] },
  patent_certificate: { party: ['patentee'] },
  high_tech_enterprise_certificate: { name: ['company'] },
};

/** Document-number types that are findings when they recur in another case. */
export const DOCUMENT_NUMBER_FIELDS = ['invoice_no', 'contract_no', 'order_no', 'note_no', 'waybill_no', 'declaration_no'] as const;
