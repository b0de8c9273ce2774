import sharp from 'sharp';
import { greyThumbnail, type Plane } from '../image/raster';
import { bestFineMatch, contentBox, fineHashes, refineMatch, type FineHashes } from './fine-hashes';
import { dHash, pHash, type Hash64 } from './perceptual-hash';

/** Perceptual fingerprints of one evidence image. */
export interface ImageFingerprint {
  /** 64-bit pHash and dHash of the whole picture: what the fingerprint store indexes. */
  phash: Hash64;
  dhash: Hash64;
  /** Hash pairs to look up besides the picture's own: the mirrored picture, and its content box (a screenshot without its bars). */
  lookups: Array<{ phash: Hash64; dhash: Hash64 }>;
  /** Fine hashes for comparing two uploads directly (crops, screenshots, mirrors). */
  fine: FineHashes;
  /** The grey picture (about 256 px) the fine hashes were taken of, for refining a close match. */
  thumbnail: Plane;
}

async function fitGrey(bytes: Buffer, side: number): Promise<Plane> {
  const { data, info } = await sharp(bytes, { failOn: 'none' })
    .rotate()
    .greyscale()
    .resize(side, side, { fit: 'inside', kernel: 'cubic' })
    .raw()
    .toBuffer({ resolveWithObject: true });
  const out = new Float32Array(info.width * info.height);
  for (let i = 0; i < out.length; i += 1) out[i] = data[i * info.channels] as number;
  return { width: info.width, height: info.height, data: out };
}

/** The relative box of `p` resampled to w×h (area average). */
function resampleBox(p: Plane, box: readonly [number, number, number, number], w: number, h: number): Plane {
  const out = new Float32Array(w * h);
  const [x0, y0, x1, y1] = box;
  for (let j = 0; j < h; j += 1) {
    for (let i = 0; i < w; i += 1) {
      const ya = Math.floor((y0 + ((y1 - y0) * j) / h) * p.height);
      const yb = Math.max(ya + 1, Math.floor((y0 + ((y1 - y0) * (j + 1)) / h) * p.height));
      const xa = Math.floor((x0 + ((x1 - x0) * i) / w) * p.width);
      const xb = Math.max(xa + 1, Math.floor((x0 + ((x1 - x0) * (i + 1)) / w) * p.width));
      let s = 0;
      let c = 0;
      for (let y = ya; y < Math.min(yb, p.height); y += 1)
        for (let x = xa; x < Math.min(xb, p.width); x += 1) {
          s += p.data[y * p.width + x] as number;
          c += 1;
        }
      out[j * w + i] = c > 0 ? s / c : 0;
    }
  }
  return { width: w, height: h, data: out };
}

/** pHash and dHash of an image's bytes, the extra lookup hashes and the fine hashes. */
export async function fingerprintImage(bytes: Buffer): Promise<ImageFingerprint> {
  const [p, d, g] = await Promise.all([greyThumbnail(bytes, 32, 32), greyThumbnail(bytes, 9, 8), fitGrey(bytes, 256)]);
  const phash = pHash(p);
  const dhash = dHash(d);
  const mirror = (q: Plane): Plane => ({
    ...q,
    data: q.data.map((_, i) => q.data[Math.floor(i / q.width) * q.width + q.width - 1 - (i % q.width)] as number),
  });
  const lookups = [{ phash: pHash(mirror(p)), dhash: dHash(mirror(d)) }];
  const box = contentBox(g);
  if (box) lookups.push({ phash: pHash(resampleBox(g, box, 32, 32)), dhash: dHash(resampleBox(g, box, 9, 8)) });
  return { phash, dhash, lookups: lookups.filter((l) => l.phash !== phash), fine: fineHashes(g), thumbnail: g };
}

/** Similarity 0..1 of two fingerprints (1 = identical): mean of both hashes' agreeing-bit share. */
export function fingerprintSimilarity(
  a: Pick<ImageFingerprint, 'phash' | 'dhash'>,
  b: Pick<ImageFingerprint, 'phash' | 'dhash'>,
  distance: (x: Hash64, y: Hash64) => number,
): number {
  return 1 - (distance(a.phash, b.phash) + distance(a.dhash, b.dhash)) / 128;
}

/** Fine-hash agreement from which a match is refined (below it two pictures are unrelated anyway). */
const REFINE_FROM = 0.6;

/**
 * Similarity 0..1 of two uploads as the reuse comparison ranks them: the best agreement of fine hashes
 * of either picture's parts with the other's whole (crops, screenshots, mirrors), refined when close.
 */
export function reuseSimilarity(a: ImageFingerprint, b: ImageFingerprint): number {
  let best = 0;
  for (const [container, other] of [
    [a, b],
    [b, a],
  ] as const) {
    const m = bestFineMatch(container.fine, other.fine);
    if (!m) continue;
    best = Math.max(best, m.similarity >= REFINE_FROM ? refineMatch(container.thumbnail, m) : m.similarity);
  }
  return best;
}
