import type { Planes, Rgb } from '../image/raster';
import { tilePowerSpectrum } from '../math/fft';
import { accumulate, emptySpectra, tileSpectrum, type ColourSpectra, type TileSpectrum } from './colour-spectra';
import { binMask, localExcess, N, spectrumExcess, tileExcess, topBins } from './spectrum-bins';

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

const mean = (xs: number[]): number => (xs.length > 0 ? xs.reduce((s, v) => s + v, 0) / xs.length : 0);

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

function coarsePeaks(planes: Planes, mask: Uint8Array): { luma: number; chroma: number } {
  const { luma, redGreen, blueGreen } = planes;
  const cols = Math.floor(luma.width / N);
  const rows = Math.floor(luma.height / N);
  if (cols < 1 || rows < 1) return { luma: 0, chroma: 0 };
  const l = new Float64Array(N * N);
  const c = new Float64Array(N * N);
  for (let ty = 0; ty < rows; ty += 1) {
    for (let tx = 0; tx < cols; tx += 1) {
      const add = (target: Float64Array, ...ps: Float64Array[]): void => {
        let total = 0;
        for (const p of ps) for (let i = 0; i < p.length; i += 1) total += p[i] as number;
        if (total <= 0) return;
        for (const p of ps) for (let i = 0; i < p.length; i += 1) target[i] = (target[i] as number) + (p[i] as number) / total;
      };
      add(l, tilePowerSpectrum(luma.data, luma.width, tx * N, ty * N, N));
      add(
        c,
        tilePowerSpectrum(redGreen.data, redGreen.width, tx * N, ty * N, N),
        tilePowerSpectrum(blueGreen.data, blueGreen.width, tx * N, ty * N, N),
      );
    }
  }
  const top = (p: Float64Array): number => {
    const e = spectrumExcess(p, N);
    return mean(topBins(e, mask, 4).map((i) => e[i] as number));
  };
  return { luma: top(l), chroma: top(c) };
}

interface TilePeaks {
  luma: number;
  chroma: number;
  spread: number;
  chromaPower: Float32Array;
}

function tilePeaks(t: TileSpectrum, mask: Uint8Array): TilePeaks {
  const n2 = mask.length;
  const n = Math.round(Math.sqrt(n2));
  const luma = new Float64Array(n2);
  const chroma = new Float64Array(n2);
  const chromaPower = new Float32Array(n2);
  const norm = 1 / Math.max(1e-9, t.power);
  for (let i = 0; i < n2; i += 1) {
    const rr = t.rRe[i] as number;
    const ri = t.rIm[i] as number;
    const gr = t.gRe[i] as number;
    const gi = t.gIm[i] as number;
    const br = t.bRe[i] as number;
    const bi = t.bIm[i] as number;
    const yr = 0.299 * rr + 0.587 * gr + 0.114 * br;
    const yi = 0.299 * ri + 0.587 * gi + 0.114 * bi;
    luma[i] = (yr * yr + yi * yi) * norm;
    chroma[i] = ((rr - gr) ** 2 + (ri - gi) ** 2 + (br - gr) ** 2 + (bi - gi) ** 2) * norm;
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

const quantileOf = (xs: number[], p: number): number => {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))] as number;
};

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
      if (!usable(rgb, x0, y0)) {
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

/** A tile is analysed unless it is mostly clipped highlights or near-black (no structure survives there). */
function usable(rgb: Rgb, x0: number, y0: number): boolean {
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
