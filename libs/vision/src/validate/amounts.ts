/** Amount in fen from a figure such as "¥1,234.50" or "1234.5"; null when it is not a number. */
export function parseAmountFen(text: string): number | null {
  const t = text.replace(/[¥￥,，\s元]/g, '');
  if (!/^-?\d+(\.\d{1,2})?$/.test(t)) return null;
  const negative = t.startsWith('-');
  const [whole = '0', frac = ''] = t.replace('-', '').split('.');
  const fen = Number(whole) * 100 + Number(frac.padEnd(2, '0'));
  return negative ? -fen : fen;
}

/** Formats fen as a plain figure with two decimals ("100000.00"). */
export function formatFen(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** True when amount + tax equals the total, all in fen (invoices). */
export function amountPlusTaxEqualsTotal(amountFen: number, taxFen: number, totalFen: number): boolean {
  return amountFen + taxFen === totalFen;
}

/** A statement row: credit (in) and debit (out) in fen, and the balance printed after it. */
export interface StatementRow {
  creditFen: number;
  debitFen: number;
  balanceFen: number;
}

/** Index of the first row whose balance does not follow from the previous one, or -1 when all agree. */
export function firstRunningBalanceBreak(rows: readonly StatementRow[]): number {
  for (let i = 1; i < rows.length; i += 1) {
    const prev = rows[i - 1];
    const row = rows[i];
    if (!prev || !row) continue;
    if (prev.balanceFen + row.creditFen - row.debitFen !== row.balanceFen) return i;
  }
  return -1;
}

/** True when the row amounts add up to the stated total (payroll, orders, delivery notes). */
export function rowsSumToTotal(rowFen: readonly number[], totalFen: number): boolean {
  return rowFen.reduce((a, b) => a + b, 0) === totalFen;
}
