import type { Plane } from '../image/raster';

// Copy-move: a region pasted elsewhere in the same picture. Documents repeat their printed structure
// (glyphs, table cells, 2-D code modules, guilloche, microtext), so similar content proves nothing.
// What a copy carries and a reprint does not is the same noise: sensor grain, paper texture and JPEG
// error are copied with the pixels, while two printings of one glyph were photographed with
// different noise. Candidate block pairs are found by content signature, then kept only when their
// high-pass residuals (content removed) correlate; the residual correlation of printed repeats is
// near zero (docs/adr/0019).

/** Copy-move outcome: how many blocks agree on one displacement, and the two regions. */
export interface CopyMoveResult {
  score: number;
  matchedBlocks: number;
  /** Mean residual correlation of the matched block pairs. */
  residualCorrelation: number;
  shift: [number, number] | null;
  /** Source and target regions in working pixels. */
  regions: Array<[number, number, number, number]>;
}

const B = 16;
const STRIDE = 4;
const MIN_SHIFT = 32;
const MIN_STD = 8;
/** Residual correlation above which two blocks count as one copied patch rather than a reprint. */
const MIN_RESIDUAL_CORRELATION = 0.55;
/** Matched blocks at which the score reaches 0.5. */
export const COPY_MOVE_HALF_SCORE_BLOCKS = 12;

interface BlockFeature {
  x: number;
  y: number;
  f: Float32Array;
  key: string;
}

function features(p: Plane): BlockFeature[] {
  const out: BlockFeature[] = [];
  for (let y = 0; y + B <= p.height; y += STRIDE) {
    for (let x = 0; x + B <= p.width; x += STRIDE) {
      // 4×4 cell means of the 16×16 block, mean-removed and normalised: robust to recompression.
      const f = new Float32Array(16);
      let mean = 0;
      for (let cy = 0; cy < 4; cy += 1) {
        for (let cx = 0; cx < 4; cx += 1) {
          let s = 0;
          for (let dy = 0; dy < 4; dy += 1)
            for (let dx = 0; dx < 4; dx += 1) s += p.data[(y + cy * 4 + dy) * p.width + x + cx * 4 + dx] as number;
          f[cy * 4 + cx] = s / 16;
          mean += s / 16;
        }
      }
      mean /= 16;
      let v = 0;
      for (let i = 0; i < 16; i += 1) v += ((f[i] as number) - mean) ** 2;
      const std = Math.sqrt(v / 16);
      if (std < MIN_STD) continue;
      for (let i = 0; i < 16; i += 1) f[i] = ((f[i] as number) - mean) / std;
      const key = Array.from(f.subarray(0, 6), (q) => Math.round(q * 2)).join(',');
      out.push({ x, y, f, key });
    }
  }
  return out;
}

/** High-pass residual: the plane minus its 3×3 mean (content removed, noise and fine texture kept). */
function residual(p: Plane): Float32Array {
  const { width: w, height: h, data } = p;
  const r = new Float32Array(w * h);
  for (let y = 1; y < h - 1; y += 1) {
    for (let x = 1; x < w - 1; x += 1) {
      let s = 0;
      for (let dy = -1; dy <= 1; dy += 1) for (let dx = -1; dx <= 1; dx += 1) s += data[(y + dy) * w + x + dx] as number;
      r[y * w + x] = (data[y * w + x] as number) - s / 9;
    }
  }
  return r;
}

/** Correlation of the residuals of two blocks, on their pixels away from strong edges (where noise is what remains). */
function residualCorrelation(r: Float32Array, p: Plane, a: BlockFeature, b: BlockFeature): number {
  const w = p.width;
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  let n = 0;
  for (let y = 1; y < B - 1; y += 1) {
    for (let x = 1; x < B - 1; x += 1) {
      const ia = (a.y + y) * w + a.x + x;
      const ib = (b.y + y) * w + b.x + x;
      const ga =
        Math.abs((p.data[ia + 1] as number) - (p.data[ia - 1] as number)) +
        Math.abs((p.data[ia + w] as number) - (p.data[ia - w] as number));
      if (ga > 40) continue;
      const va = r[ia] as number;
      const vb = r[ib] as number;
      sab += va * vb;
      saa += va * va;
      sbb += vb * vb;
      n += 1;
    }
  }
  if (n < 40 || saa <= 1e-6 || sbb <= 1e-6) return 0;
  return sab / Math.sqrt(saa * sbb);
}

/**
 * Block matching: normalised 16×16 block signatures are sorted so that near-identical blocks sit
 * together; pairs far apart whose residuals also correlate vote for their displacement; the
 * displacement with most distinct source blocks is the copied region.
 */
export function detectCopyMove(grey: Plane): CopyMoveResult {
  const blocks = features(grey).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const r = residual(grey);
  const votes = new Map<string, Array<{ a: BlockFeature; b: BlockFeature; rho: number }>>();
  for (let i = 0; i < blocks.length; i += 1) {
    const a = blocks[i] as BlockFeature;
    for (let j = i + 1; j < Math.min(blocks.length, i + 8); j += 1) {
      const b = blocks[j] as BlockFeature;
      if (b.key !== a.key) break;
      const dx = b.x - a.x;
      const dy = b.y - a.y;
      if (Math.hypot(dx, dy) < MIN_SHIFT) continue;
      let d = 0;
      for (let k = 0; k < 16; k += 1) d += ((a.f[k] as number) - (b.f[k] as number)) ** 2;
      if (d > 0.12) continue;
      const rho = residualCorrelation(r, grey, a, b);
      if (rho < MIN_RESIDUAL_CORRELATION) continue;
      const sign = dy < 0 || (dy === 0 && dx < 0) ? -1 : 1;
      const key = `${Math.round((sign * dx) / 4)},${Math.round((sign * dy) / 4)}`;
      const list = votes.get(key) ?? [];
      list.push(sign === 1 ? { a, b, rho } : { a: b, b: a, rho });
      votes.set(key, list);
    }
  }
  let best: Array<{ a: BlockFeature; b: BlockFeature; rho: number }> = [];
  let bestKey: string | null = null;
  let bestDistinct = 0;
  for (const [key, pairs] of votes) {
    // Distinct source positions only: a flat repeated pattern must not count one block many times.
    const distinct = new Set(pairs.map(({ a }) => `${a.x},${a.y}`)).size;
    if (distinct > bestDistinct) {
      best = pairs;
      bestKey = key;
      bestDistinct = distinct;
    }
  }
  const box = (pts: BlockFeature[]): [number, number, number, number] => {
    const xs = pts.map((p) => p.x);
    const ys = pts.map((p) => p.y);
    return [Math.min(...xs), Math.min(...ys), Math.max(...xs) - Math.min(...xs) + B, Math.max(...ys) - Math.min(...ys) + B];
  };
  const shift = bestKey ? (bestKey.split(',').map((v) => Number(v) * 4) as [number, number]) : null;
  return {
    score: bestDistinct / (bestDistinct + COPY_MOVE_HALF_SCORE_BLOCKS),
    matchedBlocks: bestDistinct,
    residualCorrelation: best.length > 0 ? best.reduce((s, p) => s + p.rho, 0) / best.length : 0,
    shift,
    regions: best.length > 0 ? [box(best.map(({ a }) => a)), box(best.map(({ b }) => b))] : [],
  };
}
