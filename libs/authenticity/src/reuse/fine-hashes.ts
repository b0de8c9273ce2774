import type { Plane } from '../image/raster';

// Crop- and screenshot-tolerant fingerprints for reuse. A copy passed on is often cropped, shown in
// a screenshot (the picture inside status, title and navigation bars), mirrored or rotated a little;
// a whole-image hash misses all of these. Fine hashes (the signs of the 24×24 lowest DCT
// frequencies of a 48×48 sample, 575 bits) are taken of the whole picture, of its content box (the
// picture without uniform margins) and of sub-windows covering 49–90 % of it, and of the mirrored
// picture; two uploads are as similar as their best-matching pair of hashes. Many bits make
// documents rendered from one template, or PDF-viewer screenshots, tell apart (docs/adr/0019).

const S = 48;
const HS = 24;
const BITS = HS * HS - 1;
const WORDS = Math.ceil(BITS / 32);

/** One fine hash, as 32-bit words. */
export type FineHash = Uint32Array;

/** A fine hash and the part of the picture it was taken of. */
export interface BoxHash {
  box: RelBox;
  mirror: boolean;
  hash: FineHash;
}

/** The fine hashes of one image. */
export interface FineHashes {
  /** Whole picture, content box, and the mirrored versions of both. */
  base: BoxHash[];
  /** Sub-windows of the content box (crops). */
  windows: BoxHash[];
}

/** Relative box [x0, y0, x1, y1] of a plane. */
export type RelBox = readonly [number, number, number, number];

const dct = (() => {
  const m = new Float64Array(S * S);
  for (let k = 0; k < S; k += 1)
    for (let i = 0; i < S; i += 1)
      m[k * S + i] = Math.cos((Math.PI * (2 * i + 1) * k) / (2 * S)) * (k === 0 ? Math.sqrt(1 / S) : Math.sqrt(2 / S));
  return m;
})();

/** Bilinear 2×2-tap sample of a relative box of `p` onto an S×S grid, optionally mirrored. */
function sample(p: Plane, box: RelBox, mirror: boolean): Float64Array {
  const { width: w, height: h, data } = p;
  const out = new Float64Array(S * S);
  const [x0, y0, x1, y1] = box;
  for (let j = 0; j < S; j += 1) {
    for (let i = 0; i < S; i += 1) {
      let s = 0;
      for (let dy = 0; dy < 2; dy += 1) {
        const fy = y0 + ((y1 - y0) * (j + 0.25 + dy * 0.5)) / S;
        const py = Math.min(h - 1, Math.max(0, fy * h - 0.5));
        const yi = Math.floor(py);
        const ay = py - yi;
        const y2 = Math.min(h - 1, yi + 1);
        for (let dx = 0; dx < 2; dx += 1) {
          let fx = x0 + ((x1 - x0) * (i + 0.25 + dx * 0.5)) / S;
          if (mirror) fx = 1 - fx;
          const px = Math.min(w - 1, Math.max(0, fx * w - 0.5));
          const xi = Math.floor(px);
          const ax = px - xi;
          const x2 = Math.min(w - 1, xi + 1);
          s +=
            (1 - ax) * (1 - ay) * (data[yi * w + xi] as number) +
            ax * (1 - ay) * (data[yi * w + x2] as number) +
            (1 - ax) * ay * (data[y2 * w + xi] as number) +
            ax * ay * (data[y2 * w + x2] as number);
        }
      }
      out[j * S + i] = s / 4;
    }
  }
  return out;
}

/** Signs of the HS×HS lowest DCT coefficients (DC left out) against their median. */
function hashOf(g: Float64Array): FineHash {
  const tmp = new Float64Array(HS * S);
  for (let k = 0; k < HS; k += 1) {
    for (let j = 0; j < S; j += 1) {
      let s = 0;
      for (let i = 0; i < S; i += 1) s += (dct[k * S + i] as number) * (g[i * S + j] as number);
      tmp[k * S + j] = s;
    }
  }
  const low = new Float64Array(HS * HS);
  for (let k = 0; k < HS; k += 1) {
    for (let l = 0; l < HS; l += 1) {
      let s = 0;
      for (let j = 0; j < S; j += 1) s += (tmp[k * S + j] as number) * (dct[l * S + j] as number);
      low[k * HS + l] = s;
    }
  }
  const ac = low.subarray(1);
  const median = Float64Array.from(ac).sort()[Math.floor(ac.length / 2)] as number;
  const out = new Uint32Array(WORDS);
  for (let b = 0; b < BITS; b += 1) if ((ac[b] as number) > median) out[b >>> 5] = (out[b >>> 5] as number) | (1 << (b & 31));
  return out;
}

/**
 * The content box: the longest run of rows that are not uniform, then the columns within it that are
 * not uniform. A screenshot's bars and a gallery's black or white margins fall away; a photograph
 * keeps its whole frame. Null when nothing would be trimmed or the box is implausibly small.
 */
export function contentBox(p: Plane): RelBox | null {
  const { width: w, height: h, data } = p;
  const busyRow = (y: number, x0: number, x1: number): boolean => {
    let s = 0;
    let s2 = 0;
    for (let x = x0; x < x1; x += 1) {
      const v = data[y * w + x] as number;
      s += v;
      s2 += v * v;
    }
    const n = x1 - x0;
    return Math.sqrt(Math.max(0, s2 / n - (s / n) ** 2)) > 4;
  };
  let best: [number, number] = [0, -1];
  let start = -1;
  for (let y = 0; y <= h; y += 1) {
    if (y < h && busyRow(y, 0, w)) {
      if (start < 0) start = y;
      continue;
    }
    if (start >= 0 && y - start > best[1] - best[0] + 1) best = [start, y - 1];
    start = -1;
  }
  const [r0, r1] = best;
  if (r1 < r0) return null;
  const busyCol = (x: number): boolean => {
    let s = 0;
    let s2 = 0;
    for (let y = r0; y <= r1; y += 1) {
      const v = data[y * w + x] as number;
      s += v;
      s2 += v * v;
    }
    const n = r1 - r0 + 1;
    return Math.sqrt(Math.max(0, s2 / n - (s / n) ** 2)) > 4;
  };
  let c0 = 0;
  while (c0 < w && !busyCol(c0)) c0 += 1;
  let c1 = w - 1;
  while (c1 > c0 && !busyCol(c1)) c1 -= 1;
  if (c0 >= c1) return null;
  const box: RelBox = [c0 / w, r0 / h, (c1 + 1) / w, (r1 + 1) / h];
  const area = (box[2] - box[0]) * (box[3] - box[1]);
  return area > 0.1 && area < 0.95 ? box : null;
}

/** Sub-windows of a box: sides 0.7, 0.8, 0.9 (and 1) of it in each direction, at its corners, edges and centre. */
function subWindows(box: RelBox): RelBox[] {
  const [bx0, by0, bx1, by1] = box;
  const bw = bx1 - bx0;
  const bh = by1 - by0;
  const out: RelBox[] = [];
  const sides = [1, 0.9, 0.8, 0.7];
  for (const sx of sides) {
    for (const sy of sides) {
      if (sx === 1 && sy === 1) continue;
      for (const a of sx === 1 ? [0] : [0, 0.5, 1]) {
        for (const b of sy === 1 ? [0] : [0, 0.5, 1]) {
          const x0 = bx0 + a * (1 - sx) * bw;
          const y0 = by0 + b * (1 - sy) * bh;
          out.push([x0, y0, x0 + sx * bw, y0 + sy * bh]);
        }
      }
    }
  }
  return out;
}

/** Fine hashes of a grey plane (about 256 px on the longer side). */
export function fineHashes(p: Plane): FineHashes {
  const whole: RelBox = [0, 0, 1, 1];
  const content = contentBox(p);
  const of = (box: RelBox, mirror: boolean): BoxHash => ({ box, mirror, hash: hashOf(sample(p, box, mirror)) });
  const base = [of(whole, false), of(whole, true)];
  if (content) base.push(of(content, false), of(content, true));
  const windows = subWindows(content ?? whole).map((b) => of(b, false));
  return { base, windows };
}

/** Fine hash of a relative box of a plane. */
export function boxHash(p: Plane, box: RelBox, mirror: boolean): FineHash {
  return hashOf(sample(p, box, mirror));
}

function popcount32(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Share of agreeing bits of two fine hashes. */
export function fineSimilarity(a: FineHash, b: FineHash): number {
  let d = 0;
  for (let i = 0; i < a.length; i += 1) d += popcount32(((a[i] as number) ^ (b[i] as number)) >>> 0);
  return 1 - d / BITS;
}

/** The best-agreeing pair: a part of `container` and a base hash of the other picture. */
export interface FineMatch {
  similarity: number;
  /** The part of the container that matched. */
  part: BoxHash;
  /** The other picture's base hash it matched. */
  other: BoxHash;
}

/** Best agreement between any base or window hash of `container` and any base hash of `other`. */
export function bestFineMatch(container: FineHashes, other: FineHashes): FineMatch | null {
  let best: FineMatch | null = null;
  for (const y of other.base) {
    for (const x of [...container.base, ...container.windows]) {
      const s = fineSimilarity(x.hash, y.hash);
      if (!best || s > best.similarity) best = { similarity: s, part: x, other: y };
    }
  }
  return best;
}

/**
 * Refines a match by moving the edges of the container's part (hill-climbing in steps of 4, 2, then
 * 1 % of the picture) while its hash agrees better with the other picture's: a crop or a
 * screenshot rarely falls on the window grid.
 */
export function refineMatch(container: Plane, match: FineMatch): number {
  let box = [...match.part.box] as [number, number, number, number];
  const target = match.other.hash;
  // Resample the container exactly as the matched part was (mirrored or not); the target stays fixed.
  const mirror = match.part.mirror;
  let best = fineSimilarity(boxHash(container, box, mirror), target);
  for (const step of [0.04, 0.02, 0.01]) {
    for (let round = 0; round < 4; round += 1) {
      let improved = false;
      for (let edge = 0; edge < 4; edge += 1) {
        for (const d of [-step, step]) {
          const next = [...box] as [number, number, number, number];
          next[edge] = Math.min(1, Math.max(0, (next[edge] as number) + d));
          if (next[2] - next[0] < 0.3 || next[3] - next[1] < 0.2) continue;
          const s = fineSimilarity(boxHash(container, next, mirror), target);
          if (s > best) {
            best = s;
            box = next;
            improved = true;
          }
        }
      }
      if (!improved) break;
    }
  }
  return best;
}
