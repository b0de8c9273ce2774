import type { PhotoClassId, VoucherTypeId } from '@uplift/domain';
import { assetPhoto } from './asset-photos';
import { bankStatement } from './bank-statement';
import type { IndependentProfile, Mismatch } from './behaviours';
import type { DocContext } from './context';
import { CASE_DATE, type Merchant } from './merchant';
import { highTechCertificate, patent, payrollSheet, socialInsurance, taxCertificate, utilityBill } from './operating-documents';
import type { Built } from './proof';
import { addDays } from './recognition-shapes';
import { businessLicence, leaseContract, platesOf, roadTransportCertificate, tradePermit, vehicleLicence } from './registration-documents';
import type { Draw } from './rng';
import { contract, deliveryNote, invoice, waybill, type Tamper } from './trade-documents';

// Which uploads a merchant makes: the trade's habits decide what it holds; the profile decides what is
// missing, forged or not its own. Returns the uploads in the order the merchant sent them.

/** What the profile does to the file. */
export interface FilePlan {
  profile: IndependentProfile;
  mismatch: Mismatch | null;
  /** Inflation factor of forged paper (1 when nothing is forged). */
  forgeFactor: number;
}

const SELLS_ON_INVOICE = new Set(['logistics', 'construction', 'manufacturing', 'agriculture', 'catering']);

/** Builds a merchant's uploads. */
export function buildFile(d: Draw, m: Merchant, caseId: string, plan: FilePlan): Built[] {
  const out: Built[] = [];
  let n = 0;
  const ctx = (): DocContext => {
    n += 1;
    const at = `${addDays(CASE_DATE, -d.int(0, 4))}T${String(d.int(8, 21)).padStart(2, '0')}:${String(d.int(10, 59))}:00.000Z`;
    return { d, m, id: `${caseId}-e${n}`, at, caseDate: CASE_DATE };
  };
  const thin = plan.profile === 'thin_file';
  const forged = plan.profile === 'forged_detected' || plan.profile === 'forged_undetected';
  const holds = new Set<string>();
  for (const h of m.trade.habits) {
    const key = h.kind.kind === 'voucher' ? h.kind.type : h.kind.class;
    const share = thin && h.kind.kind === 'voucher' && key !== 'business_licence' ? 0 : h.share;
    if (d.chance(share)) holds.add(key);
  }
  if (thin && !d.chance(0.1)) holds.add('business_licence');
  if (plan.mismatch === 'expired_permit' && m.trade.permit) holds.add(m.trade.permit);
  if (plan.mismatch === 'foreign_licence') holds.add('business_licence');
  if (plan.mismatch === 'foreign_statement') holds.add('bank_statement');

  // What the forger inflates: its statement when it has one, else invoices it fabricates, else its tax paper.
  const tamper = (): Tamper => ({ factor: plan.forgeFactor, careless: d.chance(0.5) });
  let forgeTarget: 'statement' | 'invoices' | 'tax' | 'contract' | null = null;
  if (forged) {
    if (holds.has('bank_statement') && d.chance(0.5)) forgeTarget = 'statement';
    else if (holds.has('tax_payment_certificate') && d.chance(0.5)) forgeTarget = 'tax';
    else if (holds.has('sales_contract') && d.chance(0.4)) forgeTarget = 'contract';
    else forgeTarget = 'invoices';
  }

  const annual = m.trueMonthlyRevenue * 12;
  const within12 = () => addDays(CASE_DATE, -d.int(20, 360));
  const plates = platesOf({ d, m }, Math.min(4, Math.max(1, m.trade.driver?.fact === 'vehicles' ? m.driverUnits : 1)));
  const order: (VoucherTypeId | PhotoClassId)[] = [...m.trade.habits.map((h) => (h.kind.kind === 'voucher' ? h.kind.type : h.kind.class))];
  for (const key of order) {
    if (!holds.has(key)) continue;
    switch (key) {
      case 'business_licence':
        out.push(businessLicence(ctx(), plan.mismatch === 'foreign_licence'));
        break;
      case 'food_business_permit':
      case 'road_transport_operating_licence':
      case 'tobacco_retail_licence':
      case 'construction_qualification_certificate':
      case 'industrial_production_licence':
        out.push(tradePermit(ctx(), key, plan.mismatch === 'expired_permit' && key === m.trade.permit));
        break;
      case 'lease_contract':
        out.push(leaseContract(ctx()));
        break;
      case 'vehicle_licence':
        for (const plate of plates.slice(0, d.int(1, plates.length))) out.push(vehicleLicence(ctx(), plate));
        break;
      case 'road_transport_certificate':
        for (const plate of plates.slice(0, d.int(1, plates.length))) out.push(roadTransportCertificate(ctx(), plate));
        break;
      case 'freight_waybill':
        for (let i = d.int(2, 5); i > 0; i--)
          out.push(waybill(ctx(), Math.round(m.trueMonthlyRevenue * d.between(0.02, 0.08)), d.pick(plates)));
        break;
      case 'vat_special_invoice':
      case 'vat_ordinary_invoice': {
        const seller = SELLS_ON_INVOICE.has(m.trade.id) || (m.trade.id === 'wholesale' && d.chance(0.7));
        const count = d.int(2, 6);
        // Restaurants invoice single meals; B2B sellers upload their main invoices of the year.
        const coverage = m.trade.id === 'catering' ? d.between(0.003, 0.02) : d.between(0.05, 0.4);
        const base = (seller ? annual : annual * m.trade.costShare) * coverage;
        for (let i = 0; i < count; i++) {
          const net = Math.round(base * d.between(0.5, 1.5) * 100) / (count * 100);
          out.push(
            invoice(ctx(), {
              role: seller ? 'seller' : 'buyer',
              net,
              date: within12(),
              special: key === 'vat_special_invoice',
              ...(forgeTarget === 'invoices' ? { tamper: tamper() } : {}),
            }),
          );
        }
        if (forgeTarget === 'invoices') forgeTarget = null;
        break;
      }
      case 'sales_contract':
        for (let i = d.int(1, 3); i > 0; i--) {
          const t = forgeTarget === 'contract' ? tamper() : undefined;
          out.push(contract(ctx(), 'sales_contract', Math.round(annual * d.between(0.08, 0.35)), within12(), t));
          if (t) forgeTarget = null;
        }
        break;
      case 'purchase_contract':
        for (let i = d.int(1, 2); i > 0; i--)
          out.push(contract(ctx(), 'purchase_contract', Math.round(annual * m.trade.costShare * d.between(0.1, 0.3)), within12()));
        break;
      case 'delivery_note':
        for (let i = d.int(1, 3); i > 0; i--)
          out.push(deliveryNote(ctx(), Math.round(m.trueMonthlyRevenue * d.between(0.02, 0.1)), within12()));
        break;
      case 'bank_statement':
        out.push(
          bankStatement(ctx(), {
            months: d.pick([3, 6, 6, 12]),
            foreignAccount: plan.mismatch === 'foreign_statement',
            ...(forgeTarget === 'statement' ? { tamper: tamper() } : {}),
          }),
        );
        if (forgeTarget === 'statement') forgeTarget = null;
        break;
      case 'tax_payment_certificate':
        out.push(taxCertificate(ctx(), forgeTarget === 'tax' ? tamper() : undefined));
        if (forgeTarget === 'tax') forgeTarget = null;
        break;
      case 'payroll_sheet':
        out.push(payrollSheet(ctx()));
        break;
      case 'social_insurance_certificate':
        out.push(socialInsurance(ctx()));
        break;
      case 'utility_bill':
        out.push(utilityBill(ctx()));
        break;
      case 'patent_certificate':
        for (let i = d.int(1, 3); i > 0; i--) out.push(patent(ctx()));
        break;
      case 'high_tech_enterprise_certificate':
        out.push(highTechCertificate(ctx()));
        break;
      case 'commercial_vehicle':
      case 'engineering_vehicle':
        for (const plate of plates.slice(0, d.int(1, Math.min(2, plates.length)))) out.push(assetPhoto(ctx(), key, plate));
        break;
      case 'storefront':
      case 'shop_interior':
      case 'kitchen_equipment':
      case 'shelf_goods':
      case 'warehouse_inventory':
      case 'production_equipment':
      case 'agriculture':
        out.push(assetPhoto(ctx(), key));
        break;
      case 'medical_device_business_licence':
      case 'real_estate_certificate':
      case 'purchase_order':
      case 'customs_declaration':
        // No trade of this split holds them (TRADES' habits): kept out of the file on purpose.
        break;
    }
  }
  // A forger whose target was not in the file fabricates invoices of its own trade.
  if (forged && forgeTarget !== null) {
    for (let i = d.int(2, 4); i > 0; i--) {
      const net = Math.round(annual * d.between(0.03, 0.1) * 100) / 100;
      out.push(invoice(ctx(), { role: 'seller', net, date: within12(), special: d.chance(0.5), tamper: tamper() }));
    }
  }
  if (plan.mismatch === 'invoices_not_party') {
    for (let i = d.int(2, 4); i > 0; i--) {
      out.push(
        invoice(ctx(), {
          role: 'seller',
          net: Math.round(annual * d.between(0.05, 0.2)),
          date: within12(),
          special: d.chance(0.5),
          notParty: true,
        }),
      );
    }
  }
  return out;
}
