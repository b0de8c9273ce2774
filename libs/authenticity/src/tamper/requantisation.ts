import { MIN_COEFFS, type FreqModel } from './trace-types';

// A JPEG whose own steps q2 are finer than an earlier save's q1: the level histogram at q2 carries the
// periodic pattern of q1 → q2 requantisation, tested against a smooth (log-linear) envelope with a
// z-score so that sensor noise and smooth histograms cannot fake it (docs/adr/0019).

const K = 48;
const NOISE = 0.7;
const EPS = 0.04;
// Earlier quantisation needs a clear pattern (z), deep valleys and enough levels: noise must not pass.
const [MIN_PATTERN_Z, MIN_DEPTH, MIN_LEVEL] = [6, 0.5, 3];

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

/** Earlier step of one frequency in a JPEG with step q2: best q1 > q2 by pattern z-score, or null. */
export function fitJpegFrequency(
  values: Float32Array,
  F: number,
  slot: number,
  valid: Uint8Array,
  q2: number,
  index: number,
): FreqModel | null {
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
