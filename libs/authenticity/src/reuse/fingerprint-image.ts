import sharp from 'sharp';
import { greyThumbnail, type Plane } from '../image/raster';
import {
  bestFineMatch,
  boxHash,
  contentBox,
  fineHashes,
  fineSimilarity,
  refineMatch,
  type FineHashes,
  type FineMatch,
  type RelBox,
} from './fine-hashes';
import { locateInside, resampleBox } from './locate-inside';
import { probeLookups, storedLookupKeys } from './lookup-keys';
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
  /** pHashes of the picture's parts the store indexes (first stage of the reuse lookup, lookup-keys.ts). */
  keys: Hash64[];
  /** pHashes the store is probed with for this upload (whole, mirror, content box, windows, turned back a little). */
  probes: Hash64[];
  /** For each probe, the angle the picture was turned back by (null: not turned). */
  probeTurns: Array<number | null>;
  /** For each probe, the largest key distance at which it nominates a stored picture. */
  probeRadii: number[];
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
  const probes = probeLookups(g);
  return {
    phash,
    dhash,
    lookups: lookups.filter((l) => l.phash !== phash),
    fine: fineHashes(g),
    thumbnail: g,
    keys: storedLookupKeys(g),
    probes: probes.map((p) => p.hash),
    probeTurns: probes.map((p) => p.turn),
    probeRadii: probes.map((p) => p.radius),
  };
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

/** Correlation from which a place found by `locateInside` is judged by its fine hash (below it the search found nothing). */
const LOCATED_FROM = 0.5;
/**
 * Correlation from which a found place is refined whatever its first fine-hash agreement: the ~32 px
 * search puts a crop's edges only within a few percent, which can cost a true crop more than the
 * refinement's threshold (training copies: crops AUC 0.894 → 0.969, unrelated pairs' maximum unchanged).
 */
const LOCATED_REFINE_FROM = 0.75;

/** Version of `reuseSimilarity`, the placed fine-hash comparison (the product's second stage, `reuse_image`). */
export const REUSE_SIMILARITY_VERSION = 'fine-hashes-placed/2';

/** What the comparison needs of a picture: its fine hashes and thumbnail (a stored picture's come from its sealed reference). */
export type Comparable = Pick<ImageFingerprint, 'fine' | 'thumbnail'>;

/**
 * The best window-grid agreement of either picture's parts with the other's base hashes, refined when
 * close (no search; `refine: false` skips the refinement, a sub-millisecond first look).
 */
export function windowedSimilarity(a: Comparable, b: Comparable, refine = true): number {
  let best = 0;
  for (const [container, other] of [
    [a, b],
    [b, a],
  ] as const) {
    const m = bestFineMatch(container.fine, other.fine);
    if (m) best = Math.max(best, refine && m.similarity >= REFINE_FROM ? refineMatch(container.thumbnail, m) : m.similarity);
  }
  return best;
}

/**
 * Agreement of a given part of `container` (a box, mirrored or not) with `other`'s whole picture or
 * content box, refined when close: a place the caller already knows (the store's key that nominated
 * the pair), checked without searching.
 */
export function partSimilarity(container: Comparable, place: { box: RelBox; mirror: boolean }, other: Comparable, refine = true): number {
  const part = { box: place.box, mirror: place.mirror, hash: boxHash(container.thumbnail, place.box, place.mirror) };
  let best: FineMatch | null = null;
  for (const target of other.fine.base.filter((b) => !b.mirror)) {
    const similarity = fineSimilarity(part.hash, target.hash);
    if (!best || similarity > best.similarity) best = { similarity, part, other: target };
  }
  if (!best) return 0;
  return refine && best.similarity >= REFINE_FROM ? refineMatch(container.thumbnail, best) : best.similarity;
}

/** The place where either picture's whole best correlates inside the other (`locateInside`), judged by fine hashes (the costly part). */
export function placedSimilarity(a: Comparable, b: Comparable): number {
  let best = 0;
  for (const [container, other] of [
    [a, b],
    [b, a],
  ] as const) {
    const whole = other.fine.base[0];
    const place = whole ? locateInside(container.thumbnail, other.thumbnail) : null;
    if (!whole || !place || place.ncc < LOCATED_FROM) continue;
    const part = { box: place.box, mirror: place.mirror, hash: boxHash(container.thumbnail, place.box, place.mirror) };
    const similarity = fineSimilarity(part.hash, whole.hash);
    const refine = similarity >= REFINE_FROM || place.ncc >= LOCATED_REFINE_FROM;
    best = Math.max(best, refine ? refineMatch(container.thumbnail, { similarity, part, other: whole }) : similarity);
  }
  return best;
}

/**
 * Similarity 0..1 of two uploads as the reuse comparison ranks them: the best agreement of fine hashes
 * of either picture's parts with the other's whole (crops, screenshots, mirrors), refined when close.
 * The parts are the fixed window grid and the place where the other picture correlates best
 * (`locateInside`: crops of any size and position).
 */
export function reuseSimilarity(a: Comparable, b: Comparable): number {
  return Math.max(windowedSimilarity(a, b), placedSimilarity(a, b));
}
