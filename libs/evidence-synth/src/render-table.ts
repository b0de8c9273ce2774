import type { SKRSContext2D } from '@napi-rs/canvas';
import { wrapText } from './wrap-text';

/** A column table: a header row of labels, value rows below, and an optional total row (合计). */
export interface ColumnTable {
  header: string[];
  rows: string[][];
  /** A total row. Shorter than the header, its first cell sits in the first column, its last in the last, the rest spans between. */
  footer?: string[];
}

/** Column widths: equal when every cell fits, else shared out by each column's widest text (at least its header). */
function columnWidths(g: SKRSContext2D, t: ColumnTable, width: number): number[] {
  const widest = (cell: string): number => Math.max(...cell.split('\n').map((part) => g.measureText(part).width));
  const natural = t.header.map((h, i) => Math.max(g.measureText(h).width, ...t.rows.map((row) => widest(row[i] ?? ''))) + 24);
  const equal = width / t.header.length;
  if (natural.every((w) => w <= equal)) return t.header.map(() => equal);
  const floor = t.header.map((h) => Math.min(g.measureText(h).width + 24, equal));
  const spare = width - floor.reduce((s, w) => s + w, 0);
  const extra = natural.map((w, i) => Math.max(0, w - (floor[i] ?? 0)));
  const extraSum = extra.reduce((s, w) => s + w, 0) || 1;
  return floor.map((w, i) => w + (spare * (extra[i] ?? 0)) / extraSum);
}

/** The cells of a row as [text, x, width]: one per column, or a short total row's first/middle/last spans. */
function rowSpans(row: readonly string[], xs: readonly number[], widths: readonly number[]): Array<[string, number, number]> {
  const n = widths.length;
  const x = (i: number): number => xs[i] ?? 0;
  const w = (i: number): number => widths[i] ?? 0;
  if (row.length >= n) return row.slice(0, n).map((cell, i) => [cell, x(i), w(i)]);
  const first = row[0] ?? '';
  const last = row.length > 1 ? (row[row.length - 1] ?? '') : '';
  const middle = row.slice(1, -1).join('  ');
  return [
    [first, x(0), w(0)],
    [middle, x(1), x(n - 1) - x(1)],
    [last, x(n - 1), w(n - 1)],
  ];
}

/**
 * Draws a ruled column table from baseline `y` of its first row, in the context's current font; a cell's
 * text wraps inside its column (a tax period or an item name over two lines). Returns the y after it.
 */
export function drawColumnTable(g: SKRSContext2D, t: ColumnTable, x0: number, y: number, width: number, fontPx: number): number {
  const widths = columnWidths(g, t, width);
  const xs = widths.map((_, i) => x0 + widths.slice(0, i).reduce((s, w) => s + w, 0));
  const lineH = Math.round(fontPx * 1.2);
  g.strokeStyle = '#444';
  g.lineWidth = 1.2;
  for (const row of [t.header, ...t.rows, ...(t.footer ? [t.footer] : [])]) {
    // A line break in a cell stacks its values (单价/总价/币制 of a customs declaration).
    const spans = rowSpans(row, xs, widths).map(([text, x, w]) => ({
      lines: text.split('\n').flatMap((part) => wrapText(g, part, w - 20)),
      x,
      w,
    }));
    const height = Math.max(48, Math.max(...spans.map((s) => s.lines.length)) * lineH + 18);
    for (const { lines, x, w } of spans) {
      g.strokeRect(x, y - 34, w, height);
      lines.forEach((line, k) => g.fillText(line, x + 10, y + k * lineH));
    }
    y += height;
  }
  return y;
}
