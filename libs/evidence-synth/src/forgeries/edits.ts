import { createCanvas, loadImage } from '@napi-rs/canvas';
import sharp from 'sharp';
import type { Rng } from '../random';
import { registerFonts } from '../render-voucher';

/** Kinds of edit the benchmark makes. */
export type EditKind = 'digits_changed' | 'copy_move' | 'spliced';

/** Re-saves a JPEG at a quality, like sending a file on (the control for edited images). */
export async function resave(jpeg: Buffer, quality: number): Promise<Buffer> {
  return sharp(jpeg).jpeg({ quality }).toBuffer();
}

/** Mean grey-level change (0..255) below which a pasted patch is taken as not changing the picture. */
const MIN_VISIBLE_CHANGE = 12;
const MAX_SOURCE_ATTEMPTS = 40;

async function greyRegion(jpeg: Buffer, left: number, top: number, width: number, height: number): Promise<Buffer> {
  return sharp(jpeg).extract({ left, top, width, height }).greyscale().raw().toBuffer();
}

function meanAbsoluteDifference(a: Buffer, b: Buffer): number {
  let s = 0;
  for (let i = 0; i < a.length; i += 1) s += Math.abs((a[i] as number) - (b[i] as number));
  return s / Math.max(1, a.length);
}

/** Applies one edit to a genuine photo and saves it again as JPEG at `quality`. */
export async function editImage(
  jpeg: Buffer,
  donor: Buffer,
  kind: EditKind,
  r: Rng,
  quality: number,
): Promise<{ jpeg: Buffer; region: [number, number, number, number] }> {
  const meta = await sharp(jpeg).metadata();
  const w = meta.width ?? 1000;
  const h = meta.height ?? 1000;
  const rw = r.int(140, 260);
  const rh = r.int(40, 80);
  const x = r.int(Math.round(w * 0.15), Math.round(w * 0.85) - rw);
  const y = r.int(Math.round(h * 0.15), Math.round(h * 0.85) - rh);
  if (kind === 'digits_changed') {
    registerFonts();
    const img = await loadImage(jpeg);
    const c = createCanvas(w, h);
    const g = c.getContext('2d');
    g.drawImage(img, 0, 0);
    const px = g.getImageData(x, y, 1, 1).data;
    g.fillStyle = `rgb(${px[0] ?? 255},${px[1] ?? 255},${px[2] ?? 255})`;
    g.fillRect(x, y, rw, rh);
    g.fillStyle = '#1a1a1a';
    g.font = `${Math.round(rh * 0.6)}px CJK`;
    g.fillText(`¥${r.int(10, 999)},${r.digits(3)}.00`, x + 4, y + rh * 0.75);
    return { jpeg: await sharp(c.toBuffer('image/png')).jpeg({ quality }).toBuffer(), region: [x, y, rw, rh] };
  }
  const source = kind === 'copy_move' ? jpeg : donor;
  const sm = await sharp(source).metadata();
  const target = await greyRegion(jpeg, x, y, rw, rh);
  // A paste that leaves the picture as it was (blank paper over blank paper) is no edit: draw
  // source regions until the patch visibly changes what the target region shows.
  let sx = 0;
  let sy = 0;
  for (let attempt = 0; attempt < MAX_SOURCE_ATTEMPTS; attempt += 1) {
    sx = r.int(0, Math.max(0, (sm.width ?? w) - rw - 1));
    sy = r.int(0, Math.max(0, (sm.height ?? h) - rh - 1));
    if (kind === 'copy_move' && Math.abs(sx - x) < rw && Math.abs(sy - y) < rh) continue;
    if (meanAbsoluteDifference(target, await greyRegion(source, sx, sy, rw, rh)) >= MIN_VISIBLE_CHANGE) break;
  }
  const patch = await sharp(source).extract({ left: sx, top: sy, width: rw, height: rh }).png().toBuffer();
  const out = await sharp(jpeg)
    .composite([{ input: patch, left: x, top: y }])
    .jpeg({ quality })
    .toBuffer();
  return { jpeg: out, region: [x, y, rw, rh] };
}
