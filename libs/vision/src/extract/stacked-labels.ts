import { centreX, centreY, type Cell } from './cell-geometry';

/**
 * Joins a label that wraps inside a narrow header cell (实缴(退)金 over 额, 入(退)库日 over 期), which OCR
 * reads as two boxes one above the other, into one cell: a box whose text begins a known label, and the box
 * right under it (same left edge, one line pitch lower) that completes it. Pure.
 */
export function joinStackedLabels(cells: readonly Cell[], labels: ReadonlySet<string>, skew = 0): { cells: Cell[]; source: number[] } {
  const prefixes = new Set<string>();
  for (const label of labels) for (let i = 2; i < label.length; i += 1) prefixes.add(label.slice(0, i));
  const used = new Set<number>();
  const out: Cell[] = [];
  const source: number[] = [];
  // Top to bottom, so that a label's first line is met before the line that completes it.
  const order = cells.map((_, i) => i).sort((a, b) => (cells[a] as Cell).box[1] - (cells[b] as Cell).box[1]);
  for (const i of order) {
    if (used.has(i)) continue;
    let cell = cells[i] as Cell;
    while (prefixes.has(cell.text) && !labels.has(cell.text)) {
      const upper = cell;
      const h = Math.max(1, Math.min(upper.box[3], 60));
      const next = cells.findIndex((c, j) => {
        if (j === i || used.has(j) || c.box[2] <= 0) return false;
        const dy = centreY(c) - (centreY(upper) + skew * (centreX(c) - centreX(upper)));
        const joined = upper.text + c.text;
        return dy > h * 0.5 && dy < h * 1.6 && Math.abs(c.box[0] - upper.box[0]) < h && (labels.has(joined) || prefixes.has(joined));
      });
      const below = cells[next];
      if (!below) break;
      used.add(next);
      const left = Math.min(upper.box[0], below.box[0]);
      const rightEdge = Math.max(upper.box[0] + upper.box[2], below.box[0] + below.box[2]);
      // The joined label keeps the first line's height, so that it still sits on its header row.
      cell = { text: upper.text + below.text, box: [left, upper.box[1], rightEdge - left, upper.box[3]] };
    }
    used.add(i);
    out.push(cell);
    source.push(i);
  }
  return { cells: out, source };
}
