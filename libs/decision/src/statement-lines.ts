// Statement rows read against their running balance (policies from 1.2.0-rc.1 on). A row's direction is the
// way its balance moved: a credit raises the balance by its amount, a debit lowers it. Reading direction
// from the position of the figures (1.0.0's `statementCredits`) counts outflows as revenue when a statement
// prints 借方 (debit) before 贷方 (credit), or leaves the empty cell of split 收入/支出 columns blank so a
// row shows one unsigned figure. Pure; amounts are summed in fen so equality is exact.

/** Why a movement line was not counted. */
export type LineNotCounted =
  /** No balance before the row (first row, no opening balance) and the layout does not tell its column. */
  | 'NO_BALANCE_BEFORE'
  /** The balance did not move by the row's amount either way: a misread figure or a broken page. */
  | 'BALANCE_DOES_NOT_RUN';

/** Movement lines of a statement read with the running-balance check. */
export interface StatementLines {
  /** Dated lines with at least an amount and a balance. */
  rows: number;
  /** Inflows whose direction the balance (or the statement's proven layout) established, CNY. */
  credits: number;
  /** Outflows so established, CNY. */
  debits: number;
  /** Lines whose direction stays unknown, by reason; they count neither way. */
  notCounted: Partial<Record<LineNotCounted, number>>;
  firstDay: number | null;
  lastDay: number | null;
}

type Item = { kind: 'opening'; balance: number } | { kind: 'move'; day: number; amounts: number[]; balance: number };

/** What a row turned out to be; `pending` rows wait for the statement's layout. */
type Verdict = { credit: number; debit: number } | { pending: LineNotCounted; amounts: number[] };

const DATE = /^(\d{4})[-./](\d{1,2})[-./](\d{1,2})/;
const FIGURE = /-?\d[\d,]*\.\d{2}(?!\d)/g;
const OPENING = /(期初|上期|承前|上日)余额/;
const fenOf = (s: string) => Math.round(Number(s.replace(/,/g, '')) * 100);
/**
 * A balance runs when it moved by the amount within one fen: a printed amount and two printed balances are
 * each rounded to the fen, so an export that keeps more decimals can be a fen off. A row's two readings
 * differ by twice its amount, so the direction stays unambiguous for any amount above one fen.
 */
const runs = (delta: number | null, by: number) => delta !== null && Math.abs(delta - by) <= 1;

function readItems(text: string | null): Item[] {
  const items: Item[] = [];
  for (const line of (text ?? '').split('\n')) {
    const t = line.trim();
    const date = DATE.exec(t);
    const figures = [...t.slice(date ? date[0].length : 0).matchAll(FIGURE)].map((m) => fenOf(m[0]));
    const balance = figures[figures.length - 1];
    if (balance === undefined) continue;
    if (OPENING.test(t) && figures.length === 1) items.push({ kind: 'opening', balance });
    else if (date && figures.length >= 2) {
      const day = Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3])) / 86_400_000;
      items.push({ kind: 'move', day, amounts: figures.slice(-3, -1), balance });
    }
  }
  // Statements listed newest first run their balance from the bottom up.
  const days = items.flatMap((i) => (i.kind === 'move' ? [i.day] : []));
  if (days.length > 1 && (days[0] ?? 0) > (days[days.length - 1] ?? 0)) items.reverse();
  return items;
}

/** What the layout is known to be from rows the balance checked. */
interface Layout {
  /** A minus-signed amount moved the balance down: one signed amount column. */
  signed: number;
  /** An unsigned single figure moved the balance down: split columns with blank cells. */
  unsignedOutflow: number;
  /** Two-amount rows whose first figure was the credit, and those whose first was the debit. */
  creditFirst: number;
  debitFirst: number;
}

function check(amounts: readonly number[], before: number | null, balance: number, layout: Layout): Verdict {
  const delta = before === null ? null : balance - before;
  if (amounts.length === 1) {
    const a = amounts[0] ?? 0;
    if (a < 0 && (delta === null || runs(delta, a))) {
      if (delta !== null && a < -1) layout.signed += 1;
      return { credit: 0, debit: -a };
    }
    // A row of a fen or less moves nothing worth placing (and cannot be placed within the tolerance).
    if (a >= 0 && a <= 1) return { credit: 0, debit: 0 };
    if (runs(delta, a)) return { credit: a, debit: 0 };
    if (runs(delta, -a)) {
      layout.unsignedOutflow += 1;
      return { credit: 0, debit: a };
    }
  } else {
    const [x = 0, y = 0] = amounts;
    if (runs(delta, x - y)) {
      // Equal figures move the balance by nothing either way: no evidence of the column order.
      if (Math.abs(x - y) > 1) layout.creditFirst += 1;
      return { credit: x, debit: y };
    }
    if (runs(delta, y - x)) {
      layout.debitFirst += 1;
      return { credit: y, debit: x };
    }
  }
  return { pending: delta === null ? 'NO_BALANCE_BEFORE' : 'BALANCE_DOES_NOT_RUN', amounts: [...amounts] };
}

/** A row the balance could not check, read by the layout the checked rows proved (null: still unknown). */
function byLayout(amounts: readonly number[], layout: Layout): { credit: number; debit: number } | null {
  if (amounts.length === 1) {
    const a = amounts[0] ?? 0;
    return layout.signed > 0 && layout.unsignedOutflow === 0 ? { credit: a, debit: 0 } : null;
  }
  const [x = 0, y = 0] = amounts;
  if (layout.creditFirst > 0 && layout.debitFirst === 0) return { credit: x, debit: y };
  if (layout.debitFirst > 0 && layout.creditFirst === 0) return { credit: y, debit: x };
  return null;
}

/**
 * Credits and debits of a statement's rows, each row's direction read from its running balance. A row the
 * balance cannot check (no balance before it) is read by the layout the checked rows proved (signed column,
 * or a column order all of them agree on); otherwise, and whenever the balance does not run, it is not
 * counted and the reason is kept.
 */
export function readStatementLines(text: string | null): StatementLines {
  const layout: Layout = { signed: 0, unsignedOutflow: 0, creditFirst: 0, debitFirst: 0 };
  const verdicts: Verdict[] = [];
  let before: number | null = null;
  let firstDay: number | null = null;
  let lastDay: number | null = null;
  for (const item of readItems(text)) {
    if (item.kind === 'move') {
      verdicts.push(check(item.amounts, before, item.balance, layout));
      firstDay = firstDay === null ? item.day : Math.min(firstDay, item.day);
      lastDay = lastDay === null ? item.day : Math.max(lastDay, item.day);
    }
    before = item.balance;
  }
  let credits = 0;
  let debits = 0;
  const notCounted: Partial<Record<LineNotCounted, number>> = {};
  for (const v of verdicts) {
    const read = 'pending' in v ? (v.pending === 'NO_BALANCE_BEFORE' ? byLayout(v.amounts, layout) : null) : v;
    if (read) {
      credits += read.credit;
      debits += read.debit;
    } else if ('pending' in v) notCounted[v.pending] = (notCounted[v.pending] ?? 0) + 1;
  }
  return { rows: verdicts.length, credits: credits / 100, debits: debits / 100, notCounted, firstDay, lastDay };
}
