import type { AdmissibleEvidence } from './admissibility';
import {
  dayNumber,
  DAYS_PER_MONTH,
  field,
  fieldConfidence,
  parseAmount,
  parsePeriod,
  periodMonths,
  sameName,
  statementCredits,
} from './parse';
import { StatementAccounts } from './statement-accounts';
import { balanceCheckedStatementEstimate } from './statement-estimator';
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

// Estimators that read money flowing through the business: declared turnover, invoices, contracts, bank statements, tax.

/** The merchant's own statement of monthly revenue. */
export function declaredEstimate(ctx: EstimatorContext): CapacityEstimate | null {
  const monthly = ctx.inputs.facts.monthlyRevenue;
  if (monthly === undefined || monthly <= 0) return null;
  return estimate('declared', 'declared', monthly * 12, ESTIMATOR_WEIGHTS.declared, [], { monthlyRevenue: monthly });
}

/** Sales invoices (merchant as seller) within the last 12 months, annualised over the window they cover. */
export function invoiceEstimate(ctx: EstimatorContext): CapacityEstimate | null {
  const invoices = ofType(ctx, 'vat_special_invoice', 'vat_ordinary_invoice');
  if (invoices.length === 0) return null;
  const sellers = invoices.map((e) => field(e.recognition!, 'seller')).filter((s): s is string => !!s);
  // Without a licence, the name that sells most often is taken to be the merchant's.
  const counts = new Map<string, number>();
  for (const s of sellers) counts.set(s, (counts.get(s) ?? 0) + 1);
  const guessed = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
  const confirmed = ctx.identity.name !== undefined || ctx.identity.taxId !== undefined;
  const isSeller = (e: AdmissibleEvidence) => {
    const r = e.recognition!;
    if (confirmed)
      return (
        sameName(field(r, 'seller'), ctx.identity.name) ||
        (ctx.identity.taxId !== undefined && field(r, 'seller_tax_id') === ctx.identity.taxId)
      );
    return sameName(field(r, 'seller'), guessed);
  };
  const seen = new Set<string>();
  const used: AdmissibleEvidence[] = [];
  let total = 0;
  let earliest: number | null = null;
  let purchases = 0;
  let stale = 0;
  let duplicates = 0;
  for (const e of invoices) {
    const r = e.recognition!;
    const amount = parseAmount(field(r, 'total')) ?? parseAmount(field(r, 'amount'));
    const day = dayNumber(field(r, 'date'));
    if (amount === null || amount <= 0 || day === null) continue;
    if (!isSeller(e)) {
      purchases += 1;
      continue;
    }
    if (ctx.asOfDay !== null && (day > ctx.asOfDay || day < ctx.asOfDay - 365)) {
      stale += 1;
      continue;
    }
    const key = field(r, 'invoice_no') ?? e.item.evidenceId;
    if (seen.has(key)) {
      duplicates += 1;
      continue;
    }
    seen.add(key);
    used.push(e);
    total += amount;
    earliest = earliest === null ? day : Math.min(earliest, day);
  }
  if (used.length === 0 || earliest === null) return null;
  const end = ctx.asOfDay ?? earliest;
  // Half a month more: an invoice stands for sales spread over its month, not one day's.
  const windowMonths = Math.max(1, Math.min(12, (end - earliest + 1) / DAYS_PER_MONTH + 0.5));
  const confidence = used.reduce((s, e) => s + fieldConfidence(e.recognition!, ['total', 'date', 'seller']), 0) / used.length;
  const weight =
    ESTIMATOR_WEIGHTS.invoices * Math.min(1, 0.5 + 0.1 * used.length) * confidence * (confirmed ? 1 : 0.7) * meanDiscount(used);
  return estimate('invoices', 'flow', (total * 12) / windowMonths, weight, used, {
    invoices: used.length,
    totalAmount: round(total),
    windowMonths: r2(windowMonths),
    purchasesSkipped: purchases,
    staleSkipped: stale,
    duplicatesSkipped: duplicates,
    merchantIdentity: confirmed ? 'business_licence' : 'most_frequent_seller',
  });
}

/** Sales contracts in force on the decision date (or signed in the last 12 months without a term), annualised. */
export function contractEstimate(ctx: EstimatorContext): CapacityEstimate | null {
  const used: AdmissibleEvidence[] = [];
  let annual = 0;
  for (const e of ofType(ctx, 'sales_contract')) {
    const r = e.recognition!;
    const amount = parseAmount(field(r, 'amount'));
    if (amount === null || amount <= 0) continue;
    if (ctx.identity.name && sameName(field(r, 'party_b'), ctx.identity.name)) continue; // the merchant buys
    const term = parsePeriod(field(r, 'term'));
    const signed = dayNumber(field(r, 'signing_date'));
    const asOf = ctx.asOfDay;
    let months: number;
    if (term && term.from !== null && (term.until !== null || term.openEnded)) {
      const inForce = asOf === null || (asOf >= term.from && (term.openEnded || (term.until !== null && asOf <= term.until)));
      if (!inForce) continue;
      months = term.until !== null ? Math.max(1, (term.until - term.from + 1) / DAYS_PER_MONTH) : 12;
    } else {
      if (signed === null || (asOf !== null && (signed > asOf || signed < asOf - 365))) continue;
      months = 12;
    }
    used.push(e);
    // A contract shorter than a year counts once (no renewal assumed); a longer one per year of its term.
    annual += (amount * 12) / Math.max(months, 12);
  }
  if (used.length === 0) return null;
  const confidence = used.reduce((s, e) => s + fieldConfidence(e.recognition!, ['amount', 'signing_date']), 0) / used.length;
  const weight = ESTIMATOR_WEIGHTS.contracts * Math.min(1, 0.6 + 0.2 * used.length) * confidence * meanDiscount(used);
  return estimate('contracts', 'flow', annual, weight, used, { contracts: used.length });
}

/**
 * Inflows of bank statements, per account, annualised over the period each covers. Rows are read by figure
 * position unless the policy reads them against the running balance; the figure-position reading below is
 * frozen (published versions re-run on it) although it counts outflows of some split-column layouts.
 */
export function bankStatementEstimate(ctx: EstimatorContext): CapacityEstimate | null {
  if (ctx.statementReading === 'running-balance') return balanceCheckedStatementEstimate(ctx);
  const accounts = new StatementAccounts(ctx);
  for (const e of ofType(ctx, 'bank_statement')) accounts.add(e, statementCredits(e.recognition!.text));
  if (accounts.used.length === 0) return null;
  const { annual, weight, details } = accounts.totals();
  return estimate('bank_statements', 'flow', annual, weight, accounts.used, details);
}

/** Small-scale VAT levy rate used to infer sales from tax paid (assumption; reduced rates make it conservative). */
export const VAT_LEVY_RATE = 0.03;

/** Sales declared to the tax authority (or inferred from VAT paid), annualised over the tax period. */
export function taxEstimate(ctx: EstimatorContext): CapacityEstimate | null {
  const used: AdmissibleEvidence[] = [];
  let annual = 0;
  let inferred = 0;
  for (const e of ofType(ctx, 'tax_payment_certificate')) {
    const r = e.recognition!;
    // Tax periods of small taxpayers are quarterly unless the certificate says otherwise (assumption).
    const months = Math.max(1, periodMonths(field(r, 'tax_period')) ?? 3);
    const sales = parseAmount(field(r, 'sales'));
    const paid = parseAmount(field(r, 'amount_paid'));
    if (sales !== null && sales > 0) annual += (sales * 12) / months;
    else if (paid !== null && paid > 0 && /增值税|VAT/i.test(field(r, 'tax_type') ?? '')) {
      annual += (paid / VAT_LEVY_RATE) * (12 / months);
      inferred += 1;
    } else continue;
    used.push(e);
  }
  if (used.length === 0) return null;
  const weight = ESTIMATOR_WEIGHTS.tax * (inferred === used.length ? 0.4 : 1) * meanDiscount(used);
  return estimate('tax', 'flow', annual, weight, used, {
    certificates: used.length,
    inferredFromTaxPaid: inferred,
    levyRate: VAT_LEVY_RATE,
  });
}
