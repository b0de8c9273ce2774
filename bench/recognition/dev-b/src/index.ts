// dev-b: an independent renderer of the 26 voucher types as phone photos of the documents as real
// Chinese documents look (see README.md). generateDevB yields BenchDoc-compatible documents.
import { VOUCHER_TYPES } from '@uplift/domain';
import {
  businessLicence,
  constructionQualification,
  foodBusinessPermit,
  highTechCertificate,
  industrialProductionLicence,
  medicalDeviceLicence,
  patentCertificate,
  realEstateCertificate,
  roadTransportCertificate,
  roadTransportOperatingLicence,
  tobaccoRetailLicence,
} from './registration';
import { vatInvoice } from './invoices';
import { leaseContract, tradeContract } from './contracts';
import {
  bankStatement,
  customsDeclaration,
  deliveryNote,
  freightWaybill,
  payrollSheet,
  purchaseOrder,
  socialInsuranceCertificate,
  taxPaymentCertificate,
  utilityBill,
  vehicleLicence,
} from './forms';
import type { Drawn } from './doc';
import { photograph } from './photo';
import { Rand } from './rng';

export const RENDERERS: Readonly<Record<string, (r: Rand) => Drawn>> = {
  business_licence: businessLicence,
  food_business_permit: foodBusinessPermit,
  road_transport_operating_licence: roadTransportOperatingLicence,
  tobacco_retail_licence: tobaccoRetailLicence,
  medical_device_business_licence: medicalDeviceLicence,
  construction_qualification_certificate: constructionQualification,
  industrial_production_licence: industrialProductionLicence,
  road_transport_certificate: roadTransportCertificate,
  vehicle_licence: vehicleLicence,
  real_estate_certificate: realEstateCertificate,
  lease_contract: leaseContract,
  vat_special_invoice: vatInvoice(true),
  vat_ordinary_invoice: vatInvoice(false),
  sales_contract: tradeContract(true),
  purchase_contract: tradeContract(false),
  purchase_order: purchaseOrder,
  delivery_note: deliveryNote,
  freight_waybill: freightWaybill,
  customs_declaration: customsDeclaration,
  bank_statement: bankStatement,
  utility_bill: utilityBill,
  payroll_sheet: payrollSheet,
  social_insurance_certificate: socialInsuranceCertificate,
  tax_payment_certificate: taxPaymentCertificate,
  patent_certificate: patentCertificate,
  high_tech_enterprise_certificate: highTechCertificate,
};

/** A BenchDoc-compatible document (bench/recognition/src/score.ts). */
export interface DevBDoc {
  id: string;
  type: string;
  bytes: Buffer;
  truth: Record<string, string>;
  amountFields: string[];
  wording: 'dev-b';
}

export interface DevBOptions {
  seed: number;
  perType: number;
  /** Only these types (the others are skipped without drawing; each type has its own random stream). */
  types?: ReadonlySet<string> | null;
}

/** Draws one document of a type (the page, its truth) without photographing it. */
export function drawDocument(type: string, r: Rand): Drawn {
  const render = RENDERERS[type];
  if (!render) throw new Error(`dev-b has no renderer for ${type}`);
  const drawn = render(r);
  const keys = new Set<string>(VOUCHER_TYPES.find((v) => v.id === type)?.keyFields ?? []);
  for (const k of Object.keys(drawn.truth)) if (!keys.has(k)) throw new Error(`dev-b ${type}: truth key ${k} is not a key field`);
  return drawn;
}

/** Yields `perType` photographed documents of each of the 26 types, in catalogue order. */
export async function* generateDevB(opts: DevBOptions): AsyncIterable<DevBDoc> {
  for (const [index, { id: type }] of VOUCHER_TYPES.entries()) {
    if (opts.types && !opts.types.has(type)) continue;
    // Each type gets its own stream so that restricting the types does not change the documents.
    const r = new Rand((opts.seed * 1000003 + index * 7919) >>> 0);
    for (let i = 0; i < opts.perType; i += 1) {
      const drawn = drawDocument(type, r);
      const bytes = await photograph(drawn.canvas, r, { tilt: drawn.tilt ?? 5 });
      yield {
        id: `devb-${type}-${i + 1}`,
        type,
        bytes,
        truth: drawn.truth,
        amountFields: drawn.amounts.filter((a) => a in drawn.truth),
        wording: 'dev-b',
      };
    }
  }
}
