import { holderName, type DocContext } from './context';
import { personName, printedName } from './identity';
import { lastMonths, monthKey } from './merchant';
import { proofOf, type Built } from './proof';
import { addDays, amount, authenticity, evidenceItem, field, voucherRecognition } from './recognition-shapes';
import type { Tamper } from './trade-documents';

// Tax, payroll, social insurance, utility bills, patents and high-tech certificates. Only a tax certificate
// that prints the declared sales shows revenue; the others show that the business runs, and at what scale.

const GENERAL_TAXPAYER_TRADES = new Set(['manufacturing', 'wholesale', 'construction', 'logistics']);

/** The tax payment certificate of the last full quarter (July to September). */
export function taxCertificate(c: DocContext, tamper?: Tamper): Built {
  const { d, m } = c;
  const quarter = lastMonths(12).filter((mo) => mo.year === 2026 && mo.month >= 7 && mo.month <= 9);
  const trueSales = quarter.reduce((s, mo) => s + (m.revenueByMonth[monthKey(mo)] ?? 0), 0) * m.taxDeclaredShare;
  const sales = tamper ? trueSales * tamper.factor : trueSales;
  const general = !m.identity.individual && GENERAL_TAXPAYER_TRADES.has(m.trade.id);
  const rate = general ? d.between(0.02, 0.04) : 0.01;
  const paid = (tamper?.careless ? trueSales : sales) * rate;
  const showsSales = d.chance(0.6);
  const fields = [
    field(d, 'taxpayer_id', m.identity.uscc),
    field(d, 'taxpayer_name', printedName(d, m.identity.name)),
    field(d, 'tax_period', '2026-07-01/2026-09-30'),
    field(d, 'tax_type', '增值税'),
    field(d, 'amount_paid', amount(paid)),
  ];
  if (showsSales) fields.push(field(d, 'sales', amount(sales)));
  const recognition = voucherRecognition(
    d,
    'tax_payment_certificate',
    fields,
    ['税收完税证明', ...fields.map((f) => `${f.name} ${f.value}`)],
    c.caseDate,
    { pdf: true },
  );
  const item = evidenceItem(d, c.id, { kind: 'voucher', type: 'tax_payment_certificate' }, c.at, recognition, authenticity(d, [], false));
  const seasonWeight = quarter.reduce((s, mo) => s + (m.trade.season[mo.month - 1] ?? 1), 0);
  const revenue = showsSales ? { route: 'tax_return' as const, annual: (trueSales / seasonWeight) * 12 } : null;
  return { item, proof: proofOf(item, { revenue, forged: tamper !== undefined }) };
}

/** Last month's payroll sheet. */
export function payrollSheet(c: DocContext): Built {
  const { d, m } = c;
  const wages = Array.from({ length: m.employees }, () => Math.round(d.between(4_200, 8_500)));
  const total = wages.reduce((a, b) => a + b, 0);
  const fields = [
    field(d, 'company', printedName(d, m.identity.name)),
    field(d, 'month', '2026-10'),
    field(d, 'head_count', String(m.employees)),
    field(d, 'total', amount(total)),
  ];
  const lines = ['工资表', ...wages.slice(0, 30).map((w, i) => `${i + 1} ${personName(d)} ${amount(w)}`), `实发合计 ${amount(total)}`];
  const validations = [
    { rule: 'rows_sum_to_total', fields: ['rows', 'total'], passed: true, detail: `${m.employees} rows sum to ${amount(total)}` },
  ];
  const recognition = voucherRecognition(d, 'payroll_sheet', fields, lines, c.caseDate, { validations });
  const item = evidenceItem(d, c.id, { kind: 'voucher', type: 'payroll_sheet' }, c.at, recognition, authenticity(d, [], true));
  return { item, proof: proofOf(item) };
}

/** The social insurance certificate (small firms often insure fewer people than they employ). */
export function socialInsurance(c: DocContext): Built {
  const { d, m } = c;
  const insured = Math.max(1, Math.round(m.employees * d.between(0.4, 1)));
  const fields = [
    field(d, 'company', printedName(d, m.identity.name)),
    field(d, 'uscc', m.identity.uscc),
    field(d, 'insured_head_count', String(insured)),
    field(d, 'months_paid', String(Math.min(12 * m.yearsInBusiness, d.int(6, 60)))),
  ];
  const recognition = voucherRecognition(
    d,
    'social_insurance_certificate',
    fields,
    fields.map((f) => `${f.name} ${f.value}`),
    c.caseDate,
    { pdf: true },
  );
  const item = evidenceItem(
    d,
    c.id,
    { kind: 'voucher', type: 'social_insurance_certificate' },
    c.at,
    recognition,
    authenticity(d, [], false),
  );
  return { item, proof: proofOf(item) };
}

/** Last month's electricity bill; the account is often still in the landlord's name. */
export function utilityBill(c: DocContext): Built {
  const { d, m } = c;
  const kwh = Math.round((m.trueMonthlyRevenue / d.between(20, 60)) * 1);
  const holder = d.chance(0.3) ? personName(d) : printedName(d, holderName(c, 0.5));
  const fields = [
    field(d, 'account_holder', holder),
    field(d, 'account_no', String(d.int(1_000_000_000, 9_999_999_999))),
    field(d, 'address', m.identity.address),
    field(d, 'period', '2026-10-01/2026-10-31'),
    field(d, 'usage', `${kwh}kWh`),
    field(d, 'amount', amount(kwh * d.between(0.65, 1.1))),
  ];
  const recognition = voucherRecognition(
    d,
    'utility_bill',
    fields,
    ['电费缴费通知单', ...fields.map((f) => `${f.name} ${f.value}`)],
    c.caseDate,
  );
  const item = evidenceItem(d, c.id, { kind: 'voucher', type: 'utility_bill' }, c.at, recognition, authenticity(d, [], true));
  return { item, proof: proofOf(item) };
}

/** Check digit of a Chinese patent application number (weights 2-9 then 2-5, mod 11, 10 = X). */
function patentCheck(digits: string): string {
  const weights = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
  const sum = [...digits].reduce((s, ch, i) => s + Number(ch) * (weights[i] ?? 0), 0) % 11;
  return sum === 10 ? 'X' : String(sum);
}

/** A utility-model or invention patent held by the merchant. */
export function patent(c: DocContext): Built {
  const { d, m } = c;
  const year = d.int(2016, 2025);
  const digits = `${year}${d.pick(['1', '2'])}${String(d.int(0, 9_999_999)).padStart(7, '0')}`;
  const fields = [
    field(d, 'patent_no', `ZL${digits.slice(0, 4)} ${digits.slice(4, 5)} ${digits.slice(5)}.${patentCheck(digits)}`),
    field(d, 'title', `一种${d.pick(m.trade.shopWords)}用${d.pick(['夹具', '装置', '成型模具', '检测设备'])}`),
    field(d, 'patentee', printedName(d, m.identity.name)),
    field(d, 'grant_date', addDays(`${year + 1}-06-01`, d.int(0, 180))),
  ];
  const recognition = voucherRecognition(
    d,
    'patent_certificate',
    fields,
    fields.map((f) => `${f.name} ${f.value}`),
    c.caseDate,
  );
  const item = evidenceItem(d, c.id, { kind: 'voucher', type: 'patent_certificate' }, c.at, recognition, authenticity(d, [], true));
  return { item, proof: proofOf(item) };
}

/** A high-tech enterprise certificate (valid three years from issue). */
export function highTechCertificate(c: DocContext): Built {
  const { d, m } = c;
  const year = d.int(2023, 2025);
  const fields = [
    field(d, 'certificate_no', `GR${year}${d.int(11, 65)}${d.int(100000, 999999)}`),
    field(d, 'company', printedName(d, m.identity.name)),
    field(d, 'issue_date', `${year}-${String(d.int(10, 12)).padStart(2, '0')}-${String(d.int(1, 28)).padStart(2, '0')}`),
    field(d, 'validity', '三年'),
  ];
  const recognition = voucherRecognition(
    d,
    'high_tech_enterprise_certificate',
    fields,
    fields.map((f) => `${f.name} ${f.value}`),
    c.caseDate,
  );
  const item = evidenceItem(
    d,
    c.id,
    { kind: 'voucher', type: 'high_tech_enterprise_certificate' },
    c.at,
    recognition,
    authenticity(d, [], true),
  );
  return { item, proof: proofOf(item) };
}
