// Shapes shared by the earlier-compression readers (jpeg-traces.ts): the outcome, its empty form when
// nothing is found, and the per-frequency model each reader fits.

/** Outcome: z-score of the least compliant region, where it is, and what history was seen. */
export interface JpegTraces {
  /** Which model read the image: 'png' (no table), 'jpeg' (finer re-save) or 'none' (no earlier compression seen). */
  model: 'png' | 'jpeg' | 'none';
  /** Frequencies with a clear earlier quantisation. */
  frequencies: number;
  /** Earlier steps per natural frequency index. */
  primarySteps: Record<number, number>;
  /** Test statistic of each kept frequency (pattern z-score, or Rayleigh n·R²). */
  stepEvidence: Record<number, number>;
  /** Largest window z-score of "lacks the earlier compression" (0 when no model). */
  evidence: number;
  /** The window, in pixels [x, y, w, h] of the stored orientation, or null. */
  region: [number, number, number, number] | null;
  /** Per cell (4×4 blocks) z-scores squashed to 0..1, rows × cols. */
  heatmap: number[][];
  cell: number;
}

/** Blocks per side of a heatmap cell. */
export const CELL_BLOCKS = 4;
/** Side of a heatmap cell in pixels. */
export const TRACE_CELL = 8 * CELL_BLOCKS;
/** Fewest coefficients a frequency fit, or the localisation, is judged on. */
export const MIN_COEFFS = 300;

/** The outcome when no earlier compression is seen (or the file is not judged). */
export const noTraces = (cell: number): JpegTraces => ({
  model: 'none',
  frequencies: 0,
  primarySteps: {},
  stepEvidence: {},
  evidence: 0,
  region: null,
  heatmap: [],
  cell,
});

/** The earlier step found at one frequency, and each coefficient's log-likelihood ratio "single / earlier-compressed". */
export interface FreqModel {
  slot: number;
  index: number;
  step: number;
  z: number;
  llr: (c: number) => number | null;
}
