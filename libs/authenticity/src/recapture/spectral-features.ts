import type { Planes, Rgb } from '../image/raster';
import { mean, quantileOf } from '../math/stats';
import { accumulate, emptySpectra, tileSpectrum, type ColourSpectra } from './colour-spectra';
import { coarsePeaks } from './coarse-peaks';
import { binMask, localExcess, N, spectrumExcess, topBins } from './spectrum-bins';
import { tilePeaks, usableTile, type TilePeaks } from './tile-peaks';

// Spectral evidence of a screen: narrow periodic peaks (moiré, resolved sub-pixels) that stand out
// of the colour-difference spectrum, whose channels disagree in phase (sub-pixels sit side by side),
// and that recur in every tile (one lattice covers the whole screen).

const MAX_TILES = 48;

/** Spectral features (natural-log excess units unless noted). */
export interface SpectralFeatures {
  lumaPeak: number;
  chromaPeak: number;
  /** Phase disagreement of R, G, B at the strongest chroma peaks, 0 (in phase: ink) .. 1 (opposed). */
  phaseSpread: number;
  /** Peak excess weighted by phase disagreement: colour-structured periodicity. */
  phasedPeak: number;
  /** log(chroma / luma power) at the strongest luma peaks. */
  chromaAtLumaPeaks: number;
  /** log of chroma / luma power above an eighth of the sampling rate. */
  hfChromaRatio: number;
  /** Share of tiles whose chroma spectrum shows the image's strongest chroma peak. */
  peakCoverage: number;
  /** The same peaks on a 4× reduced image (long-period moiré, colour banding). */
  lumaPeakCoarse: number;
  chromaPeakCoarse: number;
  /** Per-tile peaks (each tile judged alone, so a lattice whose period drifts across the image still counts): upper quartile over tiles. */
  tileLumaPeak: number;
  tileChromaPeak: number;
  /** Second-highest tile chroma peak. */
  tileChromaPeakMax: number;
  /** Median phase disagreement at the tiles' own chroma peaks, over tiles whose peak stands out (excess > 3). */
  tilePhaseSpread: number;
  /** Share of tiles with a chroma peak (excess > 4) whose channels disagree in phase (spread > 0.15). */
  phasedTileShare: number;
}

/** Features, the per-tile heatmap (0..1) and its cell size in analysed pixels. */
export interface SpectralAnalysis {
  features: SpectralFeatures;
  heatmap: number[][];
  cell: number;
}

function derived(acc: ColourSpectra): { luma: Float64Array; chroma: Float64Array } {
  const n2 = acc.rr.length;
  const luma = new Float64Array(n2);
  const chroma = new Float64Array(n2);
  const [a, b, c] = [0.299, 0.587, 0.114];
  for (let i = 0; i < n2; i += 1) {
    const rr = acc.rr[i] as number;
    const gg = acc.gg[i] as number;
    const bb = acc.bb[i] as number;
    const rg = acc.rgRe[i] as number;
    const bg = acc.bgRe[i] as number;
    const rb = acc.rbRe[i] as number;
    luma[i] = Math.max(1e-12, a * a * rr + b * b * gg + c * c * bb + 2 * a * b * rg + 2 * b * c * bg + 2 * a * c * rb);
    chroma[i] = Math.max(1e-12, rr + 2 * gg + bb - 2 * rg - 2 * bg);
  }
  return { luma, chroma };
}

/**
 * Spectral recapture features of `rgb` (analysed at its own resolution, tiles of 128 px on a grid of
 * at most 48 cells) and of `coarse` (the same image reduced about 4×). `gridPeriodPx` is the JPEG
 * block size in analysed pixels (8 when not resized).
 */
export function spectralFeatures(rgb: Rgb, coarse: Planes, gridPeriodPx: number): SpectralAnalysis {
  const stride = Math.max(N, Math.ceil(Math.sqrt((rgb.width * rgb.height) / MAX_TILES)));
  const cols = Math.max(0, Math.floor((rgb.width - N) / stride) + 1);
  const rows = Math.max(0, Math.floor((rgb.height - N) / stride) + 1);
  const acc = emptySpectra(N);
  const mask = binMask(N, gridPeriodPx);
  const tileChroma: Array<Float32Array | null> = [];
  const peaks: TilePeaks[] = [];
  for (let ty = 0; ty < rows; ty += 1) {
    for (let tx = 0; tx < cols; tx += 1) {
      const x0 = tx * stride;
      const y0 = ty * stride;
      if (!usableTile(rgb, x0, y0)) {
        tileChroma.push(null);
        continue;
      }
      const t = tileSpectrum(rgb, x0, y0, N);
      accumulate(acc, t);
      const pk = tilePeaks(t, mask);
      peaks.push(pk);
      tileChroma.push(pk.chromaPower);
    }
  }
  const coarseMask = binMask(N, 1e9);
  const coarsePk = coarsePeaks(coarse, coarseMask);
  if (acc.tiles === 0) {
    return {
      features: {
        lumaPeak: 0,
        chromaPeak: 0,
        phaseSpread: 0,
        phasedPeak: 0,
        chromaAtLumaPeaks: 0,
        hfChromaRatio: 0,
        peakCoverage: 0,
        lumaPeakCoarse: coarsePk.luma,
        chromaPeakCoarse: coarsePk.chroma,
        tileLumaPeak: 0,
        tileChromaPeak: 0,
        tileChromaPeakMax: 0,
        tilePhaseSpread: 0,
        phasedTileShare: 0,
      },
      heatmap: [],
      cell: stride,
    };
  }
  const { luma, chroma } = derived(acc);
  const lumaEx = spectrumExcess(luma, N);
  const chromaEx = spectrumExcess(chroma, N);
  const lumaTop = topBins(lumaEx, mask, 4);
  const chromaTop = topBins(chromaEx, mask, 4);
  // Phase of R and B against G at the strongest chroma peaks.
  let spreadSum = 0;
  let weightSum = 0;
  let phased = 0;
  for (const i of chromaTop) {
    const e = Math.max(0, chromaEx[i] as number);
    const rg = Math.abs(Math.atan2(acc.rgIm[i] as number, acc.rgRe[i] as number)) / Math.PI;
    const bg = Math.abs(Math.atan2(acc.bgIm[i] as number, acc.bgRe[i] as number)) / Math.PI;
    const spread = (rg + bg) / 2;
    spreadSum += spread * e;
    weightSum += e;
    phased = Math.max(phased, e * spread);
  }
  let hfL = 0;
  let hfC = 0;
  for (let v = 0; v < N; v += 1) {
    const fv = Math.min(v, N - v);
    for (let u = 0; u < N; u += 1) {
      const fu = Math.min(u, N - u);
      if (fu * fu + fv * fv <= (N / 8) ** 2) continue;
      hfL += luma[v * N + u] as number;
      hfC += chroma[v * N + u] as number;
    }
  }
  // Coverage and heatmap: how far each tile's chroma at the strongest peak stands above its neighbourhood.
  const peak = chromaTop[0];
  const heatmap: number[][] = [];
  let covered = 0;
  let counted = 0;
  for (let ty = 0; ty < rows; ty += 1) {
    const row: number[] = [];
    for (let tx = 0; tx < cols; tx += 1) {
      const c = tileChroma[ty * cols + tx];
      if (!c || peak === undefined) {
        row.push(0);
        continue;
      }
      const ex = localExcess(c, peak);
      counted += 1;
      if (ex > 1.5) covered += 1;
      row.push(Math.round((1 / (1 + Math.exp(-1.5 * (ex - 2.5)))) * 1000) / 1000);
    }
    heatmap.push(row);
  }
  return {
    features: {
      lumaPeak: mean(lumaTop.map((i) => lumaEx[i] as number)),
      chromaPeak: mean(chromaTop.map((i) => chromaEx[i] as number)),
      phaseSpread: weightSum > 0 ? spreadSum / weightSum : 0,
      phasedPeak: phased,
      chromaAtLumaPeaks: mean(lumaTop.map((i) => Math.log((chroma[i] as number) / (luma[i] as number)))),
      hfChromaRatio: Math.log((hfC + 1e-9) / (hfL + 1e-9)),
      peakCoverage: counted > 0 ? covered / counted : 0,
      lumaPeakCoarse: coarsePk.luma,
      chromaPeakCoarse: coarsePk.chroma,
      tileLumaPeak: quantileOf(
        peaks.map((p) => p.luma),
        0.75,
      ),
      tileChromaPeak: quantileOf(
        peaks.map((p) => p.chroma),
        0.75,
      ),
      tileChromaPeakMax:
        peaks.length > 1
          ? quantileOf(
              peaks.map((p) => p.chroma),
              1 - 1.5 / peaks.length,
            )
          : (peaks[0]?.chroma ?? 0),
      tilePhaseSpread: quantileOf(
        peaks.filter((p) => p.chroma > 3).map((p) => p.spread),
        0.5,
      ),
      phasedTileShare: peaks.filter((p) => p.chroma > 4 && p.spread > 0.15).length / peaks.length,
    },
    heatmap,
    cell: stride,
  };
}
