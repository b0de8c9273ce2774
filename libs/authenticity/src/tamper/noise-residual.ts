import type { Rgb } from '../image/raster';

// Noise-residual inconsistency: re-typed figures on a filled patch, an inpainted (smoothed) area and a
// patch from another picture carry a different noise than the rest of the photo, whatever format the
// edit was saved in (PNG, or JPEG at any quality). Every cell of the picture gets a noise level (the
// median absolute high-pass residual of its luma); cells are compared with the cells of similar
// brightness in the same picture (a sensor's noise depends on the level), and the window that departs
// most from them, in robust z units, is the evidence. A photo whose cells all share one history is
// silent however noisy or clean it is overall.
//
// Measured, not yet used by analyseImage: on the training edit set (bench/authenticity/src/train/
// edit-set.ts, 90 edits and 90 genuine training photos) the `clean` z alone reaches AUC 0.58
// (re-typed figures 0.79; clones, splices and saturated white paper carry no noise difference), and
// its maximum with the compression-trace score lowered that score's AUC from 0.66 to 0.64
// (docs/adr/0031). Kept, with its tests, for the next combination.

/** Cell side in pixels of the picture as stored. */
export const NOISE_CELL = 32;
const BINS = 8;
const MIN_CELLS_PER_BIN = 12;
const HIST = 256;
/** Histogram bins per grey level of residual (levels above HIST / BIN_PER_LEVEL share the last bin). */
const BIN_PER_LEVEL = 16;

/** Outcome of the noise check. */
export interface NoiseResidual {
  /** Most negative window mean z (a window cleaner than its brightness peers), as a positive number; 0 when not judged. */
  clean: number;
  /** Most positive window mean z (a window noisier than its peers). */
  noisy: number;
  /** Cells judged. */
  cells: number;
  /** The most anomalous window [x, y, w, h] in stored pixels, or null. */
  region: [number, number, number, number] | null;
}

interface CellStats {
  level: Float64Array;
  logNoise: Float64Array;
  ok: Uint8Array;
  cols: number;
  rows: number;
}

/** Per-cell mean luma and log noise level (lower-half mean absolute Laplacian residual); cells with clipped or saturated pixels are left out. */
function cellStats(rgb: Rgb): CellStats {
  const { width: w, height: h, data } = rgb;
  const cols = Math.floor((w - 2) / NOISE_CELL);
  const rows = Math.floor((h - 2) / NOISE_CELL);
  const level = new Float64Array(cols * rows);
  const logNoise = new Float64Array(cols * rows);
  const ok = new Uint8Array(cols * rows);
  const lumaRow = (y: number, out: Float32Array): void => {
    let p = y * w * 3;
    for (let x = 0; x < w; x += 1, p += 3)
      out[x] = 0.299 * (data[p] as number) + 0.587 * (data[p + 1] as number) + 0.114 * (data[p + 2] as number);
  };
  let up = new Float32Array(w);
  let mid = new Float32Array(w);
  let down = new Float32Array(w);
  const hist = new Uint32Array(cols * HIST);
  const sum = new Float64Array(cols);
  const clipped = new Uint32Array(cols);
  for (let cy = 0; cy < rows; cy += 1) {
    hist.fill(0);
    sum.fill(0);
    clipped.fill(0);
    const y0 = 1 + cy * NOISE_CELL;
    lumaRow(y0 - 1, up);
    lumaRow(y0, mid);
    for (let y = y0; y < y0 + NOISE_CELL; y += 1) {
      lumaRow(y + 1, down);
      for (let cx = 0; cx < cols; cx += 1) {
        const base = cx * HIST;
        const x0 = 1 + cx * NOISE_CELL;
        let s = 0;
        let c = 0;
        for (let x = x0; x < x0 + NOISE_CELL; x += 1) {
          const v = mid[x] as number;
          s += v;
          if (v >= 250 || v <= 4) c += 1;
          const e = Math.abs(v - 0.25 * ((mid[x - 1] as number) + (mid[x + 1] as number) + (up[x] as number) + (down[x] as number)));
          const bin = Math.min(HIST - 1, Math.floor(e * BIN_PER_LEVEL));
          hist[base + bin] = (hist[base + bin] as number) + 1;
        }
        sum[cx] = (sum[cx] as number) + s;
        clipped[cx] = (clipped[cx] as number) + c;
      }
      [up, mid, down] = [mid, down, up];
    }
    const half = (NOISE_CELL * NOISE_CELL) / 2;
    for (let cx = 0; cx < cols; cx += 1) {
      const i = cy * cols + cx;
      level[i] = (sum[cx] as number) / (NOISE_CELL * NOISE_CELL);
      if ((clipped[cx] as number) > NOISE_CELL * NOISE_CELL * 0.05) continue;
      // Mean of the lower half of the residuals: continuous, and blind to the ink edges of the cell.
      let acc = 0;
      let total = 0;
      for (let b = 0; b < HIST && acc < half; b += 1) {
        const take = Math.min(hist[cx * HIST + b] as number, half - acc);
        acc += take;
        total += take * ((b + 0.5) / BIN_PER_LEVEL);
      }
      logNoise[i] = Math.log(total / half + 0.02);
      ok[i] = 1;
    }
  }
  return { level, logNoise, ok, cols, rows };
}

function medianOf(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? 0 : ((s[(s.length - 1) >> 1] as number) + (s[s.length >> 1] as number)) / 2;
}

/** Robust z of every cell's log noise against the cells of its brightness bin (NaN where not judged). */
function cellZ(st: CellStats): Float64Array {
  const z = new Float64Array(st.level.length).fill(Number.NaN);
  const members: number[][] = Array.from({ length: BINS }, () => []);
  st.level.forEach((l, i) => {
    if (st.ok[i]) members[Math.min(BINS - 1, Math.floor((l / 256) * BINS))]?.push(i);
  });
  for (const idx of members) {
    if (idx.length < MIN_CELLS_PER_BIN) continue;
    const vals = idx.map((i) => st.logNoise[i] as number);
    const m = medianOf(vals);
    const mad = medianOf(vals.map((v) => Math.abs(v - m)));
    const scale = Math.max(0.05, 1.4826 * mad);
    for (const i of idx) z[i] = ((st.logNoise[i] as number) - m) / scale;
  }
  return z;
}

/** The noise check on pixels decoded at full size (stored orientation). */
export function noiseResidual(rgb: Rgb): NoiseResidual {
  const st = cellStats(rgb);
  const z = cellZ(st);
  let clean = 0;
  let noisy = 0;
  let cells = 0;
  let region: NoiseResidual['region'] = null;
  for (let cy = 0; cy + 1 < st.rows; cy += 1) {
    for (let cx = 0; cx + 1 < st.cols; cx += 1) {
      let s = 0;
      let n = 0;
      for (const i of [cy * st.cols + cx, cy * st.cols + cx + 1, (cy + 1) * st.cols + cx, (cy + 1) * st.cols + cx + 1]) {
        const v = z[i] as number;
        if (Number.isNaN(v)) continue;
        s += v;
        n += 1;
      }
      if (n < 3) continue;
      cells += 1;
      const m = s / n;
      const box: [number, number, number, number] = [1 + cx * NOISE_CELL, 1 + cy * NOISE_CELL, 2 * NOISE_CELL, 2 * NOISE_CELL];
      if (-m > clean) {
        clean = -m;
        if (clean >= noisy) region = box;
      }
      if (m > noisy) {
        noisy = m;
        if (noisy > clean) region = box;
      }
    }
  }
  return { clean, noisy, cells, region };
}

/**
 * Logistic calibration of the `clean` window z, set on genuine training images only (photos and
 * honest copies of the own and project generators, bench/authenticity/src/train/edit-set.ts): the
 * centre sits above every genuine training image (their largest `clean` z is 3.8).
 */
export const NOISE_CALIBRATION = { centre: 4.5, width: 0.5 } as const;

/** Edit score 0..1 of a noise result. */
export function noiseScore(n: Pick<NoiseResidual, 'clean'>): number {
  const c = NOISE_CALIBRATION;
  return n.clean <= 0 ? 0 : 1 / (1 + Math.exp(-(n.clean - c.centre) / c.width));
}
