import sharp from 'sharp';
import type { Rng } from '@uplift/evidence-synth';
import { bayerNoise, fromSharp, toSharp, type Img } from './own-camera';

// The training simulator's phone camera (sim-*.ts; training data only), one pipeline for both classes:
// optics blur (skipped when the scene was rendered through the optics already, as sim-screen.ts does
// for the panel lattice), exposure and white-balance gains, a Bayer mosaic with shot and read noise
// that grow as the scene gets darker (higher ISO), bilinear demosaic, chroma denoise (phones smooth
// colour difference strongly, which also smears colour moiré), optional luma denoise, unsharp-mask
// sharpening, the app's downscale, JPEG, and sometimes a messenger's re-save (smaller, lower quality).

/** What the simulated camera did. */
export interface SimPhoneParams {
  lens: number;
  iso: number;
  chromaDenoise: number;
  lumaDenoise: boolean;
  sharpen: number;
  side: number;
  quality: number;
  subsampling: string;
  resaved: number | null;
}

export const gaussian = (r: Rng): number => Math.sqrt(-2 * Math.log(Math.max(1e-9, r.next()))) * Math.cos(2 * Math.PI * r.next());

/** Draws the camera's optics blur (σ in sensor pixels): sharp phone lenses, sometimes a soft one. */
export const drawLens = (r: Rng): number => 0.35 + r.next() * (r.next() < 0.25 ? 0.9 : 0.35);

/** Draws the defocus blur (σ in sensor pixels) shared by both classes: mostly in focus, sometimes not. */
export const drawDefocus = (r: Rng): number =>
  r.next() < 0.55 ? r.next() * 0.4 : r.next() < 0.7 ? 0.4 + r.next() * 1.2 : 1.6 + r.next() * 2.4;

/** Separable Gaussian blur of one plane (σ in pixels), edges clamped. */
function blurPlane(p: Float32Array, w: number, h: number, sigma: number): void {
  if (sigma < 0.2) return;
  const rad = Math.ceil(sigma * 3);
  const k = Float32Array.from({ length: 2 * rad + 1 }, (_, i) => Math.exp(-((i - rad) ** 2) / (2 * sigma * sigma)));
  const sum = k.reduce((a, b) => a + b, 0);
  for (let i = 0; i < k.length; i += 1) k[i] = (k[i] as number) / sum;
  const line = new Float32Array(Math.max(w, h));
  for (let y = 0; y < h; y += 1) {
    for (let x = 0; x < w; x += 1) {
      let s = 0;
      for (let j = -rad; j <= rad; j += 1) s += (k[j + rad] as number) * (p[y * w + Math.min(w - 1, Math.max(0, x + j))] as number);
      line[x] = s;
    }
    p.set(line.subarray(0, w), y * w);
  }
  for (let x = 0; x < w; x += 1) {
    for (let y = 0; y < h; y += 1) {
      let s = 0;
      for (let j = -rad; j <= rad; j += 1) s += (k[j + rad] as number) * (p[Math.min(h - 1, Math.max(0, y + j)) * w + x] as number);
      line[y] = s;
    }
    for (let y = 0; y < h; y += 1) p[y * w + x] = line[y] as number;
  }
}

/** Smooths the colour difference (Cb, Cr) of an image in place, luma kept. */
function chromaDenoise(img: Img, sigma: number): void {
  const n = img.w * img.h;
  const cb = new Float32Array(n);
  const cr = new Float32Array(n);
  for (let i = 0; i < n; i += 1) {
    const R = img.d[i * 3] as number;
    const G = img.d[i * 3 + 1] as number;
    const B = img.d[i * 3 + 2] as number;
    const Y = 0.299 * R + 0.587 * G + 0.114 * B;
    cb[i] = B - Y;
    cr[i] = R - Y;
  }
  blurPlane(cb, img.w, img.h, sigma);
  blurPlane(cr, img.w, img.h, sigma);
  for (let i = 0; i < n; i += 1) {
    const R = img.d[i * 3] as number;
    const G = img.d[i * 3 + 1] as number;
    const B = img.d[i * 3 + 2] as number;
    const Y = 0.299 * R + 0.587 * G + 0.114 * B;
    const r = Y + (cr[i] as number);
    const b = Y + (cb[i] as number);
    img.d[i * 3] = r;
    img.d[i * 3 + 2] = b;
    img.d[i * 3 + 1] = (Y - 0.299 * r - 0.114 * b) / 0.587;
  }
}

/**
 * Sensor-sized scene (0..255 radiance, already through the optics when `throughOptics`) → uploaded
 * JPEG. `brightness` (mean scene level) sets the ISO: dark scenes get more noise and more denoise.
 */
export async function simPipeline(
  scene: Img,
  r: Rng,
  lens: number,
  throughOptics: boolean,
): Promise<{ jpeg: Buffer; params: SimPhoneParams }> {
  let mean = 0;
  for (let i = 0; i < scene.d.length; i += 97) mean += scene.d[i] as number;
  mean /= Math.ceil(scene.d.length / 97);
  // Auto exposure: gain towards a mid-grey mean, ISO (noise) grows with the gain.
  const gain = Math.min(4, Math.max(0.8, 110 / Math.max(10, mean))) * (0.85 + r.next() * 0.3);
  const iso = Math.round(50 * gain * (1 + r.next() * 3));
  const p: SimPhoneParams = {
    lens: Math.round(lens * 100) / 100,
    iso,
    chromaDenoise: r.next() < 0.85 ? 0.8 + r.next() * 2.5 : 0,
    lumaDenoise: r.next() < 0.4 || iso > 300,
    sharpen: r.next() < 0.8 ? 0.5 + r.next() * 1.3 : 0,
    side: r.next() < 0.15 ? 4000 : r.int(1100, 2560),
    quality: r.int(70, 96),
    subsampling: r.next() < 0.8 ? '4:2:0' : '4:4:4',
    resaved: r.next() < 0.3 ? r.int(62, 88) : null,
  };
  const optics = throughOptics ? scene : await fromSharp(toSharp(scene).blur(Math.max(0.3, lens)));
  const wb = [(0.9 + r.next() * 0.2) * gain, gain, (0.85 + r.next() * 0.3) * gain];
  for (let i = 0; i < optics.d.length; i += 1) optics.d[i] = (optics.d[i] as number) * (wb[i % 3] as number);
  const noise = iso / 100;
  bayerNoise(optics, r, 0.05 + 0.15 * noise, 0.5 + 1.2 * noise);
  if (p.chromaDenoise > 0) chromaDenoise(optics, p.chromaDenoise);
  let s = toSharp(optics);
  if (p.lumaDenoise) s = sharp(await s.median(3).toBuffer(), { raw: { width: optics.w, height: optics.h, channels: 3 } });
  if (p.sharpen > 0) s = s.sharpen({ sigma: p.sharpen, m2: 1 + r.next() * 2 });
  const side = Math.min(p.side, Math.max(optics.w, optics.h));
  const resized = await s
    .resize({
      width: optics.w >= optics.h ? side : undefined,
      height: optics.h > optics.w ? side : undefined,
      kernel: r.pick(['lanczos3', 'cubic', 'mitchell', 'linear'] as const),
    })
    .raw()
    .toBuffer({ resolveWithObject: true });
  let jpeg = await sharp(resized.data, { raw: { width: resized.info.width, height: resized.info.height, channels: 3 } })
    .jpeg({ quality: p.quality, chromaSubsampling: p.subsampling, mozjpeg: r.next() < 0.3 })
    .toBuffer();
  if (p.resaved !== null) {
    const to = r.int(960, 1600);
    jpeg = await sharp(jpeg)
      .resize({ width: to, height: to, fit: 'inside', withoutEnlargement: true })
      .jpeg({ quality: p.resaved })
      .toBuffer();
  }
  return { jpeg, params: p };
}

/** Blurs an image's three planes in place (σ in pixels). */
export function blurImg(img: Img, sigma: number): void {
  if (sigma < 0.2) return;
  const n = img.w * img.h;
  const plane = new Float32Array(n);
  for (let c = 0; c < 3; c += 1) {
    for (let i = 0; i < n; i += 1) plane[i] = img.d[i * 3 + c] as number;
    blurPlane(plane, img.w, img.h, sigma);
    for (let i = 0; i < n; i += 1) img.d[i * 3 + c] = plane[i] as number;
  }
}
