import sharp from 'sharp';
import { readJpegMarkers } from '../image/jpeg-markers';
import { decodeRgb, type Rgb } from '../image/raster';
import { jpegTraces, type JpegTraces } from './jpeg-traces';
import { noTraces, TRACE_CELL } from './trace-types';

// The edit score from earlier-compression traces (tamper/jpeg-traces.ts): a region whose 8×8 blocks
// lack the quantisation the rest of the picture carries. PNG and finer JPEG re-saves are read; a
// coarser or same-quality re-save leaves no trace and the check is silent (docs/adr/0019).

/** Outcome of the compression-trace check on one file. */
export interface DoubleJpegResult extends JpegTraces {
  /** 0..1 (logistic of `evidence`). */
  score: number;
  /** EXIF orientation of the file: the region and heatmap are in stored orientation when ≠ 1. */
  orientation: number;
}

/**
 * Logistic calibration of the window z-score, set on genuine training images only
 * (bench/authenticity/src/train/advisory-thresholds.ts): honest PNG copies and finer re-saves of
 * genuine captures reach z 38 (project generator) and 45 (own generator), so a finding is shown
 * (score ≥ ADVISORY_SHOW.doubleCompression, z ≈ 50.6) only above them (docs/adr/0019).
 */
export const DOUBLE_JPEG_CALIBRATION = { centre: 44, width: 3 } as const;

/** Score of a traces result. */
export function tracesScore(evidence: number): number {
  const c = DOUBLE_JPEG_CALIBRATION;
  return evidence <= 0 ? 0 : 1 / (1 + Math.exp(-(evidence - c.centre) / c.width));
}

/** The check on already decoded pixels (full size, stored orientation) and the file's bytes (for its tables). */
export function doubleJpegOf(rgb: Rgb, bytes: Buffer, orientation: number): DoubleJpegResult {
  const markers = readJpegMarkers(bytes);
  const table = markers && markers.lumaTableId !== null ? (markers.tables.get(markers.lumaTableId) ?? null) : null;
  // A JPEG whose table cannot be read is not judged; a file without tables is read as lossless.
  if (markers && !table) return { ...noTraces(TRACE_CELL), score: 0, orientation };
  const traces = jpegTraces(rgb, table);
  return { ...traces, score: tracesScore(traces.evidence), orientation };
}

/** Decodes `bytes` at full size and runs the check. */
export async function detectDoubleJpeg(bytes: Buffer): Promise<DoubleJpegResult> {
  const meta = await sharp(bytes, { failOn: 'none' }).metadata();
  const { rgb } = await decodeRgb(bytes, Number.POSITIVE_INFINITY);
  return doubleJpegOf(rgb, bytes, meta.orientation ?? 1);
}
