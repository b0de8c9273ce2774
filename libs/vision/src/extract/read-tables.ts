import type { OcrLine } from '../types';
import { parseAmountFen, type StatementRow } from '../validate/amounts';
import { compact } from './normalise-text';

const FIGURE = /-?\d[\d,]*\.\d{2}(?!\d)/g;
const ROW_START = /^(\d{4}[-./年]\d{1,2}[-./月]\d{1,2}|\d{1,3}(?!\d))/;

function figures(text: string): number[] {
  return [...text.matchAll(FIGURE)].map((m) => parseAmountFen(m[0])).filter((n): n is number => n !== null);
}

/**
 * Statement rows (date … signed amount … balance, or date … in … out … balance) in page order. With separate
 * 收入/支出 columns a row shows one unsigned figure and the balance: it is an outflow when the balance fell by
 * it. Pure.
 */
export function readStatementRows(lines: readonly OcrLine[]): StatementRow[] {
  const rows: StatementRow[] = [];
  for (const line of lines) {
    const text = line.text.trim();
    if (!/^\d{4}[-./]\d{1,2}[-./]\d{1,2}/.test(text)) continue;
    const nums = figures(text.replace(/\s+/g, ' '));
    if (nums.length === 2) {
      const [figure = 0, balance = 0] = nums;
      const before = rows[rows.length - 1]?.balanceFen;
      const amount = figure > 0 && before !== undefined && before - figure === balance ? -figure : figure;
      rows.push({ creditFen: Math.max(amount, 0), debitFen: Math.max(-amount, 0), balanceFen: balance });
    } else if (nums.length >= 3) {
      const [credit = 0, debit = 0, balance = 0] = nums.slice(-3);
      rows.push({ creditFen: credit, debitFen: debit, balanceFen: balance });
    }
  }
  return rows;
}

/** Amount of each item row (last figure on a row that starts with a row number) and the stated total. Pure. */
export function readAmountRows(lines: readonly OcrLine[]): { rows: number[]; totalFen: number | null } {
  const rows: number[] = [];
  let totalFen: number | null = null;
  for (const line of lines) {
    const text = compact(line.text);
    const nums = figures(line.text);
    if (/合计|总计/.test(text)) {
      const last = nums[nums.length - 1];
      if (last !== undefined && totalFen === null) totalFen = last;
      continue;
    }
    if (ROW_START.test(line.text.trim()) && nums.length >= 1) rows.push(nums[nums.length - 1] ?? 0);
  }
  return { rows, totalFen };
}

/** How many lines look like table rows; a layout hint for the classifier. */
export function countTableRows(lines: readonly OcrLine[]): number {
  return lines.filter((l) => figures(l.text).length >= 2).length;
}
