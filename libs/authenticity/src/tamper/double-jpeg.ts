import sharp from 'sharp';
import { readJpegMarkers } from '../image/jpeg-markers';
import { dct8x8 } from '../math/dct8';

// Aligned double-JPEG (A-DJPG) localisation from DCT-coefficient histograms.
//
// A JPEG that was decoded and saved again (every edit, every "save as") carries the first
// quantisation in its coefficients: for each frequency f the level histogram h_f(k) of the final
// file (step Q2, read from the DQT marker) is modulated periodically by the earlier step Q1
// (empty or over-full bins), while content that entered after the first save (re-typed digits,
// a pasted or moved patch whose 8×8 grid no longer lines up) shows the smooth, single-quantised
// histogram. Per frequency we find the Q1 whose predicted modulation explains the histogram best
// (likelihood ratio against the smooth envelope), keep frequencies with clear evidence, and score
// each 8×8 block by the log-likelihood ratio "double-quantised / single-quantised" of its levels
// (Lin et al. 2009; Bianchi & Piva 2012). A region whose blocks together say "single-quantised"
// inside a double-quantised image is the finding. A never re-saved camera JPEG has no modulation,
// so no frequency is kept and the score is 0: the check is silent rather than guessing.

/** Outcome: score 0..1, evidence in nats, the per-32-px-cell map and what was found. */
export interface DoubleJpegResult {
  score: number;
  /** Largest sum over a window of blocks of −log LR (nats): how strongly a region is single-quantised. */
  evidence: number;
  /** Frequencies whose histogram shows a prior quantisation (0 = no double compression seen). */
  frequencies: number;
  /** Estimated first-compression steps per kept frequency (natural index → Q1). */
  primarySteps: Record<number, number>;
  /** Log-likelihood gain per coefficient of the double-quantisation model, per kept frequency. */
  gains: Record<number, number>;
  heatmap: number[][];
  /** Cell size of the heatmap in original pixels (stored orientation, see `orientation`). */
  cell: number;
  /** EXIF orientation of the file (the map is in stored, not displayed, orientation when ≠ 1). */
  orientation: number;
}

const ZIGZAG_USED = 20;
const K = 48;
const MAX_PERIOD = 24;
// A frequency counts as double-quantised when the best first step gains this much log-likelihood
// over the smooth envelope (in total and per coefficient). Fitted on bench training seeds: lower
// per-coefficient gains admit the weak modulation a coarser second save leaves (Q2 step > Q1 step),
// which is where most forgeries used to slip through; genuine single saves stay below the region
// threshold because their spurious fits give no region a consistent "single-quantised" vote.
const MIN_GAIN_NATS = 30;
const MIN_GAIN_PER_COEFF = 0.06;
const NOISE = 0.7;
/** Frequencies that must show a clear prior quantisation before any region is judged. */
const MIN_FREQUENCIES = 4;
const EPS = 0.04;
const CELL_BLOCKS = 4;
/** Window shapes (rows × cols, in 8-px blocks) a tampered region is searched with. */
const WINDOWS: ReadonlyArray<readonly [number, number]> = [[4, 4], [5, 12], [8, 8]];
/** Logistic calibration of `evidence` (fitted on bench seeds < 10 000 only). */
export const DOUBLE_JPEG_CALIBRATION = { centre: 60, width: 8 } as const;

const ZIGZAG_NATURAL = [1, 8, 16, 9, 2, 3, 10, 17, 24, 32, 25, 18, 11, 4, 5, 12, 19, 26, 33, 40, 48, 41, 34, 27, 20, 13, 6, 7];

function erf(x: number): number {
  const t = 1 / (1 + 0.3275911 * Math.abs(x));
  const y = 1 - (((((1.061405429 * t - 1.453152027) * t) + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-x * x);
  return x >= 0 ? y : -y;
}
const phi = (x: number): number => 0.5 * (1 + erf(x / Math.SQRT2));
const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/** Expected relative occupancy of level bins k ∈ [-K, K] after quantising with q1 then q2 (mean 1 over a period). */
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
  // Occupancy of a single quantisation is q2/q1 per bin on average: normalise to mean 1.
  const scale = q1 / q2;
  for (let i = 0; i < w.length; i += 1) w[i] = (1 - EPS) * (w[i] as number) * scale + EPS;
  return w;
}

/** Period average of the histogram (bin 0 replaced by its neighbours' mean): the smooth envelope. */
function envelope(h: Float64Array, period: number): Float64Array {
  const g = Float64Array.from(h);
  g[K] = ((h[K - 1] as number) + (h[K + 1] as number)) / 2;
  const env = new Float64Array(h.length);
  const half = period / 2;
  for (let k = 0; k < h.length; k += 1) {
    let s = 0;
    for (let j = Math.ceil(k - half); j <= Math.floor(k + half); j += 1) {
      const weight = Math.abs(j - k) === half ? 0.5 : 1;
      s += weight * (j >= 0 && j < h.length ? (g[j] as number) : 0);
    }
    env[k] = s / period;
  }
  return env;
}

interface FrequencyModel { index: number; q1: number; logLr: Float64Array; gain: number; perCoefficient: number }

/** Best first-quantisation step for one frequency's histogram, or null when none explains it. */
function fitFrequency(h: Float64Array, q2: number, index: number): FrequencyModel | null {
  let n = 0;
  for (let k = 0; k < h.length; k += 1) if (k !== K) n += h[k] as number;
  if (n < 200) return null;
  let best: FrequencyModel | null = null;
  for (let q1 = 1; q1 <= 100; q1 += 1) {
    if (q1 === q2) continue;
    const period = q1 / gcd(q1, q2);
    if (period > MAX_PERIOD || period < 2) continue;
    const w = pattern(q1, q2);
    const env = envelope(h, period);
    let zDq = 0;
    let zS = 0;
    let ll = 0;
    for (let k = 0; k < h.length; k += 1) {
      if (k === K) continue;
      zDq += (env[k] as number) * (w[k] as number);
      zS += env[k] as number;
      ll += (h[k] as number) * Math.log(w[k] as number);
    }
    if (zDq <= 0 || zS <= 0) continue;
    const gain = ll - n * Math.log(zDq / zS);
    if (!best || gain > best.gain) {
      // Per-level log LR from the observed histogram against its envelope (includes real noise).
      const logLr = new Float64Array(h.length);
      for (let k = 0; k < h.length; k += 1) {
        if (k === K) continue;
        logLr[k] = Math.max(-3, Math.min(3, Math.log(((h[k] as number) + 0.5) / ((env[k] as number) + 0.5))));
      }
      best = { index, q1, logLr, gain, perCoefficient: gain / n };
    }
  }
  return best && best.gain > Math.max(MIN_GAIN_NATS, MIN_GAIN_PER_COEFF * n) ? best : null;
}

const EMPTY = (orientation: number): DoubleJpegResult => ({ score: 0, evidence: 0, frequencies: 0, primarySteps: {}, gains: {}, heatmap: [], cell: 8 * CELL_BLOCKS, orientation });

/** Double-JPEG localisation of a JPEG file (other formats score 0). */
export async function detectDoubleJpeg(bytes: Buffer): Promise<DoubleJpegResult> {
  const markers = readJpegMarkers(bytes);
  const meta = await sharp(bytes, { failOn: 'none' }).metadata();
  const orientation = meta.orientation ?? 1;
  if (!markers || markers.lumaTableId === null) return EMPTY(orientation);
  const q = markers.tables.get(markers.lumaTableId);
  if (!q) return EMPTY(orientation);
  const { data, info } = await sharp(bytes, { failOn: 'none' }).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const { width, height, channels } = info;
  const n = width * height;
  const luma = new Float32Array(n);
  const clipped = new Uint8Array(n);
  for (let i = 0; i < n; i += 1) {
    const r = data[i * channels] as number;
    const g = channels >= 3 ? (data[i * channels + 1] as number) : r;
    const b = channels >= 3 ? (data[i * channels + 2] as number) : r;
    luma[i] = 0.299 * r + 0.587 * g + 0.114 * b;
    if (r === 0 || r === 255 || g === 0 || g === 255 || b === 0 || b === 255) clipped[i] = 1;
  }
  const bw = Math.floor(width / 8);
  const bh = Math.floor(height / 8);
  const freqs = ZIGZAG_NATURAL.slice(0, ZIGZAG_USED).filter((f) => (q[f] as number) >= 2);
  const F = freqs.length;
  const levels = new Int16Array(bw * bh * F);
  const valid = new Uint8Array(bw * bh);
  const hist = freqs.map(() => new Float64Array(2 * K + 1));
  const coeff = new Float64Array(64);
  const tmp = new Float64Array(64);
  for (let by = 0; by < bh; by += 1) {
    for (let bx = 0; bx < bw; bx += 1) {
      let clip = 0;
      for (let y = 0; y < 8 && clip === 0; y += 1) for (let x = 0; x < 8; x += 1) clip |= clipped[(by * 8 + y) * width + bx * 8 + x] as number;
      if (clip) continue;
      const b = by * bw + bx;
      valid[b] = 1;
      dct8x8(luma, width, bx * 8, by * 8, coeff, tmp);
      for (let j = 0; j < F; j += 1) {
        const f = freqs[j] as number;
        const k = Math.max(-K - 1, Math.min(K + 1, Math.round((coeff[f] as number) / (q[f] as number))));
        levels[b * F + j] = k;
        if (k >= -K && k <= K) hist[j]![k + K] = (hist[j]![k + K] as number) + 1;
      }
    }
  }
  const models: Array<FrequencyModel & { slot: number }> = [];
  freqs.forEach((f, j) => {
    const m = fitFrequency(hist[j] as Float64Array, q[f] as number, f);
    if (m) models.push({ ...m, slot: j });
  });
  if (models.length < MIN_FREQUENCIES) return { ...EMPTY(orientation), frequencies: models.length };
  // Per-block evidence for "single-quantised" (positive = looks like content added after the first save).
  const single = new Float64Array(bw * bh);
  for (let b = 0; b < bw * bh; b += 1) {
    if (!valid[b]) continue;
    let s = 0;
    for (const m of models) {
      const k = levels[b * F + m.slot] as number;
      if (k === 0 || k < -K || k > K) continue;
      s -= m.logLr[k + K] as number;
    }
    single[b] = s;
  }
  const integral = new Float64Array((bw + 1) * (bh + 1));
  for (let y = 0; y < bh; y += 1) {
    let row = 0;
    for (let x = 0; x < bw; x += 1) {
      row += single[y * bw + x] as number;
      integral[(y + 1) * (bw + 1) + x + 1] = (integral[y * (bw + 1) + x + 1] as number) + row;
    }
  }
  const boxSum = (x: number, y: number, w: number, h: number): number =>
    (integral[(y + h) * (bw + 1) + x + w] as number) - (integral[y * (bw + 1) + x + w] as number) - (integral[(y + h) * (bw + 1) + x] as number) + (integral[y * (bw + 1) + x] as number);
  let evidence = 0;
  for (const [wh, ww] of WINDOWS) {
    for (let y = 0; y + wh <= bh; y += 1) for (let x = 0; x + ww <= bw; x += 1) evidence = Math.max(evidence, boxSum(x, y, ww, wh));
  }
  const heatmap: number[][] = [];
  const c = DOUBLE_JPEG_CALIBRATION;
  for (let cy = 0; cy + CELL_BLOCKS <= bh; cy += CELL_BLOCKS) {
    const row: number[] = [];
    for (let cx = 0; cx + CELL_BLOCKS <= bw; cx += CELL_BLOCKS) {
      const v = boxSum(cx, cy, CELL_BLOCKS, CELL_BLOCKS);
      row.push(Math.round((1 / (1 + Math.exp(-(v - c.centre / 2) / (c.width / 2)))) * 1000) / 1000);
    }
    heatmap.push(row);
  }
  const primarySteps: Record<number, number> = {};
  const gains: Record<number, number> = {};
  for (const m of models) {
    primarySteps[m.index] = m.q1;
    gains[m.index] = Math.round(m.perCoefficient * 1000) / 1000;
  }
  return { score: 1 / (1 + Math.exp(-(evidence - c.centre) / c.width)), evidence, frequencies: models.length, primarySteps, gains, heatmap, cell: 8 * CELL_BLOCKS, orientation };
}
