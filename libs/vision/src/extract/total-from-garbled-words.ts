// A totals row (金额合计 （大写）…) whose figure was not printed or not read, and whose amount in words OCR garbled in
// places (陆万肆仟肆4佰陆給员元伍角伍分): the words no longer parse, but most of their digits still stand where they were
// printed. The total is the figure on the page, or the sum of a column of figures, whose own words those digits spell.
import { formatCapitalAmount } from '@uplift/domain';
import type { Field, OcrLine } from '../types';
import { formatFen, parseAmountFen } from '../validate/amounts';
import { right, sameRow, type Cell } from './cell-geometry';

/** Whole figures with cents (18,026.14, 139，736.92); a figure glued to further digits is none. */
const FIGURE = /(?<![\d.,，])\d{1,3}(?:[,，]\d{3})+\.\d{2}(?![\d%]|[.,，]\d)|(?<![\d.,，])\d+\.\d{2}(?![\d%]|[.,，]\d)/g;
/** A totals row's label at the start of a cell. */
const TOTAL_LABEL = /^(金额|价税|实缴)?(合计|总计)/;
/** Characters of an amount in words; the digits among them are what is compared. */
const WORDS = /[零壹贰叁肆伍陆柒捌玖拾佰仟万亿元圆角分整]/;
const DIGIT = /[零壹贰叁肆伍陆柒捌玖]/;

/** The figures on the page with the cell each stands in. */
function figures(cells: readonly Cell[]): Array<{ fen: number; cell: number }> {
  const out: Array<{ fen: number; cell: number }> = [];
  cells.forEach((c, i) => {
    for (const m of c.text.matchAll(FIGURE)) {
      const fen = parseAmountFen(m[0]);
      if (fen !== null && fen > 0) out.push({ fen, cell: i });
    }
  });
  return out;
}

/** How many of the digits of `words` (the candidate's amount in words) the read text keeps in order: an LCS counting digits only. Pure. */
export function digitsKept(words: string, read: string): number {
  const a = [...words];
  const b = [...read];
  let previous = new Array<number>(b.length + 1).fill(0);
  for (const ch of a) {
    const row = [0];
    for (let j = 1; j <= b.length; j += 1) {
      const same = ch === b[j - 1] ? (previous[j - 1] ?? 0) + (DIGIT.test(ch) ? 1 : 0) : -1;
      row.push(Math.max(same, previous[j] ?? 0, row[j - 1] ?? 0));
    }
    previous = row;
  }
  return previous[b.length] ?? 0;
}

/** The garbled amount in words of the page's totals row (text after 大写, or the row's run of numeral characters). */
function totalsRowWords(cells: readonly Cell[], skew: number): { text: string; cell: number } | null {
  const found: Array<{ text: string; cell: number }> = [];
  cells.forEach((label, i) => {
    if (!TOTAL_LABEL.test(label.text)) return;
    cells.forEach((c, j) => {
      if (j !== i && !sameRow(label, c, skew)) return;
      const text = (j === i ? c.text.replace(TOTAL_LABEL, '') : c.text).replace(/^.*大写[)）]?/, '');
      if ([...text].filter((ch) => WORDS.test(ch)).length >= 4 && /[元圆角分整]/.test(text)) found.push({ text, cell: j });
    });
  });
  return found.length === 1 ? (found[0] ?? null) : null;
}

/**
 * A missing total (`field`, labelled by a totals row) whose amount in words was printed on that row but read garbled: of the
 * figures on the page and the sums of the columns of figures (cells whose right edges align, at least two), the one whose
 * words keep more than half of their digits in the read words, when exactly one does best. A figure read elsewhere is
 * never replaced; without such words, or with a tie, nothing is taken. Pure.
 */
export function totalFromGarbledWords(
  fields: readonly Field[],
  field: string,
  cells: readonly Cell[],
  skew: number,
  lineOf: (cell: number) => OcrLine | undefined,
): Field[] {
  if (fields.some((f) => f.name === field)) return [...fields];
  const words = totalsRowWords(cells, skew);
  if (!words) return [...fields];
  const all = figures(cells);
  const candidates = new Map<number, number>(all.map((f) => [f.fen, f.cell]));
  for (const f of all) {
    const c = cells[f.cell] as Cell;
    const column = all.filter((g) => Math.abs(right(cells[g.cell] as Cell) - right(c)) < c.box[3]);
    if (column.length >= 2)
      candidates.set(
        column.reduce((s, g) => s + g.fen, 0),
        words.cell,
      );
  }
  const scored = [...candidates].map(([fen, cell]) => {
    const spelt = formatCapitalAmount(fen);
    const digits = [...spelt].filter((ch) => DIGIT.test(ch)).length;
    const kept = digitsKept(spelt, words.text);
    return { fen, cell, kept, majority: kept * 2 > digits };
  });
  const best = Math.max(0, ...scored.map((s) => s.kept));
  const winners = scored.filter((s) => s.kept === best);
  const winner = winners[0];
  if (winners.length !== 1 || !winner?.majority) return [...fields];
  const line = lineOf(winner.cell);
  return [
    ...fields,
    {
      name: field,
      value: formatFen(winner.fen),
      confidence: Math.round((line?.confidence ?? 0.9) * 0.8 * 1000) / 1000,
      box: line?.box ?? [0, 0, 0, 0],
    },
  ];
}
