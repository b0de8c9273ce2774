import type { Plane } from '../image/raster';
import { contentBox, type RelBox } from './fine-hashes';
import { resampleBox } from './locate-inside';
import { pHash, type Hash64 } from './perceptual-hash';

// The first stage of the reuse lookup: which stored pictures are worth verifying. The store indexes
// 64-bit pHashes (multi-index bands) of parts of every stored picture: the whole, its mirror, its
// content box, and a grid of sub-windows (sides 0.55–0.9 of the content box), so that a later crop of
// it has a key near its own whole-picture hash. An upload is probed with its whole, mirror and
// content-box hashes and with its whole picture turned back by a few small angles (a copy rotated a
// little). A key hit only nominates a candidate: the finding comes from the fine, placed comparison
// (docs/adr/0037). 64-bit pHashes of parts cannot reproduce a picture, so the keys are kept in clear.

/** Largest pHash distance between a whole-picture probe (whole, mirror, content box) and a stored key that nominates a candidate (the band index answers ≤ 11 exactly). */
export const LOOKUP_KEY_RADIUS = 10;
/**
 * The same for the upload's window probes: a band radius of 1 instead of 2 (17 instead of 137 values
 * per band and probe), which keeps the first stage's index scan small with 25 probes (on training
 * copies: windows at 10 bits as well find 108 instead of 97 of 135 copies, but double the scan).
 */
export const LOOKUP_PART_RADIUS = 7;

/** Window sides (share of the content box) keyed besides the whole picture, and the step of their positions. */
const WINDOW_SIDES = [1, 0.85, 0.7, 0.55] as const;
const WINDOW_STEP = 0.15;
/** Largest difference between a window's width and height shares (a crop keeps roughly its picture's shape). */
const WINDOW_ASPECT_SPREAD = 0.3;
/** Window sides the upload is also probed with (a sticker or a new margin spoils the whole picture's hash, not all of its windows). */
const PROBE_WINDOW_SIDES = [0.85, 0.7] as const;
/** Angles (degrees) the upload is turned back by for the rotation probes. */
const PROBE_ANGLES = [-6, -4.5, -3, -1.5, 1.5, 3, 4.5, 6] as const;

const hashOfBox = (p: Plane, box: RelBox): Hash64 => pHash(resampleBox(p, box, 32, 32));

function mirrored(p: Plane): Plane {
  const out = new Float32Array(p.data.length);
  for (let y = 0; y < p.height; y += 1)
    for (let x = 0; x < p.width; x += 1) out[y * p.width + x] = p.data[y * p.width + p.width - 1 - x] as number;
  return { ...p, data: out };
}

/** A part of a picture a key is the pHash of: a box of it, sampled mirrored or not (as `boxHash` samples). */
export interface KeyPlace {
  box: RelBox;
  mirror: boolean;
}

/** Whole picture, mirror, and content box (and its mirror) when there is one. */
function basePlaces(p: Plane): KeyPlace[] {
  const places: KeyPlace[] = [
    { box: [0, 0, 1, 1], mirror: false },
    { box: [0, 0, 1, 1], mirror: true },
  ];
  const box = contentBox(p);
  if (box) places.push({ box, mirror: false }, { box: [1 - box[2], box[1], 1 - box[0], box[3]], mirror: true });
  return places;
}

/** pHash of a place; a mirrored place's box is in the mirrored picture's coordinates. */
function hashOfPlace(p: Plane, m: () => Plane, place: KeyPlace): Hash64 {
  return hashOfBox(place.mirror ? m() : p, place.box);
}

function placeHashes(p: Plane, places: readonly KeyPlace[]): Hash64[] {
  let m: Plane | null = null;
  const mirror = (): Plane => (m ??= mirrored(p));
  return places.map((place) => hashOfPlace(p, mirror, place));
}

/** Sub-windows of the content box on a grid: each side pair, positions every `WINDOW_STEP` of the slack. */
function windowBoxes(p: Plane, sides: readonly number[] = WINDOW_SIDES): RelBox[] {
  const [bx0, by0, bx1, by1] = contentBox(p) ?? [0, 0, 1, 1];
  const bw = bx1 - bx0;
  const bh = by1 - by0;
  const out: RelBox[] = [];
  for (const sx of sides) {
    for (const sy of sides) {
      if ((sx === 1 && sy === 1) || Math.abs(sx - sy) > WINDOW_ASPECT_SPREAD + 1e-9) continue;
      const nx = Math.round((1 - sx) / WINDOW_STEP) + 1;
      const ny = Math.round((1 - sy) / WINDOW_STEP) + 1;
      for (let a = 0; a < nx; a += 1) {
        for (let b = 0; b < ny; b += 1) {
          const x0 = bx0 + (nx > 1 ? a / (nx - 1) : 0) * (1 - sx) * bw;
          const y0 = by0 + (ny > 1 ? b / (ny - 1) : 0) * (1 - sy) * bh;
          out.push([x0, y0, x0 + sx * bw, y0 + sy * bh]);
        }
      }
    }
  }
  return out;
}

/** The parts of a picture the store keys, in key order (a key's number is its index here). */
export function lookupKeyPlaces(thumbnail: Plane): KeyPlace[] {
  return [...basePlaces(thumbnail), ...windowBoxes(thumbnail).map((box) => ({ box, mirror: false }))];
}

/** The keys the store indexes for a picture (from its ~256 px grey thumbnail), in the order of `lookupKeyPlaces`. */
export function storedLookupKeys(thumbnail: Plane): Hash64[] {
  return placeHashes(thumbnail, lookupKeyPlaces(thumbnail));
}

/**
 * `p` turned back by `degrees` about its centre: the upright picture a turn by that angle (onto a
 * canvas grown to hold it) implies, `outW`×`outH` (its own size when omitted), bilinear. Null when
 * the angle cannot have produced `p`.
 */
export function turnedBack(p: Plane, degrees: number, outW?: number, outH?: number): Plane | null {
  const t = (degrees * Math.PI) / 180;
  const c = Math.cos(t);
  const s = Math.abs(Math.sin(t));
  // A picture w×h turned by t fills a canvas (w·c + h·s)×(w·s + h·c): solve for w, h.
  const w = (p.width * c - p.height * s) / (c * c - s * s);
  const h = (p.height * c - p.width * s) / (c * c - s * s);
  if (w < 8 || h < 8) return null;
  const ow = outW ?? Math.round(w);
  const oh = outH ?? Math.round(h);
  const out = new Float32Array(ow * oh);
  const { width: W, height: H, data } = p;
  for (let j = 0; j < oh; j += 1) {
    for (let i = 0; i < ow; i += 1) {
      const u = ((i + 0.5) / ow - 0.5) * w;
      const v = ((j + 0.5) / oh - 0.5) * h;
      const x = Math.min(W - 1.001, Math.max(0, W / 2 + u * Math.cos(t) - v * Math.sin(t) - 0.5));
      const y = Math.min(H - 1.001, Math.max(0, H / 2 + u * Math.sin(t) + v * Math.cos(t) - 0.5));
      const xi = Math.floor(x);
      const yi = Math.floor(y);
      const ax = x - xi;
      const ay = y - yi;
      out[j * ow + i] =
        (1 - ax) * (1 - ay) * (data[yi * W + xi] as number) +
        ax * (1 - ay) * (data[yi * W + xi + 1] as number) +
        (1 - ax) * ay * (data[(yi + 1) * W + xi] as number) +
        ax * ay * (data[(yi + 1) * W + xi + 1] as number);
    }
  }
  return { width: ow, height: oh, data: out };
}

/** One hash an upload is looked up with, the angle it was turned back by (null: not turned), and the distance within which it nominates. */
export interface Probe {
  hash: Hash64;
  turn: number | null;
  radius: number;
}

/** What an upload is looked up with: whole, mirror, content box, the whole turned back by small angles, and a few windows. */
export function probeLookups(thumbnail: Plane): Probe[] {
  // Rotation probes are sampled from a 64 px view: 2× the hash grid, so the bilinear taps do not alias.
  const k = 64 / Math.max(thumbnail.width, thumbnail.height);
  const small = resampleBox(
    thumbnail,
    [0, 0, 1, 1],
    Math.max(8, Math.round(thumbnail.width * k)),
    Math.max(8, Math.round(thumbnail.height * k)),
  );
  const turned = PROBE_ANGLES.flatMap((turn) => {
    const q = turnedBack(small, turn, 32, 32);
    return q ? [{ hash: pHash(q), turn, radius: LOOKUP_KEY_RADIUS }] : [];
  });
  const whole = placeHashes(thumbnail, basePlaces(thumbnail)).map((hash) => ({ hash, turn: null, radius: LOOKUP_KEY_RADIUS }));
  const windows = windowBoxes(thumbnail, PROBE_WINDOW_SIDES).map((b) => ({
    hash: hashOfBox(thumbnail, b),
    turn: null,
    radius: LOOKUP_PART_RADIUS,
  }));
  return [...whole, ...windows, ...turned];
}

function popcount32(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Hamming distance of two 16-hex-digit hashes (number arithmetic: the store's hot path and the bench's). */
export function keyDistance(a: Hash64, b: Hash64): number {
  const hi = (parseInt(a.slice(0, 8), 16) ^ parseInt(b.slice(0, 8), 16)) >>> 0;
  const lo = (parseInt(a.slice(8), 16) ^ parseInt(b.slice(8), 16)) >>> 0;
  return popcount32(hi) + popcount32(lo);
}

/**
 * The nearest stored key to any probe within that probe's radius (`radii`, one per probe; all
 * LOOKUP_KEY_RADIUS when omitted): its distance, its number (where in the stored picture the upload
 * may sit) and the probe's number; distance 65 when none is within reach (not nominated).
 */
export function nearestKey(
  probes: readonly Hash64[],
  keys: readonly Hash64[],
  radii?: readonly number[],
): { distance: number; keyNo: number; probeNo: number } {
  let best = { distance: 65, keyNo: -1, probeNo: -1 };
  keys.forEach((k, keyNo) => {
    probes.forEach((p, probeNo) => {
      const distance = keyDistance(p, k);
      if (distance < best.distance && distance <= (radii?.[probeNo] ?? LOOKUP_KEY_RADIUS)) best = { distance, keyNo, probeNo };
    });
  });
  return best;
}

/** Smallest distance between any probe and any stored key (any distance; 64 at most). */
export function nearestKeyDistance(probes: readonly Hash64[], keys: readonly Hash64[]): number {
  let best = 64;
  for (const p of probes) for (const k of keys) best = Math.min(best, keyDistance(p, k));
  return best;
}
