import { isValidUscc, isValidVin, parseCapitalAmountFen, type VoucherTypeId } from '@uplift/domain';
import type { Field, OcrLine, SealFinding, SignatureRegion, Validation } from '../types';
import { readAmountRows, readStatementRows } from '../extract/read-tables';
import { amountPlusTaxEqualsTotal, firstRunningBalanceBreak, formatFen, parseAmountFen, rowsSumToTotal } from './amounts';
import { isPlausiblePastDate, parsePeriod, periodCovers } from './dates';
import { plateKind } from './plate';

/** Version of the validation rules; recorded in every result. */
export const VALIDATIONS_VERSION = 'voucher-rules-1';

/** What the rules look at besides the fields. */
export interface ValidationContext {
  caseDate: string;
  lines: readonly OcrLine[];
  seals: readonly SealFinding[];
  signatures: readonly SignatureRegion[];
}

const REQUIRES_SEAL: ReadonlySet<VoucherTypeId> = new Set(['business_licence', 'sales_contract', 'purchase_contract', 'lease_contract']);

/** Runs every check that applies to the fields read from a voucher of `type`. Pure. */
export function runValidations(type: VoucherTypeId, fields: readonly Field[], ctx: ValidationContext): Validation[] {
  const out: Validation[] = [];
  const get = (name: string): string | undefined => fields.find((f) => f.name === name)?.value;
  for (const field of fields) {
    if (['uscc', 'buyer_tax_id', 'seller_tax_id', 'taxpayer_id'].includes(field.name)) {
      const ok = isValidUscc(field.value);
      out.push({
        rule: 'uscc_check_digit',
        fields: [field.name],
        passed: ok,
        detail: ok ? 'check character matches (GB 32100-2015)' : `${field.value} fails the GB 32100-2015 check`,
      });
    }
    if (field.name === 'vin') {
      const ok = isValidVin(field.value);
      out.push({
        rule: 'vin_check_digit',
        fields: ['vin'],
        passed: ok,
        detail: ok ? 'position-9 check digit matches' : `${field.value} fails the position-9 check`,
      });
    }
    if (field.name === 'plate') {
      const kind = plateKind(field.value);
      out.push({
        rule: 'plate_format',
        fields: ['plate'],
        passed: kind !== null,
        detail: kind ? `${kind} plate` : `${field.value} is not a mainland plate`,
      });
    }
    if (field.name === 'valid_until') {
      const ok = field.value === '长期' || field.value >= ctx.caseDate;
      out.push({
        rule: 'valid_on_case_date',
        fields: ['valid_until'],
        passed: ok,
        detail: ok ? `valid on ${ctx.caseDate}` : `expired ${field.value}, before ${ctx.caseDate}`,
      });
    }
    if (['established_date', 'registration_date', 'issue_date', 'grant_date', 'signing_date', 'date'].includes(field.name)) {
      const ok = isPlausiblePastDate(field.value, ctx.caseDate);
      out.push({
        rule: 'date_plausible',
        fields: [field.name],
        passed: ok,
        detail: ok ? 'on or before the case date' : `${field.value} is in the future or implausible`,
      });
    }
    if (field.name === 'term' && (type === 'lease_contract' || type === 'sales_contract' || type === 'purchase_contract')) {
      const period = parsePeriod(field.value.replace('/', '至'));
      const ok = period !== null && periodCovers(period, ctx.caseDate);
      out.push({
        rule: 'term_covers_case_date',
        fields: ['term'],
        passed: ok,
        detail: ok ? `covers ${ctx.caseDate}` : `does not cover ${ctx.caseDate}`,
      });
    }
  }
  checkCapital(out, get('total'), get('total_capital'), ['total', 'total_capital']);
  checkCapital(out, get('amount'), get('amount_capital'), ['amount', 'amount_capital']);
  const amount = parseAmountFen(get('amount') ?? '');
  const tax = parseAmountFen(get('tax') ?? '');
  const total = parseAmountFen(get('total') ?? '');
  if ((type === 'vat_special_invoice' || type === 'vat_ordinary_invoice') && amount !== null && tax !== null && total !== null) {
    const ok = amountPlusTaxEqualsTotal(amount, tax, total);
    out.push({
      rule: 'amount_plus_tax_equals_total',
      fields: ['amount', 'tax', 'total'],
      passed: ok,
      detail: `${formatFen(amount)} + ${formatFen(tax)} ${ok ? '=' : '≠'} ${formatFen(total)}`,
    });
  }
  if (type === 'bank_statement') {
    const rows = readStatementRows(ctx.lines);
    if (rows.length >= 2) {
      const broken = firstRunningBalanceBreak(rows);
      out.push({
        rule: 'running_balance',
        fields: ['rows'],
        passed: broken < 0,
        detail: broken < 0 ? `${rows.length} rows consistent` : `row ${broken + 1} of ${rows.length} breaks the running balance`,
      });
    }
  }
  if (type === 'payroll_sheet' || type === 'purchase_order' || type === 'delivery_note') {
    const { rows, totalFen } = readAmountRows(ctx.lines);
    if (rows.length >= 1 && totalFen !== null) {
      const ok = rowsSumToTotal(rows, totalFen);
      out.push({
        rule: 'rows_sum_to_total',
        fields: ['rows', 'total'],
        passed: ok,
        detail: `${rows.length} rows sum to ${formatFen(rows.reduce((a, b) => a + b, 0))}, total ${formatFen(totalFen)}`,
      });
    }
  }
  if (REQUIRES_SEAL.has(type)) {
    out.push({ rule: 'red_seal_present', fields: [], passed: ctx.seals.length > 0, detail: `${ctx.seals.length} red seal(s) found` });
  }
  return out;
}

function checkCapital(out: Validation[], figure: string | undefined, capital: string | undefined, names: string[]): void {
  if (figure === undefined || capital === undefined) return;
  const a = parseAmountFen(figure);
  const b = parseCapitalAmountFen(capital);
  const ok = a !== null && b !== null && a === b;
  out.push({
    rule: 'capital_numerals_match_figures',
    fields: names,
    passed: ok,
    detail: ok ? `${capital} = ${figure}` : `${capital} ≠ ${figure}`,
  });
}
