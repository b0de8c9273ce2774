import { createCanvas } from '@napi-rs/canvas';
import sharp from 'sharp';
import { readJpegMarkers } from '@uplift/authenticity';
import type { Rng } from '@uplift/evidence-synth';

// Own TRAINING edit simulator: edits of genuine training photos by four methods (re-typed figures on
// a filled patch, a clone from the same picture, a smooth fill that removes content, a splice from
// another photo), saved five ways (PNG, JPEG at the estimated original quality, higher, lower, twice),
// and honest copies of the same photos (re-saved at any quality, or as PNG). Written for
// calibrating edit scores on training images; the held-out generator is never read here.

/** How an edited or honestly copied file was saved. */
export type SaveMode = 'png' | 'same_quality' | 'higher_quality' | 'lower_quality' | 'twice';
export const SAVE_MODES: readonly SaveMode[] = ['png', 'same_quality', 'higher_quality', 'lower_quality', 'twice'];

/** Edit methods of the simulator. */
export type EditMethod = 'retype' | 'clone' | 'smooth_fill' | 'splice';
export const EDIT_METHODS: readonly EditMethod[] = ['retype', 'clone', 'smooth_fill', 'splice'];

const STANDARD_LUMA_Q50 = [16, 11, 10, 16, 24, 40, 51, 61, 12, 12, 14, 19, 26, 58, 60, 55];

/** The IJG quality whose luma table best matches the file's (75 when the file has none). */
export function estimateQuality(jpeg: Buffer): number {
  const m = readJpegMarkers(jpeg);
  const table = m && m.lumaTableId !== null ? m.tables.get(m.lumaTableId) : undefined;
  if (!table) return 75;
  let best = 75;
  let bestErr = Infinity;
  for (let q = 10; q <= 100; q += 1) {
    const s = q < 50 ? 5000 / q : 200 - 2 * q;
    let err = 0;
    // The first two rows of the standard table, natural order.
    STANDARD_LUMA_Q50.forEach((base, k) => {
      const expected = Math.min(255, Math.max(1, Math.floor((base * s + 50) / 100)));
      err += Math.abs((table[k] as number) - expected);
    });
    if (err < bestErr) {
      bestErr = err;
      best = q;
    }
  }
  return best;
}

async function saveAs(raw: sharp.Sharp, mode: SaveMode, original: number, r: Rng): Promise<Buffer> {
  switch (mode) {
    case 'png':
      return raw.png().toBuffer();
    case 'same_quality':
      return raw.jpeg({ quality: original }).toBuffer();
    case 'higher_quality':
      return raw.jpeg({ quality: Math.min(98, original + r.int(5, 15)) }).toBuffer();
    case 'lower_quality':
      return raw.jpeg({ quality: Math.max(50, original - r.int(8, 25)) }).toBuffer();
    case 'twice': {
      const first = await raw.jpeg({ quality: r.int(70, 95) }).toBuffer();
      return sharp(first)
        .jpeg({ quality: r.int(70, 95) })
        .toBuffer();
    }
  }
}

interface Decoded {
  data: Buffer;
  w: number;
  h: number;
}

async function decode(bytes: Buffer): Promise<Decoded> {
  const { data, info } = await sharp(bytes).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, w: info.width, h: info.height };
}

const rawOf = (d: Decoded): sharp.Sharp => sharp(d.data, { raw: { width: d.w, height: d.h, channels: 3 } });

/** Median colour of the border pixels of a region (its surrounding paper). */
function borderColour(d: Decoded, x: number, y: number, rw: number, rh: number): [number, number, number] {
  const cs: number[][] = [[], [], []];
  for (let i = x; i < x + rw; i += 2)
    for (const j of [y, y + rh - 1]) for (let c = 0; c < 3; c += 1) cs[c]?.push(d.data[(j * d.w + i) * 3 + c] as number);
  for (let j = y; j < y + rh; j += 2)
    for (const i of [x, x + rw - 1]) for (let c = 0; c < 3; c += 1) cs[c]?.push(d.data[(j * d.w + i) * 3 + c] as number);
  return cs.map((v) => v.sort((a, b) => a - b)[Math.floor(v.length / 2)] ?? 255) as [number, number, number];
}

/** Re-typed figures: the region filled with its paper colour, new digits drawn on it (antialiased, no noise). */
function retype(d: Decoded, x: number, y: number, rw: number, rh: number, r: Rng): void {
  const [pr, pg, pb] = borderColour(d, x, y, rw, rh);
  const c = createCanvas(rw, rh);
  const g = c.getContext('2d');
  g.fillStyle = `rgb(${pr},${pg},${pb})`;
  g.fillRect(0, 0, rw, rh);
  const ink = r.int(10, 70);
  g.fillStyle = `rgb(${ink},${ink},${ink + r.int(0, 30)})`;
  g.font = `${r.next() < 0.5 ? 'bold ' : ''}${Math.round(rh * (0.5 + r.next() * 0.3))}px ${r.next() < 0.5 ? 'serif' : 'sans-serif'}`;
  g.fillText(`${r.int(1, 99)},${r.digits(3)}.${r.digits(2)}`, r.int(2, 12), rh * 0.72);
  const px = g.getImageData(0, 0, rw, rh).data;
  for (let j = 0; j < rh; j += 1)
    for (let i = 0; i < rw; i += 1)
      for (let c2 = 0; c2 < 3; c2 += 1) d.data[((y + j) * d.w + x + i) * 3 + c2] = px[(j * rw + i) * 4 + c2] as number;
}

/** A patch of `src` (another place of the same picture, or another photo) pasted at (x, y). */
function paste(d: Decoded, src: Decoded, x: number, y: number, rw: number, rh: number, r: Rng): void {
  // A patch of document (bright on average), as a forger would take.
  let sx = 0;
  let sy = 0;
  for (let attempt = 0; attempt < 60; attempt += 1) {
    sx = r.int(0, Math.max(0, src.w - rw - 1));
    sy = r.int(0, Math.max(0, src.h - rh - 1));
    let s = 0;
    for (let j = 0; j < rh; j += 4) for (let i = 0; i < rw; i += 4) s += src.data[((sy + j) * src.w + sx + i) * 3 + 1] as number;
    if (s / (Math.ceil(rh / 4) * Math.ceil(rw / 4)) > 150) break;
  }
  const patch = Buffer.alloc(rw * rh * 3);
  for (let j = 0; j < rh; j += 1) src.data.copy(patch, j * rw * 3, ((sy + j) * src.w + sx) * 3, ((sy + j) * src.w + sx + rw) * 3);
  for (let j = 0; j < rh; j += 1) patch.copy(d.data, ((y + j) * d.w + x) * 3, j * rw * 3, (j + 1) * rw * 3);
}

/** Content removed: the region replaced by a blend of its borders (what a quick inpainting tool leaves). */
function smoothFill(d: Decoded, x: number, y: number, rw: number, rh: number): void {
  const at = (i: number, j: number, c: number): number => d.data[(j * d.w + i) * 3 + c] as number;
  const top = y;
  const bottom = y + rh - 1;
  const left = x;
  const right = x + rw - 1;
  for (let j = 1; j < rh - 1; j += 1) {
    for (let i = 1; i < rw - 1; i += 1) {
      const fy = j / (rh - 1);
      const fx = i / (rw - 1);
      for (let c = 0; c < 3; c += 1) {
        const v =
          0.5 * ((1 - fy) * at(x + i, top, c) + fy * at(x + i, bottom, c)) +
          0.5 * ((1 - fx) * at(left, y + j, c) + fx * at(right, y + j, c));
        d.data[((y + j) * d.w + x + i) * 3 + c] = Math.round(v);
      }
    }
  }
}

/** An edited copy of `photo` (with `donor` for splices) and how it was made. */
export async function editPhoto(
  photo: Buffer,
  donor: Buffer,
  method: EditMethod,
  mode: SaveMode,
  r: Rng,
): Promise<{ bytes: Buffer; region: [number, number, number, number] }> {
  const d = await decode(photo);
  const k = Math.max(d.w, d.h) / 2000;
  const rw = Math.min(d.w - 4, Math.round(r.int(140, 420) * k));
  const rh = Math.min(d.h - 4, Math.round(r.int(36, 110) * k));
  // Forgers edit the document, not the desk: a place whose surroundings are bright paper.
  let x = 0;
  let y = 0;
  for (let attempt = 0; attempt < 60; attempt += 1) {
    x = r.int(Math.round(d.w * 0.1), Math.max(Math.round(d.w * 0.1), Math.round(d.w * 0.9) - rw));
    y = r.int(Math.round(d.h * 0.1), Math.max(Math.round(d.h * 0.1), Math.round(d.h * 0.9) - rh));
    const [cr, cg, cb] = borderColour(d, x, y, rw, rh);
    if (0.299 * cr + 0.587 * cg + 0.114 * cb > 165) break;
  }
  switch (method) {
    case 'retype':
      retype(d, x, y, rw, rh, r);
      break;
    case 'clone':
      paste(d, d, x, y, rw, rh, r);
      break;
    case 'smooth_fill':
      smoothFill(d, x, y, rw, rh);
      break;
    case 'splice':
      paste(d, await decode(donor), x, y, rw, rh, r);
      break;
  }
  return { bytes: await saveAs(rawOf(d), mode, estimateQuality(photo), r), region: [x, y, rw, rh] };
}

/** An honest copy of `photo`: re-saved as JPEG at any quality, or as PNG. */
export async function honestCopy(photo: Buffer, r: Rng): Promise<Buffer> {
  const d = await decode(photo);
  return r.next() < 0.3
    ? rawOf(d).png().toBuffer()
    : rawOf(d)
        .jpeg({ quality: r.int(60, 98) })
        .toBuffer();
}
