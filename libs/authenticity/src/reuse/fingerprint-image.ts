import { greyThumbnail } from '../image/raster';
import { dHash, pHash, type Hash64 } from './perceptual-hash';

/** Perceptual fingerprints of one evidence image. */
export interface ImageFingerprint {
  phash: Hash64;
  dhash: Hash64;
}

/** pHash and dHash of an image's bytes. */
export async function fingerprintImage(bytes: Buffer): Promise<ImageFingerprint> {
  const [p, d] = await Promise.all([greyThumbnail(bytes, 32, 32), greyThumbnail(bytes, 9, 8)]);
  return { phash: pHash(p), dhash: dHash(d) };
}

/** Similarity 0..1 of two fingerprints (1 = identical): mean of both hashes' agreeing-bit share. */
export function fingerprintSimilarity(a: ImageFingerprint, b: ImageFingerprint, distance: (x: Hash64, y: Hash64) => number): number {
  return 1 - (distance(a.phash, b.phash) + distance(a.dhash, b.dhash)) / 128;
}
