import sharp from 'sharp';
import type { Rng } from './random';

/** Degradations applied, for the report. */
export interface Degradation {
  angle: number;
  shear: number;
  blur: number;
  light: number;
  quality: number;
  width: number;
}

/** Degrades a clean render like a phone photo: rotation, perspective-like shear, blur, uneven light, JPEG. */
export async function degradeLikePhoto(png: Buffer, r: Rng): Promise<{ jpeg: Buffer; applied: Degradation }> {
  const applied: Degradation = {
    angle: Math.round((r.next() * 6 - 3) * 10) / 10,
    shear: Math.round((r.next() * 0.06 - 0.03) * 1000) / 1000,
    blur: Math.round((0.3 + r.next() * 0.9) * 10) / 10,
    light: Math.round((0.15 + r.next() * 0.35) * 100) / 100,
    quality: r.int(55, 85),
    width: r.int(1000, 1500),
  };
  const meta = await sharp(png).metadata();
  const w = meta.width ?? 1240;
  const h = meta.height ?? 1600;
  const shade = Buffer.from(
    `<svg width="${w}" height="${h}"><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#fff"/><stop offset="1" stop-color="rgb(${Math.round(255 * (1 - applied.light))},${Math.round(250 * (1 - applied.light))},${Math.round(235 * (1 - applied.light))})"/></linearGradient></defs><rect width="100%" height="100%" fill="url(#g)"/></svg>`,
  );
  const lit = await sharp(png)
    .composite([{ input: shade, blend: 'multiply' }])
    .png()
    .toBuffer();
  const jpeg = await sharp(lit)
    .affine([1, applied.shear, applied.shear / 2, 1], { background: '#6b6b6b' })
    .rotate(applied.angle, { background: '#707070' })
    .blur(applied.blur)
    .resize({ width: applied.width })
    .jpeg({ quality: applied.quality })
    .toBuffer();
  return { jpeg, applied };
}
