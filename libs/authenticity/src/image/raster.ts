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
  const resized = longer > maxSide ? base.resize({ width: meta.width && meta.width >= (meta.height ?? 0) ? maxSide : undefined, height: meta.width && meta.width >= (meta.height ?? 0) ? undefined : maxSide, kernel: 'cubic' }) : base;
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
  const { data, info } = await sharp(bytes, { failOn: 'none' }).rotate().greyscale().resize(width, height, { fit: 'fill', kernel: 'cubic' }).raw().toBuffer({ resolveWithObject: true });
  const out = new Float32Array(width * height);
  for (let i = 0; i < out.length; i += 1) out[i] = data[i * info.channels] as number;
  return { width, height, data: out };
}
