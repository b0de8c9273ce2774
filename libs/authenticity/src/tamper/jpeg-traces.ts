import type { Rgb } from '../image/raster';
import { blockDct, ZIGZAG_AC, type BlockGrid } from './block-dct';

// Traces of an earlier JPEG compression, and the region that lacks them.
//
// Content that was once JPEG-compressed keeps, in the DCT of its aligned 8×8 blocks, the lattice of
// that compression's steps q1: coefficients sit near multiples of q1. Re-typed digits, a pasted or
// cloned patch, an inpainted area entered the picture after that compression, so their blocks do not.
// Two cases are read:
//  - no quantisation table (PNG, lossless WebP...): coefficient phases 2πc/q1 are tested directly
//    (Rayleigh test for q1 per frequency, von Mises model of the compliant phase);
//  - a JPEG whose own steps q2 are finer than the earlier q1: the level histogram at q2 carries the
//    periodic pattern of q1 → q2 requantisation, tested against a smooth (log-linear) envelope with a
//    z-score so that sensor noise and smooth histograms cannot fake it (docs/adr/0019).
// Every block then gets a log-likelihood ratio "single / earlier-compressed"; window sums are compared
// with what the image's own blocks give (a z-score), so a genuine photo whose blocks all carry the
// same history scores low however large it is. A first-generation JPEG or a born-digital PNG shows no
// earlier compression and is silent.

/** Outcome: z-score of the least compliant region, where it is, and what history was seen. */
export interface JpegTraces {
  /** Which model read the image: 'png' (no table), 'jpeg' (finer re-save) or 'none' (no earlier compression seen). */
  model: 'png' | 'jpeg' | 'none';
  /** Frequencies with a clear earlier quantisation. */
  frequencies: number;
  /** Earlier steps per natural frequency index. */
  primarySteps: Record<number, number>;
  /** Test statistic of each kept frequency (pattern z-score, or Rayleigh n·R²). */
  stepEvidence: Record<number, number>;
  /** Largest window z-score of "lacks the earlier compression" (0 when no model). */
  evidence: number;
  /** The window, in pixels [x, y, w, h] of the stored orientation, or null. */
  region: [number, number, number, number] | null;
  /** Per cell (4×4 blocks) z-scores squashed to 0..1, rows × cols. */
  heatmap: number[][];
  cell: number;
}

const F_USED = 15;
const K = 48;
const NOISE = 0.7;
const EPS = 0.04;
const MIN_COEFFS = 300;
const MIN_FREQUENCIES = 3;
// Earlier quantisation needs a clear pattern (z), deep valleys and enough levels: noise must not pass.
const [MIN_PATTERN_Z, MIN_DEPTH, MIN_LEVEL] = [6, 0.5, 3];
const WINDOWS: ReadonlyArray<readonly [number, number]> = [
  [4, 4],
  [4, 12],
  [6, 20],
  [8, 8],
  [12, 12],
  [16, 16],
];
const CELL_BLOCKS = 4;

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
function erf(x: number): number {
  const t = 1 / (1 + 0.3275911 * Math.abs(x));
  const y = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-x * x);
  return x >= 0 ? y : -y;
}
const phi = (x: number): number => 0.5 * (1 + erf(x / Math.SQRT2));

/** Expected relative occupancy (mean 1) of levels −K..K after quantising with q1, then q2. */
function pattern(q1: number, q2: number): Float64Array {
  const w = new Float64Array(2 * K + 1);
  const sigma = NOISE / q2;
  const mMax = Math.ceil(((K + 2) * q2) / q1);
  for (let m = -mMax; m <= mMax; m += 1) {
    const x = (m * q1) / q2;
    const c = Math.round(x);
    for (let k = c - 2; k <= c + 2; k += 1) {
      if (k < -K || k > K) continue;
      w[k + K] = (w[k + K] as number) + phi((k + 0.5 - x) / sigma) - phi((k - 0.5 - x) / sigma);
    }
  }
  const scale = q1 / q2;
  for (let i = 0; i < w.length; i += 1) w[i] = (1 - EPS) * (w[i] as number) * scale + EPS;
  return w;
}

/** Smooth envelope of a level histogram: local log-linear least squares over same-sign bins within ±half. */
function envelope(h: Float64Array, half: number): Float64Array {
  const s = new Float64Array(h.length);
  const lg = Array.from(h, (v) => Math.log(v + 0.5));
  for (let k = -K; k <= K; k += 1) {
    if (k === 0) continue;
    let n = 0;
    let sx = 0;
    let sy = 0;
    let sxx = 0;
    let sxy = 0;
    for (let j = k - half; j <= k + half; j += 1) {
      if (Math.abs(j) < MIN_LEVEL - 1 || j < -K || j > K || Math.sign(j) !== Math.sign(k)) continue;
      const y = lg[j + K] as number;
      n += 1;
      sx += j;
      sy += y;
      sxx += j * j;
      sxy += j * y;
    }
    const den = n * sxx - sx * sx;
    const slope = den > 0 ? (n * sxy - sx * sy) / den : 0;
    const icpt = (sy - slope * sx) / Math.max(1, n);
    s[k + K] = Math.max(0, Math.exp(icpt + slope * k) - 0.5);
  }
  return s;
}

interface FreqModel {
  slot: number;
  index: number;
  step: number;
  z: number;
  llr: (c: number) => number | null;
}

/** Earlier step of one frequency in a JPEG with step q2: best q1 > q2 by pattern z-score, or null. */
function fitJpegFrequency(values: Float32Array, F: number, slot: number, valid: Uint8Array, q2: number, index: number): FreqModel | null {
  const h = new Float64Array(2 * K + 1);
  let n = 0;
  for (let b = 0; b < valid.length; b += 1) {
    if (!valid[b]) continue;
    const k = Math.round((values[b * F + slot] as number) / q2);
    if (k === 0 || k < -K || k > K) continue;
    h[k + K] = (h[k + K] as number) + 1;
    n += 1;
  }
  if (n < MIN_COEFFS) return null;
  let best: { q1: number; z: number; w: Float64Array } | null = null;
  for (let q1 = q2 + 1; q1 <= Math.min(100, 5 * q2 + 4); q1 += 1) {
    const p = q1 / gcd(q1, q2);
    if (p < 2 || p > 16) continue;
    const w = pattern(q1, q2);
    const s = envelope(h, Math.max(3, p + 1));
    let num = 0;
    let den = 0;
    let zs = 0;
    let aDen = 0;
    for (let k = -K; k <= K; k += 1) {
      // The noise peak around level 0 is never smooth enough to judge a pattern on.
      if (Math.abs(k) < MIN_LEVEL) continue;
      const e = s[k + K] as number;
      const d = (w[k + K] as number) - 1;
      num += ((h[k + K] as number) - e) * d;
      den += d * d * Math.max(e, 0.5);
      aDen += d * d * e;
      zs += e;
    }
    if (den <= 0 || zs <= 0 || aDen <= 0) continue;
    const z = num / Math.sqrt(den);
    // Modulation depth: 1 when the histogram is exactly the predicted double-quantised shape.
    const a = num / aDen;
    if (a < MIN_DEPTH) continue;
    if (!best || z > best.z) best = { q1, z, w };
  }
  if (!best || best.z < MIN_PATTERN_Z) return null;
  const w = best.w;
  return {
    slot,
    index,
    step: best.q1,
    z: best.z,
    llr: (c: number) => {
      const k = Math.round(c / q2);
      if (k === 0 || k < -K || k > K) return null;
      return -Math.max(-3, Math.min(3, Math.log(w[k + K] as number)));
    },
  };
}

/** Earlier step of one frequency of an image without a table: Rayleigh test of phases 2πc/q. */
function fitLosslessFrequency(values: Float32Array, F: number, slot: number, valid: Uint8Array, index: number): FreqModel | null {
  const cs: number[] = [];
  for (let b = 0; b < valid.length; b += 1) {
    if (!valid[b]) continue;
    const c = values[b * F + slot] as number;
    if (Math.abs(c) >= 1.5) cs.push(c);
  }
  if (cs.length < MIN_COEFFS) return null;
  // The step is estimated on at most 6000 coefficients (deterministic stride).
  const stride = Math.max(1, Math.floor(cs.length / 6000));
  const sample = stride > 1 ? cs.filter((_, i) => i % stride === 0) : cs;
  let best = { q: 0, r: 0, z: 0 };
  for (let q = 2; q <= 48; q += 1) {
    let re = 0;
    let im = 0;
    let n = 0;
    for (const c of sample) {
      if (Math.abs(c) < q / 2) continue;
      const t = (2 * Math.PI * c) / q;
      re += Math.cos(t);
      im += Math.sin(t);
      n += 1;
    }
    if (n < 100) continue;
    const r = Math.hypot(re, im) / n;
    const z = n * r * r;
    if (z > 30 && r > best.r + 0.02) best = { q, r, z };
  }
  if (best.q === 0 || best.r < 0.3) return null;
  const r = Math.min(0.98, best.r);
  const kappa = (r * (2 - r * r)) / (1 - r * r);
  const logI0 = Math.log(besselI0(kappa));
  const q = best.q;
  return {
    slot,
    index,
    step: q,
    z: best.z,
    llr: (c: number) => {
      if (Math.abs(c) < q / 2) return null;
      return -(kappa * Math.cos((2 * Math.PI * c) / q) - logI0);
    },
  };
}

function besselI0(x: number): number {
  let sum = 1;
  let term = 1;
  for (let k = 1; k < 60; k += 1) {
    term *= (x / (2 * k)) ** 2;
    sum += term;
    if (term < 1e-12 * sum) break;
  }
  return sum;
}

const NONE = (cell: number): JpegTraces => ({
  model: 'none',
  frequencies: 0,
  primarySteps: {},
  stepEvidence: {},
  evidence: 0,
  region: null,
  heatmap: [],
  cell,
});

/**
 * Reads the earlier-compression traces of `rgb` (decoded at full size, stored orientation). `table`
 * is the file's luma quantisation table (natural order), or null for images without one.
 */
export function jpegTraces(rgb: Rgb, table: Uint16Array | null): JpegTraces {
  const cell = 8 * CELL_BLOCKS;
  const freqs = ZIGZAG_AC.slice(0, F_USED);
  const grid = blockDct(rgb, freqs);
  const F = freqs.length;
  const models: FreqModel[] = [];
  const lossless = !table || table.every((q) => q <= 1);
  freqs.forEach((f, slot) => {
    const q2 = table ? (table[f] as number) : 1;
    const m = lossless
      ? fitLosslessFrequency(grid.coeffs, F, slot, grid.valid, f)
      : q2 >= 2
        ? fitJpegFrequency(grid.coeffs, F, slot, grid.valid, q2, f)
        : null;
    if (m) models.push(m);
  });
  const kept = lossless ? models : consistentSteps(models, table);
  if (kept.length < MIN_FREQUENCIES) return { ...NONE(cell), frequencies: kept.length };
  return localise(grid, kept, lossless ? 'png' : 'jpeg', cell);
}

/**
 * An earlier save used one quality for the whole picture, so the ratio of its steps to the final ones
 * is about the same at every frequency (encoders scale one table): frequencies whose ratio strays
 * more than a quarter from the median are spurious fits and are dropped.
 */
function consistentSteps(models: FreqModel[], table: Uint16Array | null): FreqModel[] {
  if (!table || models.length === 0) return models;
  const ratio = (m: FreqModel): number => m.step / (table[m.index] as number);
  const sorted = models.map(ratio).sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] as number;
  return models.filter((m) => Math.abs(ratio(m) / median - 1) <= 0.25);
}

function localise(grid: BlockGrid, models: FreqModel[], model: 'png' | 'jpeg', cell: number): JpegTraces {
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
  if (count < MIN_COEFFS) return { ...NONE(cell), model, frequencies: models.length };
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
