import { peakExcess } from './peaks';

// Spectrum bin helpers of the recapture features (spectral-features.ts): which bins may carry screen
// structure, and how far a bin's power stands out of its neighbourhood.

/** Side of the tile spectra. */
export const N = 128;
const MIN_RADIUS = 6;

/**
 * Bins that may carry screen structure: off the DC disc and the JPEG block lattice. The axes are
 * kept (screens are usually photographed square-on, so their lattice lies on them); `axisExcess`
 * judges axis bins against their neighbours on the axis only.
 */
export function binMask(n: number, gridPeriodPx: number): Uint8Array {
  const mask = new Uint8Array(n * n);
  // Chroma is often subsampled 2×: its block lattice has twice the luma period.
  const step = n / (2 * gridPeriodPx);
  const near = (f: number): boolean => step >= 2 && Math.abs(f / step - Math.round(f / step)) * step <= 1.01;
  for (let v = 0; v <= n / 2; v += 1) {
    for (let u = 0; u < n; u += 1) {
      const fu = u <= n / 2 ? u : u - n;
      const r = Math.hypot(fu, v);
      if (r < MIN_RADIUS || r > n / 2) continue;
      if (near(Math.abs(fu)) && near(v)) continue;
      if ((near(Math.abs(fu)) && v <= 2) || (near(v) && Math.abs(fu) <= 2)) continue;
      mask[v * n + u] = 1;
    }
  }
  return mask;
}

/**
 * Log power minus its local mean: 7×7 off the axes; on an axis line (|u| ≤ 1 or |v| ≤ 1), the mean
 * of the bins 2..4 away along that line, since an axis carries the broad energy of every straight
 * edge and would make any axis bin stand out of a square neighbourhood.
 */
export function spectrumExcess(power: Float64Array, n: number): Float64Array {
  const out = peakExcess(power, n, 3);
  const log = (i: number): number => Math.log((power[i] as number) + 1e-12);
  for (let v = 0; v < n; v += 1) {
    const fv = Math.min(v, n - v);
    for (let u = 0; u < n; u += 1) {
      const fu = Math.min(u, n - u);
      if (fu > 1 && fv > 1) continue;
      let s = 0;
      for (const d of [-4, -3, -2, 2, 3, 4]) {
        s += fv <= 1 ? log(v * n + ((u + d + n) % n)) : log(((((v + d) % n) + n) % n) * n + u);
      }
      out[v * n + u] = log(v * n + u) - s / 6;
    }
  }
  return out;
}

export function topBins(excess: Float64Array, mask: Uint8Array, k: number): number[] {
  const idx: number[] = [];
  for (let i = 0; i < mask.length; i += 1) if (mask[i] === 1) idx.push(i);
  idx.sort((a, b) => (excess[b] as number) - (excess[a] as number));
  // One bin per peak: skip bins next to a stronger one already taken.
  const out: number[] = [];
  const n = Math.round(Math.sqrt(mask.length));
  for (const i of idx) {
    if (out.length >= k) break;
    const u = i % n;
    const v = Math.floor(i / n);
    if (out.some((j) => Math.abs((j % n) - u) <= 1 && Math.abs(Math.floor(j / n) - v) <= 1)) continue;
    out.push(i);
  }
  return out;
}

/** Power smoothed over the bin and its four neighbours (a windowed sinusoid spreads over ±1 bin). */
function plusSmoothed(p: Float64Array, n: number): Float64Array {
  const out = new Float64Array(n * n);
  for (let v = 0; v < n; v += 1) {
    const up = ((v + n - 1) % n) * n;
    const down = ((v + 1) % n) * n;
    for (let u = 0; u < n; u += 1) {
      const l = (u + n - 1) % n;
      const r = (u + 1) % n;
      out[v * n + u] =
        (p[v * n + u] as number) + (p[v * n + l] as number) + (p[v * n + r] as number) + (p[up + u] as number) + (p[down + u] as number);
    }
  }
  return out;
}

/** Wrapping (2h+1)² box sums of `x`. */
function boxSums(x: Float64Array, n: number, h: number): Float64Array {
  const rows = new Float64Array(n * n);
  for (let y = 0; y < n; y += 1) {
    let s = 0;
    for (let d = -h; d <= h; d += 1) s += x[y * n + ((d + n) % n)] as number;
    for (let u = 0; u < n; u += 1) {
      rows[y * n + u] = s;
      s += (x[y * n + ((u + h + 1) % n)] as number) - (x[y * n + ((u - h + n) % n)] as number);
    }
  }
  const out = new Float64Array(n * n);
  for (let u = 0; u < n; u += 1) {
    let s = 0;
    for (let d = -h; d <= h; d += 1) s += rows[((d + n) % n) * n + u] as number;
    for (let v = 0; v < n; v += 1) {
      out[v * n + u] = s;
      s += (rows[((v + h + 1) % n) * n + u] as number) - (rows[((v - h + n) % n) * n + u] as number);
    }
  }
  return out;
}

/**
 * Peak excess of one tile's spectrum: log of the plus-smoothed power minus the mean log power of the
 * ring 3..4 bins away (off the axes), or of the bins 3..6 away along the axis line (on it).
 */
export function tileExcess(power: Float64Array, n: number): Float64Array {
  const sm = plusSmoothed(power, n);
  const log = new Float64Array(n * n);
  for (let i = 0; i < n * n; i += 1) log[i] = Math.log((sm[i] as number) + 1e-12);
  const b9 = boxSums(log, n, 4);
  const b5 = boxSums(log, n, 2);
  const out = new Float64Array(n * n);
  for (let v = 0; v < n; v += 1) {
    const fv = Math.min(v, n - v);
    for (let u = 0; u < n; u += 1) {
      const fu = Math.min(u, n - u);
      const i = v * n + u;
      if (fu > 1 && fv > 1) {
        out[i] = (log[i] as number) - ((b9[i] as number) - (b5[i] as number)) / 56;
        continue;
      }
      let s = 0;
      for (const d of [-6, -5, -4, -3, 3, 4, 5, 6])
        s += fv <= 1 ? (log[v * n + ((u + d + n) % n)] as number) : (log[((v + d + n) % n) * n + u] as number);
      out[i] = (log[i] as number) - s / 8;
    }
  }
  return out;
}

/** Log excess of bin `i` (best of it and its ±1 neighbours) over its neighbourhood in one N×N tile spectrum (as `spectrumExcess`). */
export function localExcess(p: Float32Array, i: number): number {
  const u0 = i % N;
  const v0 = Math.floor(i / N);
  const at = (u: number, v: number): number => Math.log((p[(((v % N) + N) % N) * N + (((u % N) + N) % N)] as number) + 1e-12);
  const onAxis = Math.min(u0, N - u0) <= 1 || Math.min(v0, N - v0) <= 1;
  const alongU = Math.min(v0, N - v0) <= 1;
  let peak = -Infinity;
  let sum = 0;
  let count = 0;
  if (onAxis) {
    for (let d = -4; d <= 4; d += 1) {
      const val = alongU ? at(u0 + d, v0) : at(u0, v0 + d);
      if (Math.abs(d) <= 1) peak = Math.max(peak, val);
      else {
        sum += val;
        count += 1;
      }
    }
    return peak - sum / count;
  }
  for (let dv = -3; dv <= 3; dv += 1) {
    for (let du = -3; du <= 3; du += 1) {
      const val = at(u0 + du, v0 + dv);
      if (Math.abs(du) <= 1 && Math.abs(dv) <= 1) peak = Math.max(peak, val);
      else {
        sum += val;
        count += 1;
      }
    }
  }
  return peak - sum / count;
}
