import sharp from 'sharp';
import { decodePlanes, type Planes } from '../image/raster';
import { analyseRecapture, type RecaptureResult } from './recapture';

/** Longer side of the working image the recapture analysis reads. */
export const RECAPTURE_WORKING_SIDE = 1024;

/** Recapture analysis of already decoded planes; `isJpeg` masks the 8-px block grid. */
export function recaptureOfPlanes(planes: Planes, isJpeg: boolean): RecaptureResult {
  return analyseRecapture(planes, isJpeg ? 8 * planes.scale : null);
}

/** Decodes `bytes` and runs the multi-scale moiré analysis. */
export async function detectRecapture(bytes: Buffer): Promise<RecaptureResult> {
  const meta = await sharp(bytes, { failOn: 'none' }).metadata();
  return recaptureOfPlanes(await decodePlanes(bytes, RECAPTURE_WORKING_SIDE), meta.format === 'jpeg');
}
