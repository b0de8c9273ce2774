import type { Rgb } from '../image/raster';
import { blockDct, ZIGZAG_AC } from './block-dct';
import { fitLosslessFrequency } from './lossless-phases';
import { fitJpegFrequency } from './requantisation';
import { localise } from './trace-localise';
import { noTraces, TRACE_CELL, type FreqModel, type JpegTraces } from './trace-types';

export type { JpegTraces } from './trace-types';

// Traces of an earlier JPEG compression, and the region that lacks them.
//
// Content that was once JPEG-compressed keeps, in the DCT of its aligned 8×8 blocks, the lattice of
// that compression's steps q1: coefficients sit near multiples of q1. Re-typed digits, a pasted or
// cloned patch, an inpainted area entered the picture after that compression, so their blocks do not.
// Two cases are read:
//  - no quantisation table (PNG, lossless WebP...): coefficient phases 2πc/q1 are tested directly
//    (lossless-phases.ts);
//  - a JPEG whose own steps q2 are finer than the earlier q1: the level histogram at q2 carries the
//    periodic pattern of q1 → q2 requantisation (requantisation.ts, docs/adr/0019).
// Every block then gets a log-likelihood ratio "single / earlier-compressed"; window sums are compared
// with what the image's own blocks give (trace-localise.ts), so a genuine photo whose blocks all carry
// the same history scores low however large it is. A first-generation JPEG or a born-digital PNG shows
// no earlier compression and is silent.

const F_USED = 15;
const MIN_FREQUENCIES = 3;

/**
 * Reads the earlier-compression traces of `rgb` (decoded at full size, stored orientation). `table`
 * is the file's luma quantisation table (natural order), or null for images without one.
 */
export function jpegTraces(rgb: Rgb, table: Uint16Array | null): JpegTraces {
  const cell = TRACE_CELL;
  const freqs = ZIGZAG_AC.slice(0, F_USED);
  const grid = blockDct(rgb, freqs);
  const F = freqs.length;
  const models: FreqModel[] = [];
  const lossless = !table || table.every((q) => q <= 1);
  freqs.forEach((f, slot) => {
    const q2 = table ? (table[f] as number) : 1;
    const m = lossless
      ? fitLosslessFrequency(grid.coeffs, F, slot, grid.valid, f)
      : q2 >= 2
        ? fitJpegFrequency(grid.coeffs, F, slot, grid.valid, q2, f)
        : null;
    if (m) models.push(m);
  });
  const kept = lossless ? models : consistentSteps(models, table);
  if (kept.length < MIN_FREQUENCIES) return { ...noTraces(cell), frequencies: kept.length };
  return localise(grid, kept, lossless ? 'png' : 'jpeg', cell);
}

/**
 * An earlier save used one quality for the whole picture, so the ratio of its steps to the final ones
 * is about the same at every frequency (encoders scale one table): frequencies whose ratio strays
 * more than a quarter from the median are spurious fits and are dropped.
 */
function consistentSteps(models: FreqModel[], table: Uint16Array | null): FreqModel[] {
  if (!table || models.length === 0) return models;
  const ratio = (m: FreqModel): number => m.step / (table[m.index] as number);
  const sorted = models.map(ratio).sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] as number;
  return models.filter((m) => Math.abs(ratio(m) / median - 1) <= 0.25);
}
