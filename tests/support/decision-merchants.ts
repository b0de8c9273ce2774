import type { IndustryId, VoucherTypeId } from '@uplift/domain';
import { syntheticMerchant, syntheticVoucherPhoto, type SyntheticMerchant, type SyntheticVoucherOptions } from '@uplift/evidence-synth';

// Merchants of the decision acceptance scenarios (tests/e2e/decision-scenarios.e2e.test.ts): who they
// are, what they say and which vouchers they upload, rendered for them by @uplift/evidence-synth.
// Dates are relative to the day the case runs, because the policy reads invoices of the last 12 months
// as of the decision day. Seeds were checked to be read correctly by the recogniser (fields the policy
// needs and no failed field check); change them only after re-checking.

/** One upload of a scenario. */
export interface ScenarioUpload {
  /** Short handle the test uses to find the upload again. */
  label: string;
  type: VoucherTypeId;
  seed: number;
  options: SyntheticVoucherOptions;
}

/** A merchant with its case parameters, what it tells the assistant and what it uploads. */
export interface DecisionScenario {
  merchantRef: string;
  industry: IndustryId;
  currentLimit: number;
  requestedLimit: number;
  /** What the merchant says about its revenue (the dialogue reads monthlyRevenue from it). */
  revenueMessage: string;
  declaredMonthlyRevenue: number;
  merchant: SyntheticMerchant;
  uploads: ScenarioUpload[];
}

const DAY_MS = 86_400_000;

/** A counterparty (customer) with a valid USCC, drawn from `seed`. */
function party(seed: number): { name: string; uscc: string } {
  const { name, uscc } = syntheticMerchant(seed);
  return { name, uscc };
}

/** ISO date `days` before `today` (UTC). */
export function daysBefore(today: Date, days: number): string {
  return new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()) - days * DAY_MS).toISOString().slice(0, 10);
}

/** ISO date `days` after `today` (UTC). */
export const daysAfter = (today: Date, days: number): string => daysBefore(today, -days);

/**
 * Honest manufacturer: declares CNY 250k a month; three sales invoices over the last three months
 * (CNY 746k, ≈ 2.8M a year) and a sales contract in force (CNY 2.88M over a year) agree. Supported
 * limit ≈ 2.8M × 0.15 × trust ≈ 340k, well above the 250k it asks for (capped at the request).
 */
export function honestManufacturer(today: Date): DecisionScenario {
  const merchant = syntheticMerchant(7101);
  return {
    merchantRef: 'honest-manufacturer',
    industry: 'manufacturing',
    currentLimit: 100_000,
    requestedLimit: 250_000,
    revenueMessage: '我们是做机械加工的，每月流水大约25万元',
    declaredMonthlyRevenue: 250_000,
    merchant,
    uploads: [
      { label: 'licence', type: 'business_licence', seed: 7111, options: { merchant, date: '2016-05-18' } },
      {
        label: 'invoice-1',
        type: 'vat_special_invoice',
        seed: 7124,
        options: { merchant, counterparty: party(7501), amounts: { total: 226_000 }, date: daysBefore(today, 80) },
      },
      {
        label: 'invoice-2',
        type: 'vat_special_invoice',
        seed: 7122,
        options: { merchant, counterparty: party(7502), amounts: { total: 271_200 }, date: daysBefore(today, 50) },
      },
      {
        label: 'invoice-3',
        type: 'vat_special_invoice',
        seed: 7123,
        options: { merchant, counterparty: party(7503), amounts: { total: 248_600 }, date: daysBefore(today, 20) },
      },
      {
        label: 'contract',
        type: 'sales_contract',
        seed: 7141,
        options: {
          merchant,
          counterparty: party(7509),
          amounts: { amount: 2_880_000 },
          date: daysBefore(today, 105),
          period: { from: daysBefore(today, 100), until: daysAfter(today, 265) },
        },
      },
    ],
  };
}

/**
 * Exaggerating wholesaler: declares CNY 300k a month (3.6M a year), but its genuine, consistent sales
 * invoices (CNY 258k over the last ~2.8 months) show about 1.1M a year: declared ≈ 3.3× verified, inside
 * (1.5×, 5×), so it is stated and the limit rests on the evidence, not referred. Limit ≈ 1.1M × 0.10 ×
 * trust ≈ 75k: above the current 30k, far below the 200k asked for.
 */
export function exaggeratingWholesaler(today: Date): DecisionScenario {
  const merchant = syntheticMerchant(7202);
  return {
    merchantRef: 'exaggerating-wholesaler',
    industry: 'wholesale',
    currentLimit: 30_000,
    requestedLimit: 200_000,
    revenueMessage: '我们做批发的，月营业额大概三十万',
    declaredMonthlyRevenue: 300_000,
    merchant,
    uploads: [
      { label: 'licence', type: 'business_licence', seed: 7211, options: { merchant, date: '2019-09-09' } },
      {
        label: 'invoice-1',
        type: 'vat_special_invoice',
        seed: 7225,
        options: { merchant, counterparty: party(7504), amounts: { total: 135_600 }, date: daysBefore(today, 70) },
      },
      {
        label: 'invoice-2',
        type: 'vat_special_invoice',
        seed: 7222,
        options: { merchant, counterparty: party(7505), amounts: { total: 122_430 }, date: daysBefore(today, 25) },
      },
    ],
  };
}

/** The company whose tax certificate the conflicting merchant uploads as its own. */
export const OTHER_COMPANY = syntheticMerchant(7399);

/**
 * Conflicting haulier: licence, vehicle licence and two sales invoices are its own, but it also uploads
 * an invoice between two other companies and a VAT payment certificate of another taxpayer (another
 * USCC than its licence's): the cross-document check finds the USCC contradiction (critical) and the
 * case goes to a reviewer.
 */
export function conflictingHaulier(today: Date): DecisionScenario {
  const merchant = syntheticMerchant(7303);
  return {
    merchantRef: 'conflicting-haulier',
    industry: 'logistics',
    currentLimit: 100_000,
    requestedLimit: 200_000,
    revenueMessage: '我们做货运的，每月流水大约20万元',
    declaredMonthlyRevenue: 200_000,
    merchant,
    uploads: [
      { label: 'licence', type: 'business_licence', seed: 7311, options: { merchant, date: '2017-03-21' } },
      { label: 'vehicle', type: 'vehicle_licence', seed: 7312, options: { merchant, date: '2021-06-15' } },
      {
        label: 'invoice-1',
        type: 'vat_special_invoice',
        seed: 7321,
        options: { merchant, counterparty: party(7506), amounts: { total: 203_400 }, date: daysBefore(today, 60) },
      },
      {
        label: 'invoice-2',
        type: 'vat_special_invoice',
        seed: 7322,
        options: { merchant, counterparty: party(7507), amounts: { total: 192_100 }, date: daysBefore(today, 30) },
      },
      {
        label: 'foreign-invoice',
        type: 'vat_special_invoice',
        seed: 7323,
        options: { merchant: OTHER_COMPANY, counterparty: party(7508), amounts: { total: 350_300 }, date: daysBefore(today, 40) },
      },
      {
        label: 'foreign-tax',
        type: 'tax_payment_certificate',
        seed: 7331,
        options: {
          merchant: OTHER_COMPANY,
          amounts: { amount: 18_000 },
          period: { from: daysBefore(today, 140), until: daysBefore(today, 50) },
          date: daysBefore(today, 35),
        },
      },
    ],
  };
}

/** Renders an upload of a scenario as a phone photo (JPEG). */
export async function renderUpload(upload: ScenarioUpload): Promise<Buffer> {
  return (await syntheticVoucherPhoto(upload.type, upload.seed, upload.options)).jpeg;
}
