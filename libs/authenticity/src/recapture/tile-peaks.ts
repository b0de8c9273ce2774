import type { Rgb } from '../image/raster';
import { lumaChromaPower, type TileSpectrum } from './colour-spectra';
import { N, tileExcess } from './spectrum-bins';

// Each tile judged alone (spectral-features.ts): its strongest luma and chroma peaks and whether its
// channels disagree in phase there, so a lattice whose period drifts across the image still counts.

/** A tile's strongest luma and chroma peak excess, the phase spread at its chroma peak, and its chroma power. */
export interface TilePeaks {
  luma: number;
  chroma: number;
  spread: number;
  chromaPower: Float32Array;
}

/** Peaks of one tile's spectra over the bins of `mask`. */
export function tilePeaks(t: TileSpectrum, mask: Uint8Array): TilePeaks {
  const n2 = mask.length;
  const n = Math.round(Math.sqrt(n2));
  const { luma, chroma } = lumaChromaPower(t);
  const chromaPower = new Float32Array(n2);
  const norm = 1 / Math.max(1e-9, t.power);
  for (let i = 0; i < n2; i += 1) {
    luma[i] = (luma[i] as number) * norm;
    chroma[i] = (chroma[i] as number) * norm;
    chromaPower[i] = chroma[i] as number;
  }
  const le = tileExcess(luma, n);
  const ce = tileExcess(chroma, n);
  let bestL = 0;
  let bestC = 0;
  let bestCi = -1;
  for (let i = 0; i < n2; i += 1) {
    if (mask[i] !== 1) continue;
    if ((le[i] as number) > bestL) bestL = le[i] as number;
    if ((ce[i] as number) > bestC) {
      bestC = ce[i] as number;
      bestCi = i;
    }
  }
  let spread = 0;
  if (bestCi >= 0) {
    // Phase of R and B against G, summed over the peak bin and its four neighbours.
    let rgRe = 0;
    let rgIm = 0;
    let bgRe = 0;
    let bgIm = 0;
    const u = bestCi % n;
    const v = Math.floor(bestCi / n);
    for (const [du, dv] of [
      [0, 0],
      [1, 0],
      [-1, 0],
      [0, 1],
      [0, -1],
    ] as const) {
      const j = ((v + dv + n) % n) * n + ((u + du + n) % n);
      const rr = t.rRe[j] as number;
      const ri = t.rIm[j] as number;
      const gr = t.gRe[j] as number;
      const gi = t.gIm[j] as number;
      const br = t.bRe[j] as number;
      const bi = t.bIm[j] as number;
      rgRe += rr * gr + ri * gi;
      rgIm += ri * gr - rr * gi;
      bgRe += br * gr + bi * gi;
      bgIm += bi * gr - br * gi;
    }
    spread = (Math.abs(Math.atan2(rgIm, rgRe)) + Math.abs(Math.atan2(bgIm, bgRe))) / (2 * Math.PI);
  }
  return { luma: bestL, chroma: bestC, spread, chromaPower };
}

/** A tile is analysed unless it is mostly clipped highlights or near-black (no structure survives there). */
export function usableTile(rgb: Rgb, x0: number, y0: number): boolean {
  let clipped = 0;
  let sum = 0;
  let n = 0;
  for (let y = 0; y < N; y += 4) {
    let p = ((y0 + y) * rgb.width + x0) * 3;
    for (let x = 0; x < N; x += 4, p += 12) {
      const g = rgb.data[p + 1] as number;
      if (g >= 254) clipped += 1;
      sum += g;
      n += 1;
    }
  }
  return clipped < 0.3 * n && sum / n > 20;
}
