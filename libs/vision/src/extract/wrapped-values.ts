import { centreX, centreY, ems, isLabelCell, right, sameRow, startsWithLabel, valueText, type Cell } from './cell-geometry';
import type { LabelHit } from './label-hits';

/** A line that ends in an amount (cents, or a thousands group): nothing wraps after it. */
const COMPLETE_FIGURE = /\d[.,]\d{2}$|\d[,，]\d{3}$/;
/** A line that is an amount on its own: the next row's figure, never the rest of a value. */
const WHOLE_FIGURE = /^[¥￥]?-?\d{1,3}(?:[,，.]\d{3})*[.,]\d{2}$/;
/** Lines a value may wrap over inside its cell (a business scope runs to four or five). */
const MAX_EXTRA_LINES = 5;

/**
 * A line's text height. A long line on a tilted or sheared photo has a box taller than its text; the
 * glyphs' width tells the font size (Chinese characters are square), so the height is capped by it and by
 * what the page's measured skew adds. Pure.
 */
export function textHeight(c: Cell, skew = 0): number {
  const deskewed = Math.max(c.box[3] * 0.4, c.box[3] - Math.abs(skew) * c.box[2]);
  const units = ems(c.text);
  return units >= 2 ? Math.min(deskewed, (c.box[2] / units) * 1.25) : deskewed;
}

/** Text of a continuation line up to its first label; leading punctuation is kept (；电子产品销售 continues a list). */
export function continuationText(cells: readonly Cell[], hits: readonly LabelHit[], k: number): string {
  const text = cells[k]?.text ?? '';
  const next = hits.find((h) => h.line === k && h.start > 0);
  return text.slice(0, next ? next.start : undefined);
}

/** True when another cell on `c`'s row is an amount on its own (a table row's figure). */
/** The widest line pitch taken for a wrapped value's next line (only after a full line; see `continuationLines`). */
const WIDE_PITCH = 1.95;

function rowHasFigure(cells: readonly Cell[], c: Cell, skew: number): boolean {
  return cells.some((o) => o !== c && sameRow(o, c, skew) && WHOLE_FIGURE.test(o.text));
}

/**
 * The lines a value continues on when it wraps inside its cell: each starts under the value's first
 * character (within about a character), lies one line pitch lower (wrapped lines are 1.0-1.3 text heights
 * apart, a table's rows 1.6 and more), is as tall as the line above, does not start with a label, and
 * has no label on its row (that would be the next row of a grid or a form). Distances are taken along the page's skew.
 * Returns their line indexes. Pure.
 */
export function continuationLines(
  cells: readonly Cell[],
  hits: readonly LabelHit[],
  first: number,
  valueLeft: number,
  ownLabelLine: number,
  skew = 0,
): number[] {
  const out: number[] = [];
  let above = cells[first];
  let left = valueLeft;
  // The text block's right margin around a line: where the longest lines within five line heights of it end.
  const margin = (line: Cell, h: number): number =>
    Math.max(0, ...cells.filter((c) => ems(c.text) >= 6 && Math.abs(centreY(c) - centreY(line)) <= h * 5).map(right));
  while (above && out.length < MAX_EXTRA_LINES) {
    const upper: Cell = above;
    // A line that ends in a figure with cents is complete: the figure below it is the next row's.
    if (COMPLETE_FIGURE.test(upper.text)) break;
    const upperH = textHeight(upper, skew);
    const startX = left;
    const next = cells.findIndex((c, k) => {
      if (k === first || out.includes(k) || c.box[2] <= 0) return false;
      const ownH = textHeight(c, skew);
      // Wrapped lines share their font: a smaller line below a value is the next row's label.
      if (ownH < upperH * 0.72 || ownH > upperH * 1.4) return false;
      // Vertical distance of the centres at the same x once the skew is taken out. A long line on a tilted
      // or sheared photo whose skew was not measured has a taller box, so the lower bound is lenient.
      const dy = centreY(c) - (centreY(upper) + skew * (centreX(c) - centreX(upper)));
      if (dy < Math.min(upperH, ownH) * 0.3 || dy > Math.max(upperH, ownH) * WIDE_PITCH) return false;
      // Set with wide leading (1.45-1.95 text heights), a line continues only a line that runs to the block's right margin,
      // starting under the value's first character (as below), ending inside it and alone on its row (in a two-column card the
      // next row's right-hand value shares its row with the left-hand one): a full line wraps, a short one ended.
      const wide = dy > Math.max(upperH, ownH) * 1.45;
      if (
        wide &&
        (right(upper) < margin(upper, upperH) - upperH * 1.5 ||
          right(c) > right(upper) ||
          cells.some((o, m) => m !== k && o !== upper && o.box[2] > 0 && sameRow(o, c, skew)))
      )
        return false;
      // A label justified to a wider column (住 所, spaced) puts its value's column right of where its own box's text says: the first
      // line under a label-and-value box may start up to four characters further right, inside the line above.
      const dx = c.box[0] - startX;
      const reach = out.length === 0 && first === ownLabelLine && right(c) <= right(upper) ? 4.5 : 1.2;
      if (dx < -Math.min(upperH, ownH) * 1.2 || dx > Math.min(upperH, ownH) * reach) return false;
      if (startsWithLabel(cells, hits, k) || WHOLE_FIGURE.test(c.text)) return false;
      // Both rows carrying an amount in another cell are two rows of a table, not one value wrapped.
      if (rowHasFigure(cells, upper, skew) && rowHasFigure(cells, c, skew)) return false;
      // A label on its row means it belongs to the next row of a grid or a form; a label of the other column of a
      // two-column card (left of the value's own label) does not, when the line ends inside the line above as a wrapped one does.
      const inside = right(c) <= right(upper) + upperH;
      const labelLeft = inside ? (cells[ownLabelLine]?.box[0] ?? -Infinity) : -Infinity;
      return !cells.some(
        (o, m) => m !== ownLabelLine && m !== k && sameRow(o, c, skew) && right(o) > labelLeft && isLabelCell(cells, hits, m),
      );
    });
    if (next < 0) break;
    out.push(next);
    above = cells[next];
    left = above?.box[0] ?? left;
  }
  return out;
}

/** The value of line `first` (from character `from`) joined with the lines it wraps onto. */
export function wrappedValue(
  cells: readonly Cell[],
  hits: readonly LabelHit[],
  first: number,
  from: number,
  valueLeft: number,
  ownLabelLine: number,
  skew = 0,
): string | null {
  const head = valueText(cells, hits, first, from);
  if (head === null) return null;
  const rest = continuationLines(cells, hits, first, valueLeft, ownLabelLine, skew).map((k) => continuationText(cells, hits, k));
  return [head, ...rest].join('');
}

/**
 * The first line of a wrapped value whose line `j` sits beside the label `labelLine`: a label centred on a
 * two- or three-line value lines up with a later line, so lines above `j` that it continues (same left edge,
 * one line pitch higher, no label on their row) and that are still beside the label come first. Pure.
 */
export function wrapStart(cells: readonly Cell[], hits: readonly LabelHit[], j: number, labelLine: number, skew = 0): number {
  const label = cells[labelLine];
  let top = j;
  for (let guard = 0; label && guard < MAX_EXTRA_LINES; guard += 1) {
    const lower = cells[top];
    if (!lower) break;
    const above = cells.findIndex((c, k) => {
      if (k === top || k === labelLine || c.box[2] <= 0 || startsWithLabel(cells, hits, k)) return false;
      // The line above must not be another label's value (the previous row of a tight grid).
      if (cells.some((o, m) => m !== labelLine && m !== k && sameRow(o, c, skew) && isLabelCell(cells, hits, m))) return false;
      if (Math.abs(centreY(c) - centreY(label) - skew * (centreX(c) - centreX(label))) > label.box[3] * 1.5) return false;
      return continuationLines(cells, hits, k, c.box[0], labelLine, skew)[0] === top;
    });
    if (above < 0) break;
    top = above;
  }
  return top;
}
