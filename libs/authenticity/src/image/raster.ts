import sharp from 'sharp';

/** Planar float image (0..255) of one channel, row-major. */
export interface Plane {
  width: number;
  height: number;
  data: Float32Array;
}

/** An image decoded to luma and two chroma-difference planes (R−G, B−G) at one working size. */
export interface Planes {
  luma: Plane;
  redGreen: Plane;
  blueGreen: Plane;
  /** Working size over original size (≤ 1). */
  scale: number;
}

/** Decodes `bytes` (auto-rotated by EXIF) to planes whose longer side is at most `maxSide`. */
export async function decodePlanes(bytes: Buffer, maxSide: number): Promise<Planes> {
  const base = sharp(bytes, { failOn: 'none' }).rotate();
  const meta = await base.metadata();
  const longer = Math.max(meta.width ?? 1, meta.height ?? 1);
  const resized =
    longer > maxSide
      ? base.resize({
          width: meta.width && meta.width >= (meta.height ?? 0) ? maxSide : undefined,
          height: meta.width && meta.width >= (meta.height ?? 0) ? undefined : maxSide,
          kernel: 'cubic',
        })
      : base;
  const { data, info } = await resized.removeAlpha().toColourspace('srgb').raw().toBuffer({ resolveWithObject: true });
  const n = info.width * info.height;
  const luma = new Float32Array(n);
  const rg = new Float32Array(n);
  const bg = new Float32Array(n);
  const ch = info.channels;
  for (let i = 0; i < n; i += 1) {
    const r = data[i * ch] as number;
    const g = ch >= 3 ? (data[i * ch + 1] as number) : r;
    const b = ch >= 3 ? (data[i * ch + 2] as number) : r;
    luma[i] = 0.299 * r + 0.587 * g + 0.114 * b;
    rg[i] = r - g;
    bg[i] = b - g;
  }
  const plane = (d: Float32Array): Plane => ({ width: info.width, height: info.height, data: d });
  return { luma: plane(luma), redGreen: plane(rg), blueGreen: plane(bg), scale: info.width / (meta.width ?? info.width) };
}

/** Decodes `bytes` to a grey plane of exactly `width`×`height` (aspect ignored), for hashing. */
export async function greyThumbnail(bytes: Buffer, width: number, height: number): Promise<Plane> {
  const { data, info } = await sharp(bytes, { failOn: 'none' })
    .rotate()
    .greyscale()
    .resize(width, height, { fit: 'fill', kernel: 'cubic' })
    .raw()
    .toBuffer({ resolveWithObject: true });
  const out = new Float32Array(width * height);
  for (let i = 0; i < out.length; i += 1) out[i] = data[i * info.channels] as number;
  return { width, height, data: out };
}

/** Interleaved 8-bit RGB pixels (3 bytes per pixel, row-major). */
export interface Rgb {
  width: number;
  height: number;
  data: Uint8Array;
}

/**
 * Decodes `bytes` to RGB in the stored orientation (no EXIF rotation: the JPEG block grid stays
 * aligned); larger images are reduced to `maxSide` with an area filter. `scale` is decoded / stored size.
 */
export async function decodeRgb(bytes: Buffer, maxSide: number): Promise<{ rgb: Rgb; scale: number }> {
  const base = sharp(bytes, { failOn: 'none' });
  const meta = await base.metadata();
  const w = meta.width ?? 1;
  const h = meta.height ?? 1;
  const k = Math.min(1, maxSide / Math.max(w, h));
  const pipeline =
    k < 1
      ? base.resize({ width: Math.max(1, Math.round(w * k)), height: Math.max(1, Math.round(h * k)), fit: 'fill', kernel: 'linear' })
      : base;
  const { data, info } = await pipeline.removeAlpha().toColourspace('srgb').raw().toBuffer({ resolveWithObject: true });
  if (info.channels === 3)
    return {
      rgb: { width: info.width, height: info.height, data: new Uint8Array(data.buffer, data.byteOffset, data.length) },
      scale: info.width / w,
    };
  const out = new Uint8Array(info.width * info.height * 3);
  for (let i = 0; i < info.width * info.height; i += 1) {
    const v = data[i * info.channels] as number;
    out[3 * i] = v;
    out[3 * i + 1] = info.channels >= 3 ? (data[i * info.channels + 1] as number) : v;
    out[3 * i + 2] = info.channels >= 3 ? (data[i * info.channels + 2] as number) : v;
  }
  return { rgb: { width: info.width, height: info.height, data: out }, scale: info.width / w };
}

/** The integer box-filter factor `reducePlanes(rgb, side)` uses. */
export function reductionFactor(rgb: Pick<Rgb, 'width' | 'height'>, side: number): number {
  return Math.max(1, Math.floor(Math.max(rgb.width, rgb.height) / side));
}

/** Box-filtered reduction of `rgb` to planes (luma, R−G, B−G) whose longer side is about `side`. */
export function reducePlanes(rgb: Rgb, side: number): Planes {
  return reducePlanesBy(rgb, reductionFactor(rgb, side));
}

/**
 * Planes of `rgb` reduced by the factor `f` in each direction, reduced further from `from` (an
 * earlier reduction of the same image by a factor dividing `f`) when given: a box filter of a box
 * filter, without another pass over the full-resolution pixels.
 */
export function reducePlanesBy(rgb: Rgb, f: number, from?: { planes: Planes; factor: number }): Planes {
  if (from && f > from.factor && f % from.factor === 0) {
    const k = f / from.factor;
    const w = Math.floor(rgb.width / f);
    const h = Math.floor(rgb.height / f);
    const plane = (p: Plane): Plane => ({ width: w, height: h, data: boxReduce(p, k, w, h) });
    return {
      luma: plane(from.planes.luma),
      redGreen: plane(from.planes.redGreen),
      blueGreen: plane(from.planes.blueGreen),
      scale: w / rgb.width,
    };
  }
  const w = Math.floor(rgb.width / f);
  const h = Math.floor(rgb.height / f);
  const luma = new Float32Array(w * h);
  const rg = new Float32Array(w * h);
  const bg = new Float32Array(w * h);
  const norm = 1 / (f * f);
  for (let y = 0; y < h; y += 1) {
    for (let x = 0; x < w; x += 1) {
      let r = 0;
      let g = 0;
      let b = 0;
      for (let dy = 0; dy < f; dy += 1) {
        let p = ((y * f + dy) * rgb.width + x * f) * 3;
        for (let dx = 0; dx < f; dx += 1, p += 3) {
          r += rgb.data[p] as number;
          g += rgb.data[p + 1] as number;
          b += rgb.data[p + 2] as number;
        }
      }
      const i = y * w + x;
      luma[i] = (0.299 * r + 0.587 * g + 0.114 * b) * norm;
      rg[i] = (r - g) * norm;
      bg[i] = (b - g) * norm;
    }
  }
  const plane = (d: Float32Array): Plane => ({ width: w, height: h, data: d });
  return { luma: plane(luma), redGreen: plane(rg), blueGreen: plane(bg), scale: w / rgb.width };
}

/** Mean of each k×k block of `p`, for a w×h output. */
function boxReduce(p: Plane, k: number, w: number, h: number): Float32Array {
  const out = new Float32Array(w * h);
  const norm = 1 / (k * k);
  for (let y = 0; y < h; y += 1) {
    for (let x = 0; x < w; x += 1) {
      let s = 0;
      for (let dy = 0; dy < k; dy += 1) {
        const row = (y * k + dy) * p.width + x * k;
        for (let dx = 0; dx < k; dx += 1) s += p.data[row + dx] as number;
      }
      out[y * w + x] = s * norm;
    }
  }
  return out;
}
