import { boxHash, fineHashes } from './fine-hashes';
import { partSimilarity, placedSimilarity, windowedSimilarity, type Comparable } from './fingerprint-image';
import { lookupKeyPlaces, nearestKey, turnedBack } from './lookup-keys';
import type { Hash64 } from './perceptual-hash';
import type { ReuseReference } from './reuse-reference';

// The second stage of the reuse lookup (docs/adr/0037): each stored picture the keys nominated is
// verified against what the store keeps of it (its sealed reference). Every candidate gets a first
// look (window-grid fine hashes both ways, and the part of it whose key nominated it, unrefined); the
// costly checks (refinement, and the placed search `locateInside`, tens of milliseconds) run only for
// the few candidates the first look ranks highest, which bounds the lookup's time whatever the store
// holds. A candidate a turned probe nominated is compared with the upload turned back by that angle.

/** Most candidates the keys nominate for one upload, nearest key first. */
export const REUSE_CANDIDATES = 16;
/** Candidates (by cheap score) that also get the placed search. */
export const PLACED_SEARCHES = 2;

/**
 * A stored picture to verify: its reference, the number of the key that nominated it (null:
 * nominated otherwise), and the angle the upload's nominating probe was turned back by (null: none).
 */
export interface ReuseCandidate {
  reference: ReuseReference;
  keyNo: number | null;
  turn: number | null;
}

/** The upload as a turned probe saw it: turned back by `turn` at full thumbnail size (fine hashes of its whole only, or all). */
function turnedUpload(upload: Comparable, turn: number, all: boolean): Comparable {
  const thumbnail = turnedBack(upload.thumbnail, turn);
  if (!thumbnail) return upload;
  if (all) return { thumbnail, fine: fineHashes(thumbnail) };
  return { thumbnail, fine: { base: [{ box: [0, 0, 1, 1], mirror: false, hash: boxHash(thumbnail, [0, 0, 1, 1], false) }], windows: [] } };
}

/** Every check of one candidate: window grid both ways and the nominating part, refined, and the placed search. */
function fullScore(upload: Comparable, c: ReuseCandidate): number {
  const view = c.turn === null ? upload : turnedUpload(upload, c.turn, true);
  const place = c.keyNo === null ? undefined : lookupKeyPlaces(c.reference.thumbnail)[c.keyNo];
  return Math.max(
    windowedSimilarity(upload, c.reference),
    view === upload ? 0 : windowedSimilarity(view, c.reference),
    place ? partSimilarity(c.reference, place, view) : 0,
    placedSimilarity(view, c.reference),
  );
}

/** A first look at one candidate (no refinement, no search): fine-hash agreement of the window grids and of the nominating part. */
function quickScore(upload: Comparable, c: ReuseCandidate, turned: Map<number, Comparable>): number {
  let view = upload;
  if (c.turn !== null) {
    const known = turned.get(c.turn) ?? turnedUpload(upload, c.turn, false);
    turned.set(c.turn, known);
    view = known;
  }
  const place = c.keyNo === null ? undefined : lookupKeyPlaces(c.reference.thumbnail)[c.keyNo];
  return Math.max(
    windowedSimilarity(upload, c.reference, false),
    view === upload ? 0 : windowedSimilarity(view, c.reference, false),
    place ? partSimilarity(c.reference, place, view, false) : 0,
  );
}

/**
 * Verified similarity 0..1 of the upload with each candidate (same order): the score a reuse finding
 * reports. Every candidate gets a first look; the `PLACED_SEARCHES` it ranks highest get every check
 * (refinement and the placed search, tens of milliseconds each). A first look never exceeds the full
 * score, so a candidate left at its first look is never scored higher than it would be.
 */
export function verifyReuseCandidates(upload: Comparable, candidates: readonly ReuseCandidate[]): number[] {
  const turned = new Map<number, Comparable>();
  const scores = candidates.map((c) => quickScore(upload, c, turned));
  const ranked = scores
    .map((s, i) => ({ s, i }))
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .slice(0, PLACED_SEARCHES);
  for (const { i } of ranked) {
    const c = candidates[i];
    if (c) scores[i] = Math.max(scores[i] as number, fullScore(upload, c));
  }
  return scores;
}

/** A stored picture as the in-memory lookup sees it: its keys and reference. */
export interface StoredPicture {
  keys: readonly Hash64[];
  reference: ReuseReference;
}

/**
 * The store's two-stage lookup over pictures held in memory (what the bench measures; the product
 * runs the first stage in SQL with the same radii, order and limit): nominated indexes, nearest key
 * first, at most `REUSE_CANDIDATES`, and their verified scores.
 */
export function lookupReuse(
  upload: Comparable & { probes: readonly Hash64[]; probeTurns: ReadonlyArray<number | null>; probeRadii: readonly number[] },
  stored: readonly StoredPicture[],
): Array<{ index: number; distance: number; score: number }> {
  const nominated = stored
    .map((s, index) => ({ index, ...nearestKey(upload.probes, s.keys, upload.probeRadii) }))
    .filter((n) => n.keyNo >= 0)
    .sort((a, b) => a.distance - b.distance || a.index - b.index)
    .slice(0, REUSE_CANDIDATES);
  const scores = verifyReuseCandidates(
    upload,
    nominated.map((n) => ({
      reference: (stored[n.index] as StoredPicture).reference,
      keyNo: n.keyNo,
      turn: upload.probeTurns[n.probeNo] ?? null,
    })),
  );
  return nominated.map((n, k) => ({ index: n.index, distance: n.distance, score: scores[k] as number }));
}
