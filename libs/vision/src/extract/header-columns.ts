import { charX, type Cell } from './cell-geometry';
import type { LabelHit } from './label-hits';

/** One heading of a row of labels: a label (or unknown heading text) and its x extent. */
interface Heading {
  line: number;
  start: number;
  left: number;
  right: number;
}

/**
 * The headings of a row of labels, left to right. OCR joins close headings of a dense table into one box
 * (单价 总价 → 单价总价), so every label inside a box is a heading of its own, and text after a box's last
 * label (a heading the lexicon does not know, or one OCR misread) is one too. Pure.
 */
function headings(cells: readonly Cell[], hits: readonly LabelHit[], row: readonly number[]): Heading[] {
  const out: Heading[] = [];
  const labelled = row.filter((j) => hits.some((h) => h.line === j)).map((j) => (cells[j] as Cell).box[3]);
  const labelHeight = labelled.length > 0 ? Math.min(...labelled) : 0;
  for (const j of row) {
    const cell = cells[j] as Cell;
    // A slash heading's parts share its box: the heading is one column.
    const own = hits.filter((h) => h.line === j && !h.part).sort((a, b) => a.start - b.start);
    if (own.length === 0) {
      // A small one-character box on a heading row is a speck or a seal's fragment, not a column; a heading that
      // lost a character (制 of 币制) is printed as large as the others and stays one.
      if ([...cell.text].length <= 1 && cell.box[3] < labelHeight * 0.85) continue;
      out.push({ line: j, start: 0, left: cell.box[0], right: cell.box[0] + cell.box[2] });
      continue;
    }
    for (const h of own) out.push({ line: j, start: h.start, left: charX(cell, h.start), right: charX(cell, h.end) });
    const last = own[own.length - 1] as LabelHit;
    const rest = cell.text.slice(last.end);
    if (/[\u4e00-\u9fa5A-Za-z]/.test(rest.replace(/^\(.{0,4}\)/, '')))
      out.push({ line: j, start: last.end, left: charX(cell, last.end), right: cell.box[0] + cell.box[2] });
  }
  return out.sort((a, b) => a.left - b.left);
}

/** The x range of the column under `hit` in a row of labels: from the heading on its left to the heading on its right. Pure. */
export function headerColumn(cells: readonly Cell[], hits: readonly LabelHit[], row: readonly number[], hit: LabelHit): [number, number] {
  const items = headings(cells, hits, row);
  const at = items.findIndex((i) => i.line === hit.line && i.start === hit.start);
  const cell = cells[hit.line] as Cell;
  const h = cell.box[3];
  const own = items[at];
  const prev = items[at - 1];
  const next = items[at + 1];
  const left = own?.left ?? cell.box[0];
  // Values start under their heading or a little left of it (a heading centred over wider values).
  const from = prev ? Math.min(left - h * 0.3, Math.max(prev.right + h * 0.2, left - h * 3)) : left - h * 2;
  // A value starting just left of the next heading belongs to that column (a tilted page shifts columns sideways).
  return [from, next ? next.left - h * 0.5 : Number.POSITIVE_INFINITY];
}

/** True when a cell starts inside the column (values are set from the column's left, figures may be set right). */
export const startsInColumn = (c: Cell, [from, to]: readonly [number, number]): boolean => c.box[0] >= from - 4 && c.box[0] < to;

/** The characters of a cell that lie in the column: OCR may join a value with the next column's (欧元 照章征税). Pure. */
export function sliceToColumn(c: Cell, [, to]: readonly [number, number]): string {
  if (c.box[0] + c.box[2] <= to) return c.text;
  let end = 0;
  while (end < c.text.length && (charX(c, end) + charX(c, end + 1)) / 2 < to) end += 1;
  // Character widths are estimates and the gap between the columns is spread over them: where the two values change
  // script within a character of the cut (…987号|2028年…), the cut is at that change, the later one first.
  const cjk = (i: number): boolean => /[\u4e00-\u9fa5]/.test(c.text.charAt(i));
  const changes = (i: number): boolean => i > 0 && i < c.text.length && cjk(i - 1) !== cjk(i);
  const snapped = [end + 1, end, end - 1].find(changes);
  const cut = snapped ?? end;
  // A figure is not cut by a character or two: one set right in its column overhangs the next heading's edge (447,308.04
  // under 单价/总价/币制), and cut it would read as another amount (447,308.0). Longer digit runs are the next column's figure.
  const overhang = /^[\d,.]{1,3}(?![\d,.])/.exec(c.text.slice(cut))?.[0] ?? '';
  return c.text.slice(0, cut + (/\d[,.]?$/.test(c.text.slice(0, cut)) ? overhang.length : 0));
}
