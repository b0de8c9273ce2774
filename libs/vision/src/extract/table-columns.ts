import {
  bottom,
  centreX,
  charX,
  right,
  centreY,
  isLabelCell,
  sameRow,
  startsWithLabel,
  type Cell,
  type RawCandidate,
} from './cell-geometry';
import type { LabelHit } from './label-hits';
import { headerColumn, sliceToColumn, startsInColumn } from './header-columns';
import { formatFen, parseAmountFen } from '../validate/amounts';
import { lostLeadingDigits } from './lost-leading-digits';
import { parseValue } from './parse-value';
import { withSplitCents } from './split-figures';
import { continuationLines, textHeight } from './wrapped-values';

/** An amount in capital numerals (壹拾万贰仟零贰拾伍元捌角柒分). */
const CAPITAL = /[壹贰叁肆伍陆柒捌玖][零壹贰叁肆伍陆柒捌玖拾佰仟万亿元圆角分整]{2,}/;
/** A figure with cents, as a table's amount column prints it (25,846.63). */
const MONEY_LIKE = /\d[.,]\d{2}(?!\d)/;
/** A row that starts a table's or a form's totals (合计, 金额合计, 总计). */
const TOTAL_ROW = /^(金额|价税|本期|实缴)?(合计|总计|合\s*计)/;

/** Vertical distance of `c`'s centre below `label`'s centre at the same x, the page's skew taken out. */
const dyOf = (label: Cell, c: Cell, skew: number): number => centreY(c) - (centreY(label) + skew * (centreX(c) - centreX(label)));

/** On the line of a row of labels: centres within 0.6 of the smaller height (a tall value under a small label is not). */
const onLabelLine = (label: Cell, c: Cell, skew: number): boolean =>
  Math.abs(dyOf(label, c, skew)) < Math.min(label.box[3], c.box[3]) * 0.6;

/**
 * The cells of a label's row when that row is a row of labels: a table's header (税种 | 品目名称 | 实缴金额)
 * or a boxed form's row with each label printed above its value. It is one when at least two of its cells
 * are labels, its labels are printed smaller than the text right under them or at most one cell in four is
 * not a label, the label's right neighbour reads as a label too (else its value is on its right), and the
 * cell under it is not a label (else the labels stand left of their values). Returns
 * the row's cells left to right, or null. Pure.
 */
export function labelRow(cells: readonly Cell[], hits: readonly LabelHit[], line: number, skew = 0): number[] | null {
  const cell = cells[line];
  if (!cell || !isLabelCell(cells, hits, line)) return null;
  const row = cells
    .map((c, j) => ({ c, j }))
    .filter(({ c, j }) => c.box[2] > 0 && (j === line || onLabelLine(cell, c, skew)))
    .sort((a, b) => a.c.box[0] - b.c.box[0])
    .map(({ j }) => j);
  const labels = row.filter((j) => isLabelCell(cells, hits, j));
  if (labels.length < 2) return null;
  // Under a label of a header or a form's box sits its value; under a label of a label|value grid, the next label.
  const h = cell.box[3];
  const underIt = cells
    .map((c, j) => ({ c, j, dy: dyOf(cell, c, skew) }))
    .filter(({ c, dy }) => dy > h * 0.45 && dy < h * 3.5 && Math.abs(c.box[0] - cell.box[0]) < h * 1.5)
    .sort((a, b) => a.dy - b.dy)[0];
  if (underIt && isLabelCell(cells, hits, underIt.j)) return null;
  // Small labels above larger values: the labels' height against the height of what sits right under them.
  const under = cells.filter((c) => c.box[1] > bottom(cell) - 2 && c.box[1] - bottom(cell) < cell.box[3] * 1.5);
  // Heights of the text, not of the boxes: a long line on a tilted photo has a taller box than a short label.
  const labelH = Math.max(...labels.map((j) => textHeight(cells[j] as Cell, skew)));
  const valueH = under.length > 0 ? (under.map((c) => textHeight(c, skew)).sort((a, b) => a - b)[Math.floor(under.length / 2)] ?? 0) : 0;
  const smallLabels = valueH > labelH * 1.15;
  // Headings a seal or a stain garbled still start with their label; one-character boxes are such noise.
  const counted = row.filter((j) => (cells[j]?.text.length ?? 0) > 1);
  const labelLike = counted.filter((j) => labels.includes(j) || (startsWithLabel(cells, hits, j) && !/\d/.test(cells[j]?.text ?? '')));
  const mostlyLabels = counted.length - labelLike.length <= Math.floor(counted.length / 4);
  // The label's right neighbour must read as a label too: one the lexicon knows, one printed as small as the
  // labels (a box label it does not know), or one heading among many (a dense table's header).
  const next = row[row.indexOf(line) + 1];
  const nextH = next === undefined ? 0 : textHeight(cells[next] as Cell, skew);
  const nextIsLabel =
    next === undefined || labels.includes(next) || (smallLabels && nextH <= labelH * 1.15) || (mostlyLabels && row.length >= 4);
  // A known label right beside the label leaves no value on its right: with no label under it, its value is below.
  if (next !== undefined && labels.includes(next)) return row;
  return nextIsLabel && (smallLabels || mostlyLabels) ? row : null;
}

/**
 * The first value under a heading: of the cells on the nearest row below, the one starting closest under it.
 * A column whose right neighbour heading OCR lost runs to the page's edge, and the next column's value on the
 * same row may sit a pixel higher than the heading's own.
 */
function underHeading(label: Cell, below: ReadonlyArray<{ c: Cell; j: number }>, skew: number): { c: Cell; j: number } | undefined {
  const first = below[0];
  if (!first) return undefined;
  const sameLine = below.filter(({ c }) => sameRow(first.c, c, skew));
  return sameLine.sort((a, b) => Math.abs(a.c.box[0] - label.box[0]) - Math.abs(b.c.box[0] - label.box[0]))[0] ?? first;
}

/**
 * The column's rows sum to its total: a totals figure that is the rows' sum with leading digits lost (7,497.87 under
 * one row of 177,497.87; a seal or a rule over its first digits) is restored to the sum. Only a strict digit suffix
 * is restored; any other disagreement is left as read. Returns the restored figure, or null. Pure.
 */
function rowsProveLostDigits(
  cells: readonly Cell[],
  below: ReadonlyArray<{ c: Cell; j: number }>,
  totalRow: { c: Cell; j: number },
  label: Cell,
  range: readonly [number, number],
  totalRaw: string,
  h: number,
  skew: number,
): string | null {
  const total = parseValue('amount', totalRaw)?.value;
  const rows = below.filter(({ c, j }) => j !== totalRow.j && dyOf(label, c, skew) < dyOf(label, totalRow.c, skew) - h * 0.6);
  const figures = rows.map(({ c, j }) => parseValue('amount', withSplitCents(cells, j, sliceToColumn(c, range), skew))?.value);
  if (total === undefined || figures.length === 0 || figures.some((f) => f === undefined)) return null;
  const sum = figures.reduce((s, f) => s + (parseAmountFen(f ?? '') ?? 0), 0);
  const read = parseAmountFen(total);
  return read !== null && lostLeadingDigits(read, sum) ? formatFen(sum) : null;
}

/** The part of line `j` inside the column, up to a label inside it. */
function columnText(cells: readonly Cell[], hits: readonly LabelHit[], j: number, range: readonly [number, number]): string {
  const text = sliceToColumn(cells[j] as Cell, range);
  const next = hits.find((h) => h.line === j && h.start > 0 && h.start < text.length);
  return text.slice(0, next ? next.start : undefined);
}

/** A date cut after its year or month (2025年12 | 月16日): what follows it up to the day, as OCR boxed it apart. */
const DATE_HEAD = /\d{4}\s*[年\-./]\s*(\d{1,2}\s*[月\-./]?)?$/;
const DATE_REST = /^(\d{1,2}\s*)?[月\-./]?\s*\d{1,2}\s*日?$|^月\s*\d{1,2}\s*日?$/;

/**
 * The rest of a date OCR boxed apart at a gap on its line (2025年12 | 月16日): the next box on the row, in the column and
 * within one and a half text heights of the cut, when the cut ends after the year or month and the box holds only the
 * rest of a date. Otherwise empty. Pure.
 */
function dateRest(cells: readonly Cell[], j: number, cut: string, range: readonly [number, number], skew: number): string {
  const head = cells[j];
  if (!head || !DATE_HEAD.test(cut)) return '';
  const h = textHeight(head, skew);
  const rest = cells.find(
    (c, k) =>
      k !== j &&
      sameRow(head, c, skew) &&
      startsInColumn(c, range) &&
      c.box[0] >= right(head) - h * 0.5 &&
      c.box[0] - right(head) < h * 1.5 &&
      DATE_REST.test(c.text),
  );
  return rest?.text ?? '';
}

/** The lines stacked in one table cell from `first` down: one line pitch apart, as tall, in the column. */
function stackedBlock(
  cells: readonly Cell[],
  hits: readonly LabelHit[],
  first: number,
  range: readonly [number, number],
  skew: number,
): number[] {
  const block = [first];
  for (;;) {
    const upper = cells[block[block.length - 1] ?? -1];
    if (!upper) break;
    const next = cells.findIndex((c, k) => {
      if (block.includes(k) || c.box[2] <= 0 || !startsInColumn(c, range) || isLabelCell(cells, hits, k)) return false;
      const dy = dyOf(upper, c, skew);
      // The slash heading says how many lines the cell stacks (the block must hold exactly that many), so a cell's
      // looser leading (1.6 line heights) is allowed.
      return dy > Math.min(upper.box[3], c.box[3]) * 0.5 && dy < Math.max(upper.box[3], c.box[3]) * 1.75;
    });
    if (next < 0) break;
    block.push(next);
  }
  return block;
}

/**
 * Values under a label of a label row, read down its column: the first value under it (with the lines it
 * wraps onto inside its cell) as `column`, or for amounts the figure on the totals row (合计) in the same
 * column as `total` when there is one. Nothing when a label comes first (an empty box). Pure.
 */
export function columnCandidates(
  cells: readonly Cell[],
  hits: readonly LabelHit[],
  hit: LabelHit,
  row: readonly number[],
  wantTotal: boolean,
  skew = 0,
): RawCandidate[] {
  const out: RawCandidate[] = [];
  const label = cells[hit.line];
  if (!label) return out;
  const range = headerColumn(cells, hits, row, hit);
  const h = label.box[3];
  // A value wider than its heading is centred under it and starts left of the column (2026年07月01日至2026年07月31日 under
  // 税款所属时期); it still starts right of the previous heading's values, which are centred under theirs.
  const headingLeft = charX(label, hit.start);
  const headingRight = charX(label, hit.end);
  const centredUnder = (c: Cell): boolean =>
    Math.abs(centreX(c) - (headingLeft + headingRight) / 2) < (headingRight - headingLeft) * 0.25 && c.box[0] >= range[0] - h * 3;
  const below = cells
    .map((c, j) => ({ c, j }))
    .filter(
      ({ c, j }) =>
        !row.includes(j) &&
        c.box[2] > 0 &&
        dyOf(label, c, skew) > Math.max(h, c.box[3]) * 0.45 &&
        (startsInColumn(c, range) || centredUnder(c)),
    )
    .sort((a, b) => dyOf(label, a.c, skew) - dyOf(label, b.c, skew));
  const first = underHeading(label, below, skew);
  // The amount in words on a totals line (（大写）壹拾万…) is no value of a column above it.
  const reachable =
    first &&
    dyOf(label, first.c, skew) < Math.max(h, first.c.box[3]) * 3.5 &&
    !isLabelCell(cells, hits, first.j) &&
    !/^\(?大写\)?[零壹贰叁肆伍陆柒捌玖]/.test(first.c.text);
  if (first && reachable && hit.part) {
    // A slash heading (单价/总价/币制): its cell stacks one value per part, in the heading's order.
    const block = stackedBlock(cells, hits, first.j, range, skew);
    const line = block.length === hit.part.count ? block[hit.part.index] : undefined;
    // A figure whose cents OCR boxed apart (9,179 | 53) is joined back, as anywhere else.
    const text = line === undefined ? '' : withSplitCents(cells, line, columnText(cells, hits, line, range), skew);
    return text === '' || line === undefined ? [] : [{ raw: text, line, source: 'column' }];
  }
  if (first && reachable) {
    // Leading punctuation goes, but not a separator before digits: .568.00 is a figure that lost its front, not 568.00.
    const cut = withSplitCents(cells, first.j, columnText(cells, hits, first.j, range), skew).replace(/^[:：;,，、.\s]+(?![\d])/, '');
    const head = cut + dateRest(cells, first.j, cut, range, skew);
    if (head !== '') {
      // A line wrapped inside the cell stays inside its column; one running far past it is the text under the table.
      const more = continuationLines(cells, hits, first.j, first.c.box[0], hit.line, skew).filter(
        (k) => startsInColumn(cells[k] as Cell, range) && right(cells[k] as Cell) <= range[1] + (cells[k] as Cell).box[3] * 2,
      );
      out.push({ raw: [head, ...more.map((k) => columnText(cells, hits, k, range))].join(''), line: first.j, source: 'column' });
    }
  }
  if (wantTotal) {
    const totalRow = cells
      .map((c, j) => ({ c, j }))
      .filter(({ c }) => dyOf(label, c, skew) > h && TOTAL_ROW.test(c.text))
      .sort((a, b) => dyOf(label, a.c, skew) - dyOf(label, b.c, skew))[0];
    // Of the figures on the totals row in the column, the one with digits inside it that starts nearest under the heading
    // (the next column's figure may start just inside the column's right edge).
    const figure = totalRow
      ? cells
          .map((c, j) => ({ c, j }))
          .filter(
            ({ c, j }) =>
              j !== totalRow.j && sameRow(totalRow.c, c, skew) && startsInColumn(c, range) && /\d/.test(sliceToColumn(c, range)),
          )
          .sort((a, b) => Math.abs(a.c.box[0] - label.box[0]) - Math.abs(b.c.box[0] - label.box[0]))[0]
      : undefined;
    // The amount in capital numerals on the totals row (（大写）壹万…) is the binding one: it stands in when
    // the figure is unreadable or missing (a seal over it) and loses to a figure that reads cleanly.
    const capital = totalRow
      ? cells.map((c, j) => ({ c, j })).find(({ c, j }) => j !== totalRow.j && sameRow(totalRow.c, c, skew) && CAPITAL.test(c.text))
      : undefined;
    const totals: RawCandidate[] = [];
    if (figure && totalRow) {
      const raw = withSplitCents(cells, figure.j, sliceToColumn(figure.c, range), skew);
      totals.push({ raw: rowsProveLostDigits(cells, below, totalRow, label, range, raw, h, skew) ?? raw, line: figure.j, source: 'total' });
    }
    if (capital) totals.push({ raw: capital.c.text.replace(/^.*?(大写\)?)/, ''), line: capital.j, source: 'total' });
    // With a totals row, the first row is only a part of the amount: the total replaces it, and when neither its
    // figure nor its words can be read, no amount is reported rather than a part of it, unless the first row is
    // the column's only figure above the totals row (a one-row table totals to its row).
    if (totalRow) {
      const rowsAbove = below.filter(({ c, j }) => j !== totalRow.j && dyOf(label, c, skew) < dyOf(label, totalRow.c, skew) - h * 0.6);
      const figures = rowsAbove.filter(({ c }) => MONEY_LIKE.test(c.text));
      const onlyRow = figures.length === 1 && figures[0]?.j === first?.j;
      return figure || !onlyRow ? totals : [...totals, ...out];
    }
  }
  return out;
}
