/** Every voucher type the held-out set renders, in catalogue order. */
import { VOUCHER_TYPES } from '@uplift/domain';
import type { DocumentType } from './spec';
import { BUSINESS_LICENCE } from './business-licence';
import { PURCHASE_CONTRACT, SALES_CONTRACT } from './contracts';
import { LEASE_CONTRACT } from './lease-contract';
import { BANK_STATEMENT } from './bank-statement';
import { PAYROLL_SHEET } from './payroll';
import { DELIVERY_NOTE, PURCHASE_ORDER } from './trade-forms';
import { FREIGHT_WAYBILL } from './waybill';
import { CUSTOMS_DECLARATION } from './customs';
import { UTILITY_BILL } from './utility-bill';
import { ROAD_TRANSPORT_CERTIFICATE, VEHICLE_LICENCE } from './vehicle-cards';
import { SOCIAL_INSURANCE_CERTIFICATE } from './social-insurance';
import { TAX_PAYMENT_CERTIFICATE } from './tax-certificate';
import { VAT_ORDINARY_INVOICE, VAT_SPECIAL_INVOICE } from './invoices';
import { FOOD_BUSINESS_PERMIT, MEDICAL_DEVICE_BUSINESS_LICENCE, ROAD_TRANSPORT_OPERATING_LICENCE, TOBACCO_RETAIL_LICENCE } from './permits';
import { CONSTRUCTION_QUALIFICATION_CERTIFICATE, HIGH_TECH_ENTERPRISE_CERTIFICATE, INDUSTRIAL_PRODUCTION_LICENCE, PATENT_CERTIFICATE, REAL_ESTATE_CERTIFICATE } from './certificates';

export const DOCUMENT_TYPES: readonly DocumentType[] = [
  BUSINESS_LICENCE,
  FOOD_BUSINESS_PERMIT,
  ROAD_TRANSPORT_OPERATING_LICENCE,
  TOBACCO_RETAIL_LICENCE,
  MEDICAL_DEVICE_BUSINESS_LICENCE,
  CONSTRUCTION_QUALIFICATION_CERTIFICATE,
  INDUSTRIAL_PRODUCTION_LICENCE,
  ROAD_TRANSPORT_CERTIFICATE,
  VEHICLE_LICENCE,
  REAL_ESTATE_CERTIFICATE,
  LEASE_CONTRACT,
  VAT_SPECIAL_INVOICE,
  VAT_ORDINARY_INVOICE,
  SALES_CONTRACT,
  PURCHASE_CONTRACT,
  PURCHASE_ORDER,
  DELIVERY_NOTE,
  FREIGHT_WAYBILL,
  CUSTOMS_DECLARATION,
  BANK_STATEMENT,
  UTILITY_BILL,
  PAYROLL_SHEET,
  SOCIAL_INSURANCE_CERTIFICATE,
  TAX_PAYMENT_CERTIFICATE,
  PATENT_CERTIFICATE,
  HIGH_TECH_ENTERPRISE_CERTIFICATE,
];

const catalogueOrder = VOUCHER_TYPES.map((v) => v.id).join(',');
if (DOCUMENT_TYPES.map((t) => t.id).join(',') !== catalogueOrder) {
  throw new Error(`held-out renderer types differ from the catalogue: ${catalogueOrder}`);
}
