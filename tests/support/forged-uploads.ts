import sharp from 'sharp';
import {
  degradeLikePhoto,
  editImage,
  renderStorefront,
  renderVoucher,
  Rng,
  screenRecapture,
  type RecaptureOverrides,
  syntheticVoucherPhoto,
  voucherContent,
} from '@uplift/evidence-synth';
import type { ScenarioUpload } from './decision-merchants';

// Forgeries of a scenario merchant's own vouchers, made the way the authenticity benchmark makes them
// (bench/authenticity/src/dataset.ts), for tests/e2e/forged-evidence.e2e.test.ts. Every forgery is
// deterministic. The edit and reuse seeds were checked to be caught by the detectors they target; the
// recapture is chosen by what it shows (VISIBLE_SCREEN), not by a detector's score.

/** The clean render (PNG) behind `syntheticVoucherPhoto(upload.type, upload.seed, upload.options)`. */
function cleanRender(upload: ScenarioUpload): Buffer {
  const r = new Rng(upload.seed);
  return renderVoucher(voucherContent(upload.type, r, upload.options), upload.seed % 3, r);
}

/**
 * A recapture in which the screen is plainly visible: zoomed in, a person sees the monitor's pixel grid
 * (columns of red, green and blue stripes, a dark line between rows of pixels) sharp across the page,
 * not a blur or a faint beat pattern. The camera is in focus (0.3, the sharpest focus blur the simulator
 * draws), close enough that one period of the grid (3 sub-pixels) spans 3 × 0.75 = 2.25 photo pixels,
 * more than the 2 a sensor needs to resolve it (the simulator draws scales of 0.36 to 0.76), and the
 * photo is saved at 90, the highest quality drawn, so compression does not smooth the grid away.
 * Angle, display width and lighting stay as the seed draws them.
 */
export const VISIBLE_SCREEN: RecaptureOverrides = { focusBlur: 0.3, cameraScale: 0.75, quality: 90 };

/**
 * The voucher shown on a monitor and photographed off it (simulated LCD sub-pixel grid and moiré), with
 * the camera parameters the seed draws except those in `overrides` (e.g. VISIBLE_SCREEN).
 */
export async function recapturedVoucher(upload: ScenarioUpload, seed: number, overrides: RecaptureOverrides = {}): Promise<Buffer> {
  return (await screenRecapture(cleanRender(upload), new Rng(seed), overrides)).jpeg;
}

/**
 * The genuine phone photo of the voucher, opened in an editor, a figure typed over, and saved again at
 * `quality` (higher than the camera's, as editors default to): the edited region lost the traces of
 * the first compression that the rest of the picture keeps. `region` is [left, top, width, height].
 */
export async function editedVoucher(
  upload: ScenarioUpload,
  seed: number,
  quality: number,
): Promise<{ jpeg: Buffer; region: [number, number, number, number] }> {
  const genuine = (await syntheticVoucherPhoto(upload.type, upload.seed, upload.options)).jpeg;
  return editImage(genuine, genuine, 'digits_changed', new Rng(seed), quality);
}

/** A phone photo of a shop front (a sign over a doorway). */
export async function storefrontPhoto(seed: number): Promise<Buffer> {
  const r = new Rng(seed);
  return (await degradeLikePhoto(renderStorefront(r).png, r)).jpeg;
}

/** The same picture passed on: scaled to 90 % and saved again at another quality (other bytes, same scene). */
export async function passedOn(jpeg: Buffer): Promise<Buffer> {
  const { width } = await sharp(jpeg).metadata();
  return sharp(jpeg)
    .resize({ width: Math.round((width ?? 1000) * 0.9) })
    .jpeg({ quality: 80 })
    .toBuffer();
}
