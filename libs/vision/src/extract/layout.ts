import { centreX, centreY, charX, ems, sameRow, valueText, type Cell, type RawCandidate } from './cell-geometry';
import { namesUnit } from './heading-units';
import { hasLabelAbove } from './labels-above';
import type { LabelHit } from './label-hits';
import { withSplitCents } from './split-figures';
import { columnCandidates, labelRow } from './table-columns';
import { textHeight, wrappedValue, wrapStart } from './wrapped-values';

export { sameRow, type Cell, type RawCandidate, type ValueSource } from './cell-geometry';

/** Steepest slope taken for a text row: a phone photo held at up to about 11° (tan 11° ≈ 0.2). */
const MAX_SLOPE = 0.2;

/**
 * The page's skew (dy per dx) from pairs of neighbouring cells that share a row. Close pairs give the first
 * estimate (their median slope); on a photo tilted by several degrees, cells far apart on one row differ in height
 * by more than a line, so pairs up to the tilt limit then vote, and the slope most pairs agree on (cells of one row
 * agree, cells of different rows scatter) refines it. Pure.
 */
export function estimateSkew(cells: readonly Cell[]): number {
  const close: number[] = [];
  const far: number[] = [];
  for (const a of cells) {
    for (const b of cells) {
      const dx = centreX(b) - centreX(a);
      if (a === b || dx <= 0 || b.box[0] < a.box[0] + a.box[2] || b.box[0] - (a.box[0] + a.box[2]) > a.box[3] * 15) continue;
      // Text on one line shares its size: a small label beside a neighbouring box's large value is not a pair.
      if (a.box[3] > b.box[3] * 1.3 || b.box[3] > a.box[3] * 1.3) continue;
      const dy = centreY(b) - centreY(a);
      if (Math.abs(dy / dx) >= MAX_SLOPE) continue;
      if (Math.abs(dy) < Math.max(a.box[3], b.box[3]) * 0.6) close.push(dy / dx);
      far.push(dy / dx);
    }
  }
  close.sort((x, y) => x - y);
  const first = close.length >= 3 ? (close[Math.floor(close.length / 2)] ?? 0) : 0;
  return refinedSkew(first, far, shapeSlope(cells));
}

/** Cells long enough for their box's shape to show the tilt: this many ems of text. */
const SHAPE_MIN_EMS = 8;

/**
 * How steep the page's text runs, by the shape of long boxes (no sign): a tilted line's box is taller than its glyphs by
 * its width × the slope; glyphs are about as tall as wide (an upright box is 1.25 em high). The median over long boxes,
 * or null when fewer than three. Pure.
 */
export function shapeSlope(cells: readonly Cell[]): number | null {
  const slopes = cells
    .filter((c) => ems(c.text) >= SHAPE_MIN_EMS && c.box[2] > 0)
    .map((c) => Math.max(0, c.box[3] - (c.box[2] / ems(c.text)) * 1.25) / c.box[2])
    .sort((a, b) => a - b);
  return slopes.length >= 3 ? (slopes[Math.floor(slopes.length / 2)] ?? null) : null;
}

/** Votes a slope needs to stand without the boxes' shape; with it, fewer do (a two-column card has a pair per row). */
const MIN_VOTES = 6;
const MIN_VOTES_WITH_SHAPE = 4;

/**
 * The slope with the most votes within ±0.01 (ties to the nearest to `first`), when it holds more votes than `first` does.
 * Too few votes for any slope (a card of label | value rows tilted so that each label lines up with the next row's value
 * as well as with its own): the one slope with enough votes whose steepness the long boxes' shape confirms. Pure.
 */
function refinedSkew(first: number, slopes: readonly number[], shape: number | null = null): number {
  const sorted = [...slopes].sort((x, y) => x - y);
  // Votes within ±0.01 of each slope, by a window sliding over the sorted slopes.
  const votes = (s: number): number => sorted.filter((x) => Math.abs(x - s) <= 0.01).length;
  let best = first;
  let most = votes(first);
  let lo = 0;
  let hi = 0;
  for (const s of sorted) {
    while ((sorted[lo] ?? s) < s - 0.01) lo += 1;
    while (hi < sorted.length && (sorted[hi] ?? s) <= s + 0.01) hi += 1;
    const n = hi - lo;
    if (n > most || (n === most && Math.abs(s - first) < Math.abs(best - first))) {
      best = s;
      most = n;
    }
  }
  if (most < MIN_VOTES && shape !== null && shape >= 0.03) {
    // Each slope that enough pairs agree on and the shape confirms, counted once (its median).
    const confirmed = new Set(
      sorted.filter((s) => votes(s) >= MIN_VOTES_WITH_SHAPE && Math.abs(Math.abs(s) - shape) <= 0.025).map((s) => Math.round(s * 50) / 50),
    );
    if (confirmed.size === 1) {
      const agreeing = sorted.filter((x) => votes(x) >= MIN_VOTES_WITH_SHAPE && Math.abs(Math.abs(x) - shape) <= 0.025);
      return agreeing[Math.floor(agreeing.length / 2)] ?? first;
    }
  }
  if (best === first || most < MIN_VOTES) return first;
  const agreeing = sorted.filter((x) => Math.abs(x - best) <= 0.01);
  return agreeing[Math.floor(agreeing.length / 2)] ?? first;
}

/** Line indexes in reading order: rows top to bottom (the page's skew taken out), cells left to right. Pure. */
export function readingOrder(cells: readonly Cell[], skew = 0): number[] {
  const level = (i: number): number => centreY(cells[i] as Cell) - skew * centreX(cells[i] as Cell);
  const order = cells.map((_, i) => i).sort((a, b) => level(a) - level(b));
  const rows: number[][] = [];
  for (const i of order) {
    const row = rows[rows.length - 1];
    const first = row?.[0];
    if (row && first !== undefined && sameRow(cells[first] as Cell, cells[i] as Cell, skew)) row.push(i);
    else rows.push([i]);
  }
  return rows.flatMap((row) => row.sort((a, b) => (cells[a] as Cell).box[0] - (cells[b] as Cell).box[0]));
}

/**
 * Candidate values of a label, nearest first. In a row of labels (a table header, a boxed form's labels
 * above values): the value down its column, and for amounts the figure on the totals row. Otherwise: the
 * rest of its own line up to the next label; the cells to its right on the same row up to the next label
 * cell; the cell below it that overlaps it horizontally. A value wrapped over lines inside its cell is
 * joined. Pure.
 */
export function candidatesFor(
  cells: readonly Cell[],
  hits: readonly LabelHit[],
  hit: LabelHit,
  skew = 0,
  wantTotal = false,
): RawCandidate[] {
  const out: RawCandidate[] = [];
  const cell = cells[hit.line];
  if (!cell) return out;
  const row = labelRow(cells, hits, hit.line, skew);
  // A column of quantities (电量(千瓦时)) totals on the 合计 row as a column of amounts does.
  if (row) return columnCandidates(cells, hits, hit, row, wantTotal || namesUnit(hit.label), skew);
  // In running prose a label is followed by a verb instead of a colon (租金为…, 房屋坐落于…): the value starts after it.
  const from = /^(为|于|是)[^:：]/.test(cell.text.slice(hit.end)) ? hit.end + 1 : hit.end;
  const read = wrappedValue(cells, hits, hit.line, from, charX(cell, from), hit.line, skew);
  // A label inside a sentence (第一条…建筑面积225平方米，用途…) introduces a value that ends with its clause, as a first candidate; a comma
  // between digits is a thousands separator, not the clause's end.
  const prose = from > hit.end || hit.start > 0;
  // The clause comes first; the whole rest stays a candidate (租赁期限为1年，即2025年…至2026年… holds the period after it).
  const clause = read !== null && prose ? read.split(/[,;。](?!\d)/)[0] : undefined;
  if (clause) out.push({ raw: clause, line: hit.line, source: 'inline' });
  if (read && read !== clause) out.push({ raw: read, line: hit.line, source: 'inline' });
  const nextOnLine = hits.some((h) => h.line === hit.line && h.start >= hit.end);
  const labelLeft = charX(cell, hit.start);
  const labelRight = charX(cell, hit.end);
  const height = Math.max(1, cell.box[3]);
  // A box far taller than its glyphs (a long line on a tilted photo whose skew was not measured) has no reliable row; the
  // height the measured skew adds to a long box is no sign of that.
  const rowless = cell.box[3] - Math.abs(skew) * cell.box[2] > textHeight(cell, skew) * 1.8;
  if (!nextOnLine && cell.box[2] > 0 && !rowless) {
    // Cells to the right on the same row, in x order, until a label cell or a wide gap. Boxes are padded: a value printed
    // larger than its small label (名称： of an e-invoice) may start up to half its own height inside the label's box (a
    // height at most 1.6 labels': a long tilted line's box is taller than its text).
    const overlap = (c: Cell): number => Math.max(height, Math.min(c.box[3], height * 1.6)) * 0.5;
    const right = cells
      .map((c, j) => ({ c, j }))
      .filter(({ c, j }) => j !== hit.line && c.box[2] > 0 && sameRow(cell, c, skew) && c.box[0] >= labelRight - overlap(c))
      .sort((a, b) => a.c.box[0] - b.c.box[0]);
    const parts: string[] = [];
    let edge = cell.box[0] + cell.box[2];
    for (const { c, j } of right) {
      // The first value cell may sit far right (table rows); further cells must follow closely.
      if (parts.length > 0 && c.box[0] - edge > height * 30) break;
      const text = valueText(cells, hits, j);
      // A value with its own label printed above it belongs to that label (a form with labels above values).
      if (text === null || hasLabelAbove(cells, hits, j, hit.line, skew)) break;
      const joined = withSplitCents(cells, j, text, skew);
      // The cents box joined to the figure before it is not a value of its own.
      if (!(/^\d{2}$/.test(text) && parts[parts.length - 1]?.endsWith(`.${text}`))) parts.push(joined);
      if (hits.some((h) => h.line === j)) break;
      edge = c.box[0] + c.box[2];
    }
    // A label centred beside a value wrapped over lines may line up with its second line.
    const first = right[0] ? wrapStart(cells, hits, right[0].j, hit.line, skew) : hit.line;
    // The nearest cell alone, then the row's cells together (合计 ¥amount ¥tax spread over cells).
    const nearest = parts[0] !== undefined ? wrappedValue(cells, hits, first, 0, cells[first]?.box[0] ?? 0, hit.line, skew) : null;
    // A figure whose cents OCR boxed apart (￥267,584 | 94) is joined back before it is read.
    if (nearest !== null) out.push({ raw: withSplitCents(cells, first, nearest, skew), line: first, source: 'right' });
    if (parts.length > 1) out.push({ raw: parts.join(' '), line: first, source: 'right' });
  }
  // The cell below: starts under the label (labels above values) or in the value column of a stacked list.
  let best: { j: number; gap: number } | null = null;
  cells.forEach((c, j) => {
    if (j === hit.line || c.box[2] === 0) return;
    // Heights at the label's x: the page's skew taken out.
    const lift = skew * (centreX(c) - centreX(cell));
    const gap = c.box[1] - lift - (cell.box[1] + cell.box[3] * 0.35);
    // Below means its middle is under the label's lower edge (a small label above a large value overlaps it).
    if (gap <= 0 || gap > height * 2.6 || centreY(c) - lift < cell.box[1] + cell.box[3] * 0.9) return;
    const overlaps = c.box[0] < labelRight + height * 1.5 && c.box[0] + c.box[2] > labelLeft;
    if (overlaps && (!best || gap < best.gap)) best = { j, gap };
  });
  const below = best as { j: number; gap: number } | null;
  if (below) {
    const text = wrappedValue(cells, hits, below.j, 0, cells[below.j]?.box[0] ?? 0, hit.line, skew);
    if (text !== null) out.push({ raw: text, line: below.j, source: 'below' });
  }
  return out;
}
