import { fft1d, hann } from '../math/fft';
import type { Rgb } from '../image/raster';

// Welch-averaged colour cross-spectra of an image's tiles. A screen is a lattice of red, green and
// blue sub-pixels at different positions: photographed, its periodic structure appears in the three
// camera channels with different phases. Printed periodicity (rulings, guilloche, halftone, laid
// paper, 2-D codes) is ink on paper: every channel darkens together, in phase. The cross-spectra
// keep that phase; power spectra alone cannot tell the two apart.

/** Sums over tiles of the channel power spectra and cross-spectra (each tile normalised to unit power). */
export interface ColourSpectra {
  n: number;
  tiles: number;
  rr: Float64Array;
  gg: Float64Array;
  bb: Float64Array;
  rgRe: Float64Array;
  rgIm: Float64Array;
  bgRe: Float64Array;
  bgIm: Float64Array;
  /** Real part of R · conj(B) (for the luma spectrum). */
  rbRe: Float64Array;
}

function fft2d(re: Float64Array, im: Float64Array, n: number): void {
  for (let y = 0; y < n; y += 1) fft1d(re, im, n, y * n, 1);
  for (let x = 0; x < n; x += 1) fft1d(re, im, n, x, n);
}

/** Empty accumulators for n×n tiles. */
export function emptySpectra(n: number): ColourSpectra {
  const z = (): Float64Array => new Float64Array(n * n);
  return { n, tiles: 0, rr: z(), gg: z(), bb: z(), rgRe: z(), rgIm: z(), bgRe: z(), bgIm: z(), rbRe: z() };
}

/** Per-tile spectra of one tile (R, G, B complex spectra unpacked from two complex FFTs). */
export interface TileSpectrum {
  rRe: Float64Array;
  rIm: Float64Array;
  gRe: Float64Array;
  gIm: Float64Array;
  bRe: Float64Array;
  bIm: Float64Array;
  power: number;
}

/**
 * Complex spectra of the R, G, B channels of the n×n tile at (x0, y0): mean removed, Hann-windowed.
 * R and G share one complex FFT (R + iG), B is transformed alone.
 */
export function tileSpectrum(rgb: Rgb, x0: number, y0: number, n: number): TileSpectrum {
  const w = hann(n);
  const zRe = new Float64Array(n * n);
  const zIm = new Float64Array(n * n);
  const bRe = new Float64Array(n * n);
  const bIm = new Float64Array(n * n);
  let mr = 0;
  let mg = 0;
  let mb = 0;
  for (let y = 0; y < n; y += 1) {
    let p = ((y0 + y) * rgb.width + x0) * 3;
    for (let x = 0; x < n; x += 1, p += 3) {
      mr += rgb.data[p] as number;
      mg += rgb.data[p + 1] as number;
      mb += rgb.data[p + 2] as number;
    }
  }
  const area = n * n;
  mr /= area;
  mg /= area;
  mb /= area;
  for (let y = 0; y < n; y += 1) {
    let p = ((y0 + y) * rgb.width + x0) * 3;
    const wy = w[y] as number;
    for (let x = 0; x < n; x += 1, p += 3) {
      const k = wy * (w[x] as number);
      const i = y * n + x;
      zRe[i] = ((rgb.data[p] as number) - mr) * k;
      zIm[i] = ((rgb.data[p + 1] as number) - mg) * k;
      bRe[i] = ((rgb.data[p + 2] as number) - mb) * k;
    }
  }
  fft2d(zRe, zIm, n);
  fft2d(bRe, bIm, n);
  const rRe = new Float64Array(n * n);
  const rIm = new Float64Array(n * n);
  const gRe = new Float64Array(n * n);
  const gIm = new Float64Array(n * n);
  let power = 0;
  for (let v = 0; v < n; v += 1) {
    const vn = (n - v) % n;
    for (let u = 0; u < n; u += 1) {
      const i = v * n + u;
      const j = vn * n + ((n - u) % n);
      // X = (Z[k] + conj Z[-k]) / 2, Y = (Z[k] - conj Z[-k]) / 2i.
      const aRe = zRe[i] as number;
      const aIm = zIm[i] as number;
      const cRe = zRe[j] as number;
      const cIm = -(zIm[j] as number);
      rRe[i] = (aRe + cRe) / 2;
      rIm[i] = (aIm + cIm) / 2;
      gRe[i] = (aIm - cIm) / 2;
      gIm[i] = -(aRe - cRe) / 2;
      power += rRe[i] ** 2 + rIm[i] ** 2 + gRe[i] ** 2 + gIm[i] ** 2 + (bRe[i] as number) ** 2 + (bIm[i] as number) ** 2;
    }
  }
  return { rRe, rIm, gRe, gIm, bRe, bIm, power };
}

/**
 * A tile's luma power (Rec. 601 weights) and colour-difference power (|R − G|² + |B − G|²) at every
 * frequency, not normalised: what the per-tile readers (tile peaks, colour bands) compare.
 */
export function lumaChromaPower(t: TileSpectrum): { luma: Float64Array; chroma: Float64Array } {
  const n2 = t.rRe.length;
  const luma = new Float64Array(n2);
  const chroma = new Float64Array(n2);
  for (let i = 0; i < n2; i += 1) {
    const rr = t.rRe[i] as number;
    const ri = t.rIm[i] as number;
    const gr = t.gRe[i] as number;
    const gi = t.gIm[i] as number;
    const br = t.bRe[i] as number;
    const bi = t.bIm[i] as number;
    const yr = 0.299 * rr + 0.587 * gr + 0.114 * br;
    const yi = 0.299 * ri + 0.587 * gi + 0.114 * bi;
    luma[i] = yr * yr + yi * yi;
    chroma[i] = (rr - gr) ** 2 + (ri - gi) ** 2 + (br - gr) ** 2 + (bi - gi) ** 2;
  }
  return { luma, chroma };
}

/** Adds one tile, normalised to unit total power, into the accumulators. */
export function accumulate(acc: ColourSpectra, t: TileSpectrum): void {
  if (t.power <= 0) return;
  const k = 1 / t.power;
  for (let i = 0; i < acc.rr.length; i += 1) {
    const rr = t.rRe[i] as number;
    const ri = t.rIm[i] as number;
    const gr = t.gRe[i] as number;
    const gi = t.gIm[i] as number;
    const br = t.bRe[i] as number;
    const bi = t.bIm[i] as number;
    acc.rr[i] = (acc.rr[i] as number) + (rr * rr + ri * ri) * k;
    acc.gg[i] = (acc.gg[i] as number) + (gr * gr + gi * gi) * k;
    acc.bb[i] = (acc.bb[i] as number) + (br * br + bi * bi) * k;
    // R · conj(G) and B · conj(G).
    acc.rgRe[i] = (acc.rgRe[i] as number) + (rr * gr + ri * gi) * k;
    acc.rgIm[i] = (acc.rgIm[i] as number) + (ri * gr - rr * gi) * k;
    acc.bgRe[i] = (acc.bgRe[i] as number) + (br * gr + bi * gi) * k;
    acc.bgIm[i] = (acc.bgIm[i] as number) + (bi * gr - br * gi) * k;
    acc.rbRe[i] = (acc.rbRe[i] as number) + (rr * br + ri * bi) * k;
  }
  acc.tiles += 1;
}
