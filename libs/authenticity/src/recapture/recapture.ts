import { tilePowerSpectrum } from '../math/fft';
import type { Plane, Planes } from '../image/raster';
import { peakExcess, peakMask, peakStats } from './peaks';

/** Raw spectral features of one image (see docs/adr/0012-authenticity.md). */
export interface RecaptureFeatures {
  /** Luma: mean excess (natural-log units) of the 4 strongest off-axis peaks of the tile-averaged spectrum, per scale. */
  lumaPeak: number[];
  /** The same on the chroma-difference planes (R−G, B−G): colour-channel aliasing of RGB sub-pixels. */
  chromaPeak: number[];
  /** Chroma to luma energy ratio above a quarter of Nyquist (colour fringing of sub-pixel grids). */
  chromaRatio: number;
}

/** Score, features and the heatmap (rows × cols of tile scores 0..1) of the recapture check. */
export interface RecaptureResult {
  score: number;
  features: RecaptureFeatures;
  heatmap: number[][];
  tileSize: number;
}

const TILE = 128;
const PEAK_THRESHOLD = 2.5;

/**
 * Logistic calibration of the features: L2-regularised logistic regression fitted on 90 training
 * item sets (seeds 1000-1089, bench/authenticity/src/calibrate.ts; never on the evaluation seeds
 * ≥ 10 000). Features: strongest luma / chroma peak over scales, log chroma/luma HF ratio (colour
 * aliasing survives defocus better than the peaks do) and the luma peaks summed over scales.
 * 0.5 is the documented decision threshold.
 */
export const RECAPTURE_CALIBRATION = { bias: -2.359, lumaPeak: 0.422, chromaPeak: 0.212, chromaRatio: 0.409, lumaPeakSum: 0.224 } as const;
/** Floor added to the chroma/luma ratio before its logarithm (the ratio of a grey document is ≈ 0.01). */
const CHROMA_RATIO_FLOOR = 0.003;

/** Threshold on the calibrated score above which a recapture finding is raised. */
export const RECAPTURE_THRESHOLD = 0.5;

function downsample2(p: Plane): Plane {
  const w = Math.floor(p.width / 2);
  const h = Math.floor(p.height / 2);
  const d = new Float32Array(w * h);
  for (let y = 0; y < h; y += 1) {
    for (let x = 0; x < w; x += 1) {
      const i = 2 * y * p.width + 2 * x;
      d[y * w + x] = ((p.data[i] as number) + (p.data[i + 1] as number) + (p.data[i + p.width] as number) + (p.data[i + p.width + 1] as number)) / 4;
    }
  }
  return { width: w, height: h, data: d };
}

interface TileSpectra {
  /** Normalised, averaged spectrum of all tiles (Welch). */
  mean: Float64Array;
  /** Per tile (row-major grid) spectra, normalised. */
  tiles: Float64Array[];
  cols: number;
  rows: number;
  hfEnergy: number;
}

function spectra(p: Plane, keepTiles: boolean): TileSpectra {
  const cols = Math.floor(p.width / TILE);
  const rows = Math.floor(p.height / TILE);
  const mean = new Float64Array(TILE * TILE);
  const tiles: Float64Array[] = [];
  let hfEnergy = 0;
  for (let ty = 0; ty < rows; ty += 1) {
    for (let tx = 0; tx < cols; tx += 1) {
      const power = tilePowerSpectrum(p.data, p.width, tx * TILE, ty * TILE, TILE);
      let total = 0;
      for (let i = 0; i < power.length; i += 1) total += power[i] as number;
      for (let v = 0; v < TILE; v += 1) {
        const fv = v <= TILE / 2 ? v : TILE - v;
        for (let u = 0; u < TILE; u += 1) {
          const fu = u <= TILE / 2 ? u : TILE - u;
          if (fu * fu + fv * fv > (TILE / 8) ** 2) hfEnergy += power[v * TILE + u] as number;
        }
      }
      const norm = total > 0 ? 1 / total : 0;
      for (let i = 0; i < power.length; i += 1) {
        power[i] = (power[i] as number) * norm;
        mean[i] = (mean[i] as number) + (power[i] as number);
      }
      if (keepTiles) tiles.push(power);
    }
  }
  return { mean, tiles, cols, rows, hfEnergy };
}

function addInto(a: Float64Array, b: Float64Array): Float64Array {
  const out = new Float64Array(a.length);
  for (let i = 0; i < a.length; i += 1) out[i] = (a[i] as number) + (b[i] as number);
  return out;
}

const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

/** Combines raw features into the calibrated 0..1 recapture score. */
export function calibrateRecapture(f: RecaptureFeatures): number {
  const c = RECAPTURE_CALIBRATION;
  const luma = Math.max(...f.lumaPeak);
  const chroma = Math.max(...f.chromaPeak);
  const lumaSum = f.lumaPeak.reduce((s, v) => s + v, 0);
  return sigmoid(c.bias + c.lumaPeak * luma + c.chromaPeak * chroma + c.chromaRatio * Math.log(f.chromaRatio + CHROMA_RATIO_FLOOR) + c.lumaPeakSum * lumaSum);
}

/**
 * Multi-scale moiré analysis: 128-px tiles at full working size and at half size; luma and
 * chroma-difference spectra; per-tile peak excess for the heatmap.
 */
export function analyseRecapture(planes: Planes, jpegPeriodPx: number | null): RecaptureResult {
  const lumaPeak: number[] = [];
  const chromaPeak: number[] = [];
  let heatmap: number[][] = [];
  let chromaRatio = 0;
  let level = { luma: planes.luma, rg: planes.redGreen, bg: planes.blueGreen };
  for (let scale = 0; scale < 2; scale += 1) {
    if (level.luma.width < TILE || level.luma.height < TILE) break;
    const period = scale === 0 ? jpegPeriodPx : null;
    const mask = peakMask(TILE, period, 6);
    const l = spectra(level.luma, scale === 0);
    const rg = spectra(level.rg, scale === 0);
    const bg = spectra(level.bg, scale === 0);
    const chroma = addInto(rg.mean, bg.mean);
    lumaPeak.push(peakStats(peakExcess(l.mean, TILE), mask, 4, PEAK_THRESHOLD).top);
    chromaPeak.push(peakStats(peakExcess(chroma, TILE), mask, 4, PEAK_THRESHOLD).top);
    if (scale === 0) {
      chromaRatio = l.hfEnergy > 0 ? (rg.hfEnergy + bg.hfEnergy) / l.hfEnergy : 0;
      heatmap = [];
      for (let ty = 0; ty < l.rows; ty += 1) {
        const row: number[] = [];
        for (let tx = 0; tx < l.cols; tx += 1) {
          const i = ty * l.cols + tx;
          const combined = addInto(addInto(l.tiles[i] as Float64Array, rg.tiles[i] as Float64Array), bg.tiles[i] as Float64Array);
          const { top } = peakStats(peakExcess(combined, TILE), mask, 2, PEAK_THRESHOLD);
          row.push(Math.round(sigmoid(1.5 * (top - 4.5)) * 1000) / 1000);
        }
        heatmap.push(row);
      }
    }
    level = { luma: downsample2(level.luma), rg: downsample2(level.rg), bg: downsample2(level.bg) };
  }
  const features: RecaptureFeatures = { lumaPeak, chromaPeak, chromaRatio };
  return { score: calibrateRecapture(features), features, heatmap, tileSize: TILE };
}
