import type { Plane } from '../image/raster';

/** Copy-move outcome: how many blocks agree on one displacement, and the two regions. */
export interface CopyMoveResult {
  score: number;
  matchedBlocks: number;
  shift: [number, number] | null;
  /** Source and target regions in working pixels. */
  regions: Array<[number, number, number, number]>;
}

const B = 16;
const STRIDE = 4;
const MIN_SHIFT = 32;
const MIN_STD = 12;
/** Matched blocks at which the score reaches 0.5 (calibrated on bench development seeds). */
export const COPY_MOVE_HALF_SCORE_BLOCKS = 24;

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
          for (let dy = 0; dy < 4; dy += 1) for (let dx = 0; dx < 4; dx += 1) s += p.data[(y + cy * 4 + dy) * p.width + x + cx * 4 + dx] as number;
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

/**
 * Block matching: normalised 16×16 block signatures are sorted so that near-identical blocks sit
 * together; pairs far apart that agree on one displacement vector form a copied region.
 */
export function detectCopyMove(grey: Plane): CopyMoveResult {
  const blocks = features(grey).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const votes = new Map<string, Array<[BlockFeature, BlockFeature]>>();
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
      const sign = dy < 0 || (dy === 0 && dx < 0) ? -1 : 1;
      const key = `${Math.round((sign * dx) / 4)},${Math.round((sign * dy) / 4)}`;
      const list = votes.get(key) ?? [];
      list.push(sign === 1 ? [a, b] : [b, a]);
      votes.set(key, list);
    }
  }
  let best: Array<[BlockFeature, BlockFeature]> = [];
  let bestKey: string | null = null;
  for (const [key, pairs] of votes) {
    // Distinct source positions only: a flat repeated pattern must not count one block many times.
    const distinct = new Set(pairs.map(([a]) => `${a.x},${a.y}`)).size;
    if (distinct > new Set(best.map(([a]) => `${a.x},${a.y}`)).size) {
      best = pairs;
      bestKey = key;
    }
  }
  const matched = new Set(best.map(([a]) => `${a.x},${a.y}`)).size;
  const box = (pts: BlockFeature[]): [number, number, number, number] => {
    const xs = pts.map((p) => p.x);
    const ys = pts.map((p) => p.y);
    return [Math.min(...xs), Math.min(...ys), Math.max(...xs) - Math.min(...xs) + B, Math.max(...ys) - Math.min(...ys) + B];
  };
  const shift = bestKey ? (bestKey.split(',').map((v) => Number(v) * 4) as [number, number]) : null;
  return {
    score: matched / (matched + COPY_MOVE_HALF_SCORE_BLOCKS),
    matchedBlocks: matched,
    shift,
    regions: best.length > 0 ? [box(best.map(([a]) => a)), box(best.map(([, b]) => b))] : [],
  };
}
