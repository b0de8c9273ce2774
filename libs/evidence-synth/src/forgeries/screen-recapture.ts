import sharp from 'sharp';
import type { Rng } from '../random';

/** How a simulated recapture was made (for the report). */
export interface RecaptureParams {
  displayWidth: number;
  subpixel: number;
  cameraScale: number;
  angle: number;
  focusBlur: number;
  quality: number;
}

/** Parameters a caller may fix instead of drawing them (the sub-pixel layout is fixed: R, G, B stripes). */
export type RecaptureOverrides = Partial<Omit<RecaptureParams, 'subpixel'>>;

/**
 * Photographs a clean render off a simulated LCD: every display pixel becomes vertical R, G, B
 * stripes with a dark row gap (the sub-pixel grid), which a "camera" then resamples at a
 * non-integer scale and an angle after optical (focus) blur, so the grid beats against the sensor.
 * `overrides` fixes some parameters; the rest are drawn from `r` as without them.
 */
export async function screenRecapture(
  png: Buffer,
  r: Rng,
  overrides: RecaptureOverrides = {},
): Promise<{ jpeg: Buffer; params: RecaptureParams }> {
  // Every parameter is drawn, in this order, even when overridden, so that `r` yields the same later
  // draws and a call without overrides makes the same bytes as before overrides existed.
  const drawn: RecaptureParams = {
    displayWidth: r.int(560, 900),
    subpixel: 3,
    cameraScale: 0.36 + r.next() * 0.4,
    angle: Math.round((r.next() * 16 - 8) * 10) / 10,
    focusBlur: Math.round((0.3 + r.next() * 1.1) * 100) / 100,
    quality: r.int(60, 90),
  };
  const params: RecaptureParams = {
    displayWidth: overrides.displayWidth ?? drawn.displayWidth,
    subpixel: drawn.subpixel,
    cameraScale: overrides.cameraScale ?? drawn.cameraScale,
    angle: overrides.angle ?? drawn.angle,
    focusBlur: overrides.focusBlur ?? drawn.focusBlur,
    quality: overrides.quality ?? drawn.quality,
  };
  const shown = await sharp(png).resize({ width: params.displayWidth }).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const { width: w, height: h } = shown.info;
  const k = params.subpixel;
  const W = w * k;
  const H = h * k;
  const grid = Buffer.alloc(W * H * 3);
  const gap = 0.35 + r.next() * 0.4;
  for (let y = 0; y < H; y += 1) {
    const row = Math.floor(y / k);
    const dim = y % k === k - 1 ? gap : 1;
    for (let x = 0; x < W; x += 1) {
      const col = Math.floor(x / k);
      const sub = x % k;
      const src = (row * w + col) * 3;
      const o = (y * W + x) * 3;
      grid[o + sub] = Math.round((shown.data[src + sub] as number) * dim);
    }
  }
  const blurred = await sharp(grid, { raw: { width: W, height: H, channels: 3 } })
    .blur(params.focusBlur)
    .raw()
    .toBuffer();
  const s = params.cameraScale;
  const a = (params.angle * Math.PI) / 180;
  const shot = await sharp(blurred, { raw: { width: W, height: H, channels: 3 } })
    .affine([s * Math.cos(a), -s * Math.sin(a), s * Math.sin(a), s * Math.cos(a)], { background: '#202020', interpolator: 'bilinear' })
    .png()
    .toBuffer();
  const lit = await sharp(shot)
    .linear(1.6 + r.next() * 0.6, r.int(5, 30))
    .png()
    .toBuffer();
  const jpeg = await sharp(lit)
    .blur(0.3 + r.next() * 0.3)
    .jpeg({ quality: params.quality })
    .toBuffer();
  return { jpeg, params };
}
