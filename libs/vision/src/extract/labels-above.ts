import { centreX, centreY, isLabelCell, right, type Cell } from './cell-geometry';
import type { LabelHit } from './label-hits';

/**
 * True when the nearest line above cell `j` (starting within about a character of its left edge, up to about two and a half of its
 * heights higher, printed no larger) is a label other than `own`: on a form with labels printed above values, `j` is that
 * label's value, not a value for a label on its left. In a label|value grid the line above a value is the
 * previous row's value, so nothing changes there. Pure.
 */
export function hasLabelAbove(cells: readonly Cell[], hits: readonly LabelHit[], j: number, own: number, skew = 0): boolean {
  const c = cells[j];
  if (!c) return false;
  const h = c.box[3];
  let nearest: { k: number; dy: number } | null = null;
  cells.forEach((m, k) => {
    if (k === j || m.box[2] <= 0) return;
    if (m.box[0] >= right(c) || right(m) <= c.box[0] || Math.abs(m.box[0] - c.box[0]) > h) return;
    // Box labels are printed no larger than their values; a title above the first row is not one.
    if (m.box[3] > h * 1.3) return;
    const dy = centreY(c) - (centreY(m) + skew * (centreX(c) - centreX(m)));
    if (dy > h * 0.5 && dy < h * 2.5 && (!nearest || dy < nearest.dy)) nearest = { k, dy };
  });
  const above = nearest as { k: number; dy: number } | null;
  return above !== null && above.k !== own && isLabelCell(cells, hits, above.k);
}
