import type { Planes } from '../image/raster';
import { tilePowerSpectrum } from '../math/fft';
import { mean } from '../math/stats';
import { N, spectrumExcess, topBins } from './spectrum-bins';

// Long-period moiré and colour banding show on a reduced image (about 4×): the strongest luma and
// chroma peaks of its tiles' summed, per-tile normalised power spectra.

/** Mean excess of the four strongest luma and chroma (R−G, B−G) peaks of `planes` over the bins of `mask`. */
export function coarsePeaks(planes: Planes, mask: Uint8Array): { luma: number; chroma: number } {
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
