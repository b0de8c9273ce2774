import type { Rgb } from '../image/raster';
import { lumaChromaPower, tileSpectrum } from './colour-spectra';

// Colour in the fine structure of the page. A photographed screen is a lattice of red, green and
// blue sub-pixels: whatever of it the camera resolves or aliases (Bayer colour moiré, resolved
// stripes or diamonds, beats between lattice and photosites) shows as colour-difference power at
// middle frequencies, also on the blank page, where paper has only grain and a single camera's
// demosaicing and denoising leave little colour. The features are the ratio of colour-difference to
// luma power in frequency bands, over 64-px tiles: all usable tiles, and the flattest bright tiles
// (the blank paper, or the lit screen behind it). Ratios, not peaks: the colour structure need not
// be a clean lattice peak once resampled, denoised and JPEG-compressed.

const T = 64;
/** Most tiles transformed per selection (cost bound: about 2 FFTs of 64×64 per tile). */
const MAX_TILES = 64;
/** Band edges in cycles per pixel. */
const BANDS: ReadonlyArray<readonly [number, number]> = [
  [0.03, 0.1],
  [0.1, 0.2],
];

/** Colour-to-luma power ratios (natural log) by band, over all usable tiles and over the flattest bright tiles. */
export interface ChromaBandFeatures {
  /** log(colour-difference / luma power) at 0.03–0.1 cycles per pixel, all usable tiles. */
  chromaBandLow: number;
  /** The same at 0.1–0.2 cycles per pixel. */
  chromaBandMid: number;
  /** The same two over the flattest half of the brighter tiles (blank page). */
  flatChromaBandLow: number;
  flatChromaBandMid: number;
}

interface TileStat {
  x0: number;
  y0: number;
  mean: number;
  /** Spread of the tile's 8×8 block means: low-frequency content (text, edges). */
  blockSpread: number;
}

function tileStats(rgb: Rgb): TileStat[] {
  const out: TileStat[] = [];
  const blocks = new Float64Array(64);
  for (let y0 = 0; y0 + T <= rgb.height; y0 += T) {
    for (let x0 = 0; x0 + T <= rgb.width; x0 += T) {
      blocks.fill(0);
      for (let y = 0; y < T; y += 2) {
        let p = ((y0 + y) * rgb.width + x0) * 3;
        for (let x = 0; x < T; x += 2, p += 6) {
          const l = 0.299 * (rgb.data[p] as number) + 0.587 * (rgb.data[p + 1] as number) + 0.114 * (rgb.data[p + 2] as number);
          const b = (y >> 3) * 8 + (x >> 3);
          blocks[b] = (blocks[b] as number) + l;
        }
      }
      let s = 0;
      let s2 = 0;
      for (let b = 0; b < 64; b += 1) {
        const v = (blocks[b] as number) / 16;
        s += v;
        s2 += v * v;
      }
      const mean = s / 64;
      out.push({ x0, y0, mean, blockSpread: Math.sqrt(Math.max(0, s2 / 64 - mean * mean)) });
    }
  }
  return out;
}

/** Evenly spaced pick of at most `k` items. */
function spread<T>(items: T[], k: number): T[] {
  if (items.length <= k) return items;
  return Array.from({ length: k }, (_, i) => items[Math.floor(((i + 0.5) * items.length) / k)] as T);
}

/** Which band (index into BANDS, -1 for none) each frequency of a T×T spectrum falls in. */
const BAND_OF: Int8Array = (() => {
  const bandOf = new Int8Array(T * T).fill(-1);
  for (let v = 0; v < T; v += 1) {
    const fv = Math.min(v, T - v) / T;
    for (let u = 0; u < T; u += 1) {
      const fu = Math.min(u, T - u) / T;
      const r = Math.hypot(fu, fv);
      bandOf[v * T + u] = BANDS.findIndex(([lo, hi]) => r > lo && r <= hi);
    }
  }
  return bandOf;
})();

/** A tile's luma and colour-difference power by band, each as a share of the tile's total power (null: no power). */
interface TileBands {
  luma: Float64Array;
  chroma: Float64Array;
}

function tileBands(rgb: Rgb, t: TileStat): TileBands | null {
  const { luma, chroma } = lumaChromaPower(tileSpectrum(rgb, t.x0, t.y0, T));
  const l = new Float64Array(BANDS.length);
  const c = new Float64Array(BANDS.length);
  let total = 0;
  for (let i = 0; i < T * T; i += 1) {
    const pl = luma[i] as number;
    const pc = chroma[i] as number;
    total += pl + pc;
    const b = BAND_OF[i] as number;
    if (b >= 0) {
      l[b] = (l[b] as number) + pl;
      c[b] = (c[b] as number) + pc;
    }
  }
  if (total <= 0) return null;
  for (let b = 0; b < BANDS.length; b += 1) {
    l[b] = (l[b] as number) / total;
    c[b] = (c[b] as number) / total;
  }
  return { luma: l, chroma: c };
}

/** log(colour / luma) power by band over `tiles`; `bandsOf` gives a tile's shares (computed once per tile). */
function bandRatios(tiles: TileStat[], bandsOf: (t: TileStat) => TileBands | null): number[] {
  const luma = new Float64Array(BANDS.length);
  const chroma = new Float64Array(BANDS.length);
  for (const t of tiles) {
    const shares = bandsOf(t);
    if (!shares) continue;
    for (let b = 0; b < BANDS.length; b += 1) {
      luma[b] = (luma[b] as number) + (shares.luma[b] as number);
      chroma[b] = (chroma[b] as number) + (shares.chroma[b] as number);
    }
  }
  return BANDS.map((_, b) => Math.log(((chroma[b] as number) + 1e-12) / ((luma[b] as number) + 1e-12)));
}

/** Colour-band features of `rgb` at its analysed resolution. */
export function chromaBandFeatures(rgb: Rgb): ChromaBandFeatures {
  const stats = tileStats(rgb);
  const usable = stats.filter((t) => t.mean > 20 && t.mean < 252);
  const means = usable.map((t) => t.mean).sort((a, b) => a - b);
  const median = means[Math.floor(means.length / 2)] ?? 0;
  const bright = usable.filter((t) => t.mean >= median && t.mean > 30);
  const flat = [...bright]
    .sort((a, b) => a.blockSpread - b.blockSpread || a.y0 - b.y0 || a.x0 - b.x0)
    .slice(0, Math.max(4, Math.floor(bright.length / 2)));
  // Flattest tiles back in raster order before the even pick, so the pick covers the page.
  flat.sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0);
  // A tile picked by both selections is transformed once.
  const memo = new Map<TileStat, TileBands | null>();
  const bandsOf = (t: TileStat): TileBands | null => {
    if (!memo.has(t)) memo.set(t, tileBands(rgb, t));
    return memo.get(t) ?? null;
  };
  const all = usable.length > 0 ? bandRatios(spread(usable, MAX_TILES), bandsOf) : [0, 0];
  const fl = flat.length > 0 ? bandRatios(spread(flat, MAX_TILES), bandsOf) : [0, 0];
  return {
    chromaBandLow: all[0] ?? 0,
    chromaBandMid: all[1] ?? 0,
    flatChromaBandLow: fl[0] ?? 0,
    flatChromaBandMid: fl[1] ?? 0,
  };
}
