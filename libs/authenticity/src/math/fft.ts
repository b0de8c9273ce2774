// Radix-2 complex FFT and the windowed 2-D power spectrum the recapture detector reads. Written here
// (about 60 lines) rather than depending on fft.js: only power-of-two square tiles are ever needed.

const twiddleCache = new Map<number, { cos: Float64Array; sin: Float64Array; rev: Uint32Array }>();

function plan(n: number): { cos: Float64Array; sin: Float64Array; rev: Uint32Array } {
  const cached = twiddleCache.get(n);
  if (cached) return cached;
  if (n < 2 || (n & (n - 1)) !== 0) throw new RangeError(`FFT size ${n} is not a power of two`);
  const cos = new Float64Array(n / 2);
  const sin = new Float64Array(n / 2);
  for (let i = 0; i < n / 2; i += 1) {
    cos[i] = Math.cos((2 * Math.PI * i) / n);
    sin[i] = -Math.sin((2 * Math.PI * i) / n);
  }
  const bits = Math.log2(n);
  const rev = new Uint32Array(n);
  for (let i = 0; i < n; i += 1) {
    let r = 0;
    for (let b = 0; b < bits; b += 1) r |= ((i >> b) & 1) << (bits - 1 - b);
    rev[i] = r;
  }
  const made = { cos, sin, rev };
  twiddleCache.set(n, made);
  return made;
}

/** In-place forward FFT of `re`/`im` (length a power of two) at `offset` with `stride`. */
export function fft1d(re: Float64Array, im: Float64Array, n: number, offset = 0, stride = 1): void {
  const { cos, sin, rev } = plan(n);
  for (let i = 0; i < n; i += 1) {
    const j = rev[i] as number;
    if (j > i) {
      const a = offset + i * stride;
      const b = offset + j * stride;
      const tr = re[a] as number;
      re[a] = re[b] as number;
      re[b] = tr;
      const ti = im[a] as number;
      im[a] = im[b] as number;
      im[b] = ti;
    }
  }
  for (let size = 2; size <= n; size *= 2) {
    const half = size / 2;
    const step = n / size;
    for (let start = 0; start < n; start += size) {
      for (let k = 0; k < half; k += 1) {
        const wr = cos[k * step] as number;
        const wi = sin[k * step] as number;
        const a = offset + (start + k) * stride;
        const b = offset + (start + k + half) * stride;
        const br = re[b] as number;
        const bi = im[b] as number;
        const xr = br * wr - bi * wi;
        const xi = br * wi + bi * wr;
        const ar = re[a] as number;
        const ai = im[a] as number;
        re[b] = ar - xr;
        im[b] = ai - xi;
        re[a] = ar + xr;
        im[a] = ai + xi;
      }
    }
  }
}

const hannCache = new Map<number, Float64Array>();
/** Symmetric Hann window of length `n` (cached: callers must not write to it). */
export function hann(n: number): Float64Array {
  let w = hannCache.get(n);
  if (!w) {
    w = new Float64Array(n);
    for (let i = 0; i < n; i += 1) w[i] = 0.5 - 0.5 * Math.cos((2 * Math.PI * i) / (n - 1));
    hannCache.set(n, w);
  }
  return w;
}

/**
 * Power spectrum of the n×n tile of `pixels` (row-major, `width` wide) at (x0, y0), mean removed and
 * Hann-windowed; returned unshifted (index v*n+u, frequency u cycles per tile).
 */
export function tilePowerSpectrum(pixels: Float32Array, width: number, x0: number, y0: number, n: number): Float64Array {
  const re = new Float64Array(n * n);
  const im = new Float64Array(n * n);
  let mean = 0;
  for (let y = 0; y < n; y += 1) for (let x = 0; x < n; x += 1) mean += pixels[(y0 + y) * width + x0 + x] as number;
  mean /= n * n;
  const w = hann(n);
  for (let y = 0; y < n; y += 1) {
    for (let x = 0; x < n; x += 1)
      re[y * n + x] = ((pixels[(y0 + y) * width + x0 + x] as number) - mean) * (w[x] as number) * (w[y] as number);
  }
  for (let y = 0; y < n; y += 1) fft1d(re, im, n, y * n, 1);
  for (let x = 0; x < n; x += 1) fft1d(re, im, n, x, n);
  const power = new Float64Array(n * n);
  for (let i = 0; i < n * n; i += 1) power[i] = (re[i] as number) ** 2 + (im[i] as number) ** 2;
  return power;
}
