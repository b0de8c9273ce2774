/** Grid statistics shared by the localisation maps. */

/** Median of a list (0 when empty). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** Robust z-scores (median / MAD) of `values`; `floor` bounds the spread from below. */
export function robustZ(values: readonly number[], floor: number): number[] {
  const med = median(values);
  const mad = median(values.map((v) => Math.abs(v - med))) * 1.4826;
  const spread = Math.max(mad, floor);
  return values.map((v) => (v - med) / spread);
}

/** Bounding box [x, y, w, h] in pixels of grid cells where `hit` is true, scaled by `cell / scale`. */
export function cellsBox(
  grid: number[][],
  hit: (v: number) => boolean,
  cell: number,
  scale: number,
): [number, number, number, number] | null {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  grid.forEach((row, y) =>
    row.forEach((v, x) => {
      if (!hit(v)) return;
      x0 = Math.min(x0, x);
      y0 = Math.min(y0, y);
      x1 = Math.max(x1, x);
      y1 = Math.max(y1, y);
    }),
  );
  if (!Number.isFinite(x0)) return null;
  const k = cell / scale;
  return [Math.round(x0 * k), Math.round(y0 * k), Math.round((x1 - x0 + 1) * k), Math.round((y1 - y0 + 1) * k)];
}
