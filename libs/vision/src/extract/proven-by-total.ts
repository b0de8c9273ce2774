import { parseCapitalAmountFen } from '@uplift/domain';
import type { Field, OcrLine } from '../types';
import { formatFen, parseAmountFen } from '../validate/amounts';
import { centreX, sameRow, type Cell } from './cell-geometry';
import { invoiceFigures } from './invoice-figures';

/** Whole figures with cents on a line (¥108,249.55, Y6494.98); a figure glued to further digits (106929.006%) is none. */
const FIGURE = /(?<![\d.,，])\d{1,3}(?:[,，]\d{3})+\.\d{2}(?![\d%]|[.,，]\d)|(?<![\d.,，])\d+\.\d{2}(?![\d%]|[.,，]\d)/g;

interface Figure {
  fen: number;
  cell: number;
}

/**
 * An invoice's total when its label was not read: the figure on the page that amount + tax make (or that the capital
 * numerals state). Then its amount and tax when their label was not read (a seal over 合计, 称 misread so that the row
 * has no label) or what was read does not add up: the one pair of figures on one row of the page whose sum is the total
 * (its figure, or its capital numerals when they agree or stand alone), the larger the amount. The arithmetic proves
 * them; when no pair or several pairs add up, the fields stay as read (or missing) for the validations to flag. Pure.
 */
export function amountTaxProvenByTotal(
  fields: readonly Field[],
  cells: readonly Cell[],
  skew: number,
  lineOf: (cell: number) => OcrLine | undefined,
): Field[] {
  const { amount, tax, total: readTotal, capital } = invoiceFigures(fields);
  const figures: Figure[] = [];
  cells.forEach((c, i) => {
    for (const m of c.text.matchAll(FIGURE)) {
      const value = parseAmountFen(m[0]);
      if (value !== null && value > 0) figures.push({ fen: value, cell: i });
    }
  });
  const field = (name: string, figure: Figure): Field => {
    const line = lineOf(figure.cell);
    return {
      name,
      value: formatFen(figure.fen),
      confidence: Math.round((line?.confidence ?? 0.9) * 0.9 * 1000) / 1000,
      box: line?.box ?? [0, 0, 0, 0],
    };
  };
  // A total whose (小写) label was not read is the figure that amount + tax make, or that the capital numerals state.
  const implied = amount !== null && tax !== null ? amount + tax : capital;
  const printed = readTotal === null && implied !== null ? figures.find((f) => f.fen === implied) : undefined;
  const withTotal = printed ? [...fields, field('total', printed)] : [...fields];
  const total = printed?.fen ?? readTotal;
  const sure = total !== null && capital !== null && total !== capital ? null : (total ?? capital);
  if (sure === null || sure <= 0 || (amount !== null && tax !== null && amount + tax === sure)) return withTotal;
  const pairs: Array<[Figure, Figure]> = [];
  for (const a of figures)
    for (const t of figures) {
      const ca = cells[a.cell];
      const ct = cells[t.cell];
      if (a === t || !ca || !ct || a.fen <= t.fen || a.fen + t.fen !== sure) continue;
      // On one row, the amount before the tax (合计 ¥108,249.55 ¥6,494.98).
      if (a.cell !== t.cell && (!sameRow(ca, ct, skew) || centreX(ca) >= centreX(ct))) continue;
      pairs.push([a, t]);
    }
  const distinct = new Set(pairs.map(([a, t]) => `${a.fen}/${t.fen}`));
  if (distinct.size !== 1 || !pairs[0]) return withTotal;
  const [a, t] = pairs[0];
  return [...withTotal.filter((f) => f.name !== 'amount' && f.name !== 'tax'), field('amount', a), field('tax', t)];
}

/**
 * A contract's amount whose figure was not read (a seal over it, a cut box): the same amount printed in words (人民币（大写）
 * …元整), when the words read whole. The words are the amount as printed, not a guess; a figure that was read is never
 * replaced (the capital-numeral check flags a disagreement). Pure.
 */
export function amountFromWords(fields: readonly Field[]): Field[] {
  const words = fields.find((f) => f.name === 'amount_capital');
  if (!words || fields.some((f) => f.name === 'amount') || !/[元圆角分整]$/.test(words.value)) return [...fields];
  const fen = parseCapitalAmountFen(words.value.replace(/圆/g, '元'));
  if (fen === null || fen <= 0) return [...fields];
  return [...fields, { ...words, name: 'amount', value: formatFen(fen), confidence: Math.round(words.confidence * 0.9 * 1000) / 1000 }];
}
