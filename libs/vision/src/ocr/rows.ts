import type { OcrLine } from '../types';

const cy = (l: OcrLine): number => l.box[1] + l.box[3] / 2;

/**
 * Joins text cells into reading rows (left to right, separated by a space), the form table readers and
 * the classifier expect. A cell joins the row whose nearest cell on its left sits at the same height, so
 * a tilted page's rows do not swallow the row below. Pure.
 */
export function cellsToRows(cells: readonly OcrLine[]): OcrLine[] {
  const byX = [...cells].filter((c) => c.box[2] > 0).sort((a, b) => a.box[0] - b.box[0]);
  const rows: OcrLine[][] = [];
  for (const cell of byX) {
    let best: { row: OcrLine[]; distance: number } | null = null;
    for (const row of rows) {
      const last = row[row.length - 1];
      if (!last || last.box[0] + last.box[2] > cell.box[0] + cell.box[3] * 0.5) continue;
      const distance = Math.abs(cy(last) - cy(cell));
      if (distance < Math.min(last.box[3], cell.box[3]) * 0.5 && (!best || distance < best.distance)) best = { row, distance };
    }
    if (best) best.row.push(cell);
    else rows.push([cell]);
  }
  const merged = rows.map((row): OcrLine => {
    const left = Math.min(...row.map((c) => c.box[0]));
    const top = Math.min(...row.map((c) => c.box[1]));
    const right = Math.max(...row.map((c) => c.box[0] + c.box[2]));
    const bottom = Math.max(...row.map((c) => c.box[1] + c.box[3]));
    const confidence = row.reduce((s, c) => s + c.confidence, 0) / row.length;
    return {
      text: row.map((c) => c.text).join(' '),
      confidence: Math.round(confidence * 1000) / 1000,
      box: [left, top, right - left, bottom - top],
    };
  });
  const blank = cells.filter((c) => c.box[2] <= 0);
  return [...merged.sort((a, b) => cy(a) - cy(b)), ...blank];
}
