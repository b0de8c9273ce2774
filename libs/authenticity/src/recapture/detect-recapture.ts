import { decodeRgb } from '../image/raster';
import { analyseRecapture, type RecaptureResult } from './recapture';

/** Longer side at which the forensic checks read an image (larger uploads are reduced with an area filter). */
export const ANALYSIS_MAX_SIDE = 2560;

/** Decodes `bytes` and runs the recapture analysis (spectral colour phase, scene and texture features, learned model). */
export async function detectRecapture(bytes: Buffer): Promise<RecaptureResult> {
  const { rgb, scale } = await decodeRgb(bytes, ANALYSIS_MAX_SIDE);
  return analyseRecapture(rgb, scale);
}
