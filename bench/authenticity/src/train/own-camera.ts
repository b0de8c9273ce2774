import sharp from 'sharp';
import type { Rng } from '@uplift/evidence-synth';

// The training split's own camera: a page laid on a desk under a perspective, then a phone pipeline
// (optics blur, vignetting, colour cast, Bayer mosaic with shot/read noise, demosaic, denoise,
// sharpening, app resize, JPEG 4:2:0/4:4:4, sometimes a messaging-app re-save). Training data only.

/** A float RGB image (0..255, interleaved). */
export interface Img {
  w: number;
  h: number;
  d: Float32Array;
}

export const blank = (w: number, h: number): Img => ({ w, h, d: new Float32Array(w * h * 3) });

/** RGBA bytes → float RGB. */
export function fromRgba(w: number, h: number, rgba: Uint8ClampedArray | Buffer): Img {
  const out = blank(w, h);
  for (let i = 0, j = 0; i < w * h; i += 1, j += 4) {
    out.d[i * 3] = rgba[j] as number;
    out.d[i * 3 + 1] = rgba[j + 1] as number;
    out.d[i * 3 + 2] = rgba[j + 2] as number;
  }
  return out;
}

export function toBytes(img: Img): Buffer {
  // Uint8ClampedArray rounds and clamps natively.
  const b = new Uint8ClampedArray(img.d);
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength);
}

export async function fromSharp(s: sharp.Sharp): Promise<Img> {
  const { data, info } = await s.removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { w: info.width, h: info.height, d: Float32Array.from(data) };
}

export const toSharp = (img: Img): sharp.Sharp => sharp(toBytes(img), { raw: { width: img.w, height: img.h, channels: 3 } });

/** Homography mapping the unit-square corners (0,0),(1,0),(1,1),(0,1) to `q` (4 points). */
export function squareToQuad(q: ReadonlyArray<readonly [number, number]>): number[] {
  const [[x0, y0], [x1, y1], [x2, y2], [x3, y3]] = q as [[number, number], [number, number], [number, number], [number, number]];
  const dx1 = x1 - x2;
  const dx2 = x3 - x2;
  const dy1 = y1 - y2;
  const dy2 = y3 - y2;
  const sx = x0 - x1 + x2 - x3;
  const sy = y0 - y1 + y2 - y3;
  const den = dx1 * dy2 - dx2 * dy1;
  const g = (sx * dy2 - dx2 * sy) / den;
  const h = (dx1 * sy - sx * dy1) / den;
  return [x1 - x0 + g * x1, x3 - x0 + h * x3, x0, y1 - y0 + g * y1, y3 - y0 + h * y3, y0, g, h, 1];
}

/** Inverse of a 3×3 matrix (row-major). */
export function invert3(m: readonly number[]): number[] {
  const [a, b, c, d, e, f, g, h, i] = m as [number, number, number, number, number, number, number, number, number];
  const A = e * i - f * h;
  const B = -(d * i - f * g);
  const C = d * h - e * g;
  const det = a * A + b * B + c * C;
  return [
    A / det,
    -(b * i - c * h) / det,
    (b * f - c * e) / det,
    B / det,
    (a * i - c * g) / det,
    -(a * f - c * d) / det,
    C / det,
    -(a * h - b * g) / det,
    (a * e - b * d) / det,
  ];
}

/** A random quadrilateral for a w×h object filling `fill` of a W×H frame, with keystone and rotation. */
export function randomQuad(W: number, H: number, w: number, h: number, fill: number, r: Rng): Array<[number, number]> {
  const s = Math.min((W * fill) / w, (H * fill) / h);
  const cx = W / 2 + (r.next() - 0.5) * W * (1 - fill) * 0.8;
  const cy = H / 2 + (r.next() - 0.5) * H * (1 - fill) * 0.8;
  const a = ((r.next() - 0.5) * 12 * Math.PI) / 180;
  const key = (r.next() - 0.5) * 0.25;
  const side = (r.next() - 0.5) * 0.15;
  const corners: Array<[number, number]> = [
    [-1, -1],
    [1, -1],
    [1, 1],
    [-1, 1],
  ];
  return corners.map(([u, v]) => {
    const x = (u * (1 + key * v) * w * s) / 2;
    const y = (v * (1 + side * u) * h * s) / 2;
    return [cx + x * Math.cos(a) - y * Math.sin(a), cy + x * Math.sin(a) + y * Math.cos(a)];
  });
}

/** Draws `src` into `dst` through `quad` (bilinear), multiplied by a smooth light field. */
export function warpInto(
  dst: Img,
  src: Img,
  quad: ReadonlyArray<readonly [number, number]>,
  light: (x: number, y: number) => number,
): void {
  const inv = invert3(squareToQuad(quad));
  for (let y = 0; y < dst.h; y += 1) {
    for (let x = 0; x < dst.w; x += 1) {
      const z = (inv[6] as number) * x + (inv[7] as number) * y + (inv[8] as number);
      const u = (((inv[0] as number) * x + (inv[1] as number) * y + (inv[2] as number)) / z) * src.w - 0.5;
      const v = (((inv[3] as number) * x + (inv[4] as number) * y + (inv[5] as number)) / z) * src.h - 0.5;
      if (u < 0 || v < 0 || u >= src.w - 1 || v >= src.h - 1) continue;
      const x0 = Math.floor(u);
      const y0 = Math.floor(v);
      const fx = u - x0;
      const fy = v - y0;
      const k = light(x, y);
      for (let c = 0; c < 3; c += 1) {
        const p = (y0 * src.w + x0) * 3 + c;
        const top = (src.d[p] as number) * (1 - fx) + (src.d[p + 3] as number) * fx;
        const bot = (src.d[p + src.w * 3] as number) * (1 - fx) + (src.d[p + src.w * 3 + 3] as number) * fx;
        dst.d[(y * dst.w + x) * 3 + c] = (top * (1 - fy) + bot * fy) * k;
      }
    }
  }
}

/** A desk: wood grain, woven cloth or speckled laminate. */
export function desk(w: number, h: number, r: Rng): Img {
  const img = blank(w, h);
  const kind = r.int(0, 2);
  const base = [r.int(60, 200), r.int(50, 170), r.int(40, 150)];
  const period = 3 + r.next() * 5;
  for (let y = 0; y < h; y += 1) {
    for (let x = 0; x < w; x += 1) {
      let m = 1;
      if (kind === 0) m = 0.85 + 0.15 * Math.sin(y / 7 + 3 * Math.sin(x / 90) + Math.sin(y / 23));
      else if (kind === 1)
        m = 0.85 + 0.1 * Math.sign(Math.sin((2 * Math.PI * x) / period)) * Math.sign(Math.sin((2 * Math.PI * y) / period));
      m += (r.next() - 0.5) * 0.06;
      for (let c = 0; c < 3; c += 1) img.d[(y * w + x) * 3 + c] = (base[c] as number) * m;
    }
  }
  return img;
}

/** A smooth light field: gradient, vignette and an optional soft shadow. */
export function lightField(W: number, H: number, r: Rng): (x: number, y: number) => number {
  const gx = (r.next() - 0.5) * 0.5;
  const gy = (r.next() - 0.5) * 0.5;
  const vig = r.next() * 0.35;
  const shadow = r.next() < 0.3 ? { x: r.next() * W, y: r.next() * H, rad: (0.2 + r.next() * 0.3) * W, depth: 0.2 + r.next() * 0.3 } : null;
  return (x, y) => {
    const u = x / W - 0.5;
    const v = y / H - 0.5;
    let k = 1 + gx * u + gy * v - vig * (u * u + v * v) * 2;
    if (shadow) k *= 1 - shadow.depth * Math.exp(-((x - shadow.x) ** 2 + (y - shadow.y) ** 2) / (shadow.rad * shadow.rad));
    return k;
  };
}

/** Bayer mosaic with shot/read noise, then bilinear demosaic (in place). */
export function bayerNoise(img: Img, r: Rng, shot: number, read: number): void {
  const { w, h, d } = img;
  const layouts = [
    [0, 1, 1, 2],
    [2, 1, 1, 0],
    [1, 0, 2, 1],
    [1, 2, 0, 1],
  ];
  const layout = layouts[r.int(0, 3)] as number[];
  const chan = Int8Array.from({ length: 4 }, (_, p) => layout[p] as number);
  const raw = new Float32Array(w * h);
  const gauss = (): number => Math.sqrt(-2 * Math.log(Math.max(1e-9, r.next()))) * Math.cos(2 * Math.PI * r.next());
  for (let y = 0; y < h; y += 1) {
    for (let x = 0; x < w; x += 1) {
      const v = d[(y * w + x) * 3 + (chan[((y & 1) << 1) | (x & 1)] as number)] as number;
      raw[y * w + x] = v + gauss() * Math.sqrt(read * read + shot * Math.max(0, v));
    }
  }
  const sum = new Float64Array(3);
  const n = new Float64Array(3);
  for (let y = 0; y < h; y += 1) {
    const y0 = y > 0 ? y - 1 : y + 1;
    const y1 = y < h - 1 ? y + 1 : y - 1;
    for (let x = 0; x < w; x += 1) {
      const x0 = x > 0 ? x - 1 : x + 1;
      const x1 = x < w - 1 ? x + 1 : x - 1;
      sum.fill(0);
      n.fill(0);
      for (let j = 0; j < 3; j += 1) {
        const yy = j === 0 ? y0 : j === 1 ? y : y1;
        for (let i = 0; i < 3; i += 1) {
          const xx = i === 0 ? x0 : i === 1 ? x : x1;
          const c = chan[((yy & 1) << 1) | (xx & 1)] as number;
          sum[c] = (sum[c] as number) + (raw[yy * w + xx] as number);
          n[c] = (n[c] as number) + 1;
        }
      }
      const own = chan[((y & 1) << 1) | (x & 1)] as number;
      const o = (y * w + x) * 3;
      for (let c = 0; c < 3; c += 1) d[o + c] = c === own ? (raw[y * w + x] as number) : (sum[c] as number) / Math.max(1, n[c] as number);
    }
  }
}

/** What the phone pipeline did. */
export interface PhoneParams {
  blur: number;
  shot: number;
  read: number;
  sharpen: number;
  side: number;
  quality: number;
  subsampling: string;
  resaved: number | null;
}

/** Phone pipeline from a sensor-sized scene to the uploaded JPEG. */
export async function phonePipeline(scene: Img, r: Rng): Promise<{ jpeg: Buffer; params: PhoneParams }> {
  const p: PhoneParams = {
    blur: 0.3 + r.next() * 1.3,
    shot: 0.05 + r.next() * 0.4,
    read: 0.5 + r.next() * 3,
    sharpen: r.next() < 0.7 ? 0.5 + r.next() * 1.5 : 0,
    side: r.int(1000, 2600),
    quality: r.int(68, 96),
    subsampling: r.next() < 0.75 ? '4:2:0' : '4:4:4',
    resaved: r.next() < 0.3 ? r.int(65, 90) : null,
  };
  const gains = [0.9 + r.next() * 0.2, 1, 0.85 + r.next() * 0.3];
  const optics = await fromSharp(toSharp(scene).blur(p.blur));
  for (let i = 0; i < optics.d.length; i += 1) optics.d[i] = (optics.d[i] as number) * (gains[i % 3] as number);
  bayerNoise(optics, r, p.shot, p.read);
  let s = toSharp(optics);
  if (r.next() < 0.3) s = sharp(await s.median(3).toBuffer(), { raw: { width: optics.w, height: optics.h, channels: 3 } });
  if (p.sharpen > 0) s = s.sharpen({ sigma: p.sharpen });
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
  if (p.resaved !== null) jpeg = await sharp(jpeg).jpeg({ quality: p.resaved }).toBuffer();
  return { jpeg, params: p };
}
