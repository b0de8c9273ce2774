import type { BlockGrid } from './block-dct';
import { CELL_BLOCKS, MIN_COEFFS, noTraces, type FreqModel, type JpegTraces } from './trace-types';

// Every block gets a log-likelihood ratio "single / earlier-compressed"; window sums are compared
// with what the image's own blocks give (a z-score), so a genuine photo whose blocks all carry the
// same history scores low however large it is.

const WINDOWS: ReadonlyArray<readonly [number, number]> = [
  [4, 4],
  [4, 12],
  [6, 20],
  [8, 8],
  [12, 12],
  [16, 16],
];

/** The least compliant window of `grid` under the kept frequency models, the per-cell heatmap and the steps seen. */
export function localise(grid: BlockGrid, models: FreqModel[], model: 'png' | 'jpeg', cell: number): JpegTraces {
  const { bw, bh } = grid;
  const F = grid.freqs.length;
  const v = new Float64Array(bw * bh);
  const m = new Float64Array(bw * bh);
  let sum = 0;
  let sum2 = 0;
  let count = 0;
  for (let b = 0; b < bw * bh; b += 1) {
    if (!grid.valid[b]) continue;
    for (const fm of models) {
      const l = fm.llr(grid.coeffs[b * F + fm.slot] as number);
      if (l === null) continue;
      v[b] = (v[b] as number) + l;
      m[b] = (m[b] as number) + 1;
      sum += l;
      sum2 += l * l;
      count += 1;
    }
  }
  if (count < MIN_COEFFS) return { ...noTraces(cell), model, frequencies: models.length };
  const mu = sum / count;
  const sd = Math.sqrt(Math.max(1e-6, sum2 / count - mu * mu));
  const integral = (a: Float64Array): Float64Array => {
    const I = new Float64Array((bw + 1) * (bh + 1));
    for (let y = 0; y < bh; y += 1) {
      let row = 0;
      for (let x = 0; x < bw; x += 1) {
        row += a[y * bw + x] as number;
        I[(y + 1) * (bw + 1) + x + 1] = (I[y * (bw + 1) + x + 1] as number) + row;
      }
    }
    return I;
  };
  const Iv = integral(v);
  const Im = integral(m);
  const box = (I: Float64Array, x: number, y: number, w: number, h: number): number =>
    (I[(y + h) * (bw + 1) + x + w] as number) -
    (I[y * (bw + 1) + x + w] as number) -
    (I[(y + h) * (bw + 1) + x] as number) +
    (I[y * (bw + 1) + x] as number);
  const zOf = (x: number, y: number, w: number, h: number): number => {
    const n = box(Im, x, y, w, h);
    if (n < 24) return 0;
    return (box(Iv, x, y, w, h) - mu * n) / (sd * Math.sqrt(n));
  };
  let evidence = 0;
  let region: [number, number, number, number] | null = null;
  for (const [wh, ww] of WINDOWS) {
    for (const [h, w] of [
      [wh, ww],
      [ww, wh],
    ] as const) {
      for (let y = 0; y + h <= bh; y += 1) {
        for (let x = 0; x + w <= bw; x += 1) {
          const z = zOf(x, y, w, h);
          if (z > evidence) {
            evidence = z;
            region = [x * 8, y * 8, w * 8, h * 8];
          }
        }
      }
    }
  }
  const heatmap: number[][] = [];
  for (let cy = 0; cy + CELL_BLOCKS <= bh; cy += CELL_BLOCKS) {
    const row: number[] = [];
    for (let cx = 0; cx + CELL_BLOCKS <= bw; cx += CELL_BLOCKS)
      row.push(Math.round((1 / (1 + Math.exp(-(zOf(cx, cy, CELL_BLOCKS, CELL_BLOCKS) - 3)))) * 1000) / 1000);
    heatmap.push(row);
  }
  const primarySteps: Record<number, number> = {};
  const stepEvidence: Record<number, number> = {};
  for (const fm of models) {
    primarySteps[fm.index] = fm.step;
    stepEvidence[fm.index] = Math.round(fm.z * 10) / 10;
  }
  return { model, frequencies: models.length, primarySteps, stepEvidence, evidence, region, heatmap, cell };
}
