// Bank statements print their movements either as one signed amount column (交易金额, debits with a minus)
// or, as most bank exports and paper statements do, in separate 收入金额 | 支出金额 columns with a 合计 row.
import type { ColumnTable } from './render-table';
import { money, plain } from './random';

/** One movement of a statement: date, summary, signed amount in fen, balance after it in fen. */
export interface Movement {
  date: string;
  summary: string;
  fen: number;
  balanceFen: number;
}

/** The signed-amount table (交易日期 | 摘要 | 交易金额 | 余额). */
export function signedStatement(moves: readonly Movement[]): ColumnTable {
  return {
    header: ['交易日期', '摘要', '交易金额', '余额'],
    rows: moves.map((m) => [m.date, m.summary, (m.fen < 0 ? '-' : '') + money(Math.abs(m.fen)), money(m.balanceFen)]),
  };
}

/** The split-column table with its 合计 row, and the totals it prints (plain two-decimal figures). */
export function splitStatement(moves: readonly Movement[]): { table: ColumnTable; totalCredit: string; totalDebit: string } {
  const credit = moves.filter((m) => m.fen > 0).reduce((s, m) => s + m.fen, 0);
  const debit = moves.filter((m) => m.fen < 0).reduce((s, m) => s - m.fen, 0);
  return {
    table: {
      header: ['交易日期', '摘要', '收入金额', '支出金额', '余额'],
      rows: moves.map((m) => [m.date, m.summary, m.fen > 0 ? money(m.fen) : '', m.fen < 0 ? money(-m.fen) : '', money(m.balanceFen)]),
      footer: ['合计', '', money(credit), money(debit), ''],
    },
    totalCredit: plain(credit),
    totalDebit: plain(debit),
  };
}
