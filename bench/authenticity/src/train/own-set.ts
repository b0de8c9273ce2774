import sharp from 'sharp';
import { Rng } from '@uplift/evidence-synth';
import { renderPage } from './own-pages';
import { desk, fromRgba, lightField, phonePipeline, randomQuad, toSharp, warpInto, type Img } from './own-camera';
import { decode, screenRecapture } from './own-screen';

// The independent TRAINING split: pages from the own renderer (own-pages.ts), photographed by the own
// phone model (own-camera.ts), shown as PDF-viewer screenshots, and re-photographed off simulated
// panels (own-screen.ts). Seeds start at OWN_SEED0, far from the project generator's seeds; the
// held-out generator (bench/authenticity/heldout/) is never read here.

export const OWN_SEED0 = 50_000;

/** One rendered item set of the own generator. */
export interface OwnSet {
  /** A genuine phone photo of the page. */
  photo: Buffer;
  /** A genuine viewer screenshot (PNG or high-quality JPEG), every fourth set. */
  screenshot: Buffer | null;
  /** A recapture (two sets in three): of the page shown full screen, or of the genuine photo. */
  recapture: Buffer | null;
  pageKind: string;
  recaptureParams: Record<string, unknown> | null;
}

async function photographPage(page: Img, r: Rng): Promise<Buffer> {
  const landscape = page.w > page.h ? r.next() < 0.8 : r.next() < 0.15;
  const W = r.int(1800, 3000);
  const H = Math.round((W * 3) / 4);
  const [w, h] = landscape ? [W, H] : [H, W];
  const scene = desk(w, h, r);
  warpInto(scene, page, randomQuad(w, h, page.w, page.h, 0.6 + r.next() * 0.35, r), lightField(w, h, r));
  return (await phonePipeline(scene, r)).jpeg;
}

async function screenshot(page: Img, r: Rng): Promise<Buffer> {
  const side = r.int(900, 2200);
  const viewer = sharp({
    create: {
      width: Math.round(side * 1.4),
      height: side,
      channels: 3,
      background: { r: r.int(60, 90), g: r.int(60, 90), b: r.int(60, 95) },
    },
  });
  const scaled = await toSharp(page)
    .resize({ width: Math.round(side * 1.34), height: Math.round(side * 0.92), fit: 'inside' })
    .png()
    .toBuffer();
  const meta = await sharp(scaled).metadata();
  const out = viewer.composite([
    { input: scaled, left: Math.max(0, Math.round((side * 1.4 - (meta.width ?? 0)) / 2)), top: Math.round(side * 0.06) },
  ]);
  return r.next() < 0.6 ? out.png().toBuffer() : out.jpeg({ quality: r.int(85, 97) }).toBuffer();
}

/** Builds the i-th own item set. */
export async function ownSet(i: number): Promise<OwnSet> {
  const r = new Rng(OWN_SEED0 + i);
  const rendered = renderPage(r);
  const page = fromRgba(rendered.width, rendered.height, rendered.rgba);
  const photo = await photographPage(page, r);
  const shot = i % 4 === 3 ? await screenshot(page, r) : null;
  let recapture: Buffer | null = null;
  let recaptureParams: Record<string, unknown> | null = null;
  if (i % 3 !== 2) {
    const source = r.next() < 0.6 ? page : await decode(photo);
    const rc = await screenRecapture(source, r);
    recapture = rc.jpeg;
    recaptureParams = { ...rc.params, of: source === page ? 'page' : 'photo' };
  }
  return { photo, screenshot: shot, recapture, pageKind: rendered.kind, recaptureParams };
}
