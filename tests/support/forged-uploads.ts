import sharp from 'sharp';
import {
  degradeLikePhoto,
  editImage,
  renderStorefront,
  renderVoucher,
  Rng,
  screenRecapture,
  syntheticVoucherPhoto,
  voucherContent,
} from '@uplift/evidence-synth';
import type { ScenarioUpload } from './decision-merchants';

// Forgeries of a scenario merchant's own vouchers, made the way the authenticity benchmark makes them
// (bench/authenticity/src/dataset.ts), for tests/e2e/forged-evidence.e2e.test.ts. Every forgery is
// deterministic: the seeds were checked to be caught by the detectors they target.

/** The clean render (PNG) behind `syntheticVoucherPhoto(upload.type, upload.seed, upload.options)`. */
function cleanRender(upload: ScenarioUpload): Buffer {
  const r = new Rng(upload.seed);
  return renderVoucher(voucherContent(upload.type, r, upload.options), upload.seed % 3, r);
}

/** The voucher shown on a monitor and photographed off it (simulated LCD sub-pixel grid and moiré). */
export async function recapturedVoucher(upload: ScenarioUpload, seed: number): Promise<Buffer> {
  return (await screenRecapture(cleanRender(upload), new Rng(seed))).jpeg;
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
