import type { Plane } from '../image/raster';

/** A 64-bit perceptual hash as 16 lowercase hex digits (plain JSON; stored as bigint in PostgreSQL). */
export type Hash64 = string;

const dctCache = new Map<number, Float64Array>();
function dctMatrix(n: number): Float64Array {
  let m = dctCache.get(n);
  if (!m) {
    m = new Float64Array(n * n);
    for (let k = 0; k < n; k += 1) {
      for (let i = 0; i < n; i += 1)
        m[k * n + i] = Math.cos((Math.PI * (2 * i + 1) * k) / (2 * n)) * (k === 0 ? Math.sqrt(1 / n) : Math.sqrt(2 / n));
    }
    dctCache.set(n, m);
  }
  return m;
}

function bitsToHex(bits: boolean[]): Hash64 {
  let hex = '';
  for (let i = 0; i < 64; i += 4)
    hex += ((bits[i] ? 8 : 0) | (bits[i + 1] ? 4 : 0) | (bits[i + 2] ? 2 : 0) | (bits[i + 3] ? 1 : 0)).toString(16);
  return hex;
}

/** pHash of a 32×32 grey plane: signs of the 8×8 lowest DCT frequencies against their median (DC excluded). */
export function pHash(grey32: Plane): Hash64 {
  const n = 32;
  if (grey32.width !== n || grey32.height !== n) throw new RangeError('pHash needs a 32×32 plane');
  const m = dctMatrix(n);
  const low: number[] = [];
  // Only the 8×8 low block is needed: rows of M·X·Mᵀ for k, l < 8.
  const tmp = new Float64Array(8 * n);
  for (let k = 0; k < 8; k += 1) {
    for (let j = 0; j < n; j += 1) {
      let s = 0;
      for (let i = 0; i < n; i += 1) s += (m[k * n + i] as number) * (grey32.data[i * n + j] as number);
      tmp[k * n + j] = s;
    }
  }
  for (let k = 0; k < 8; k += 1) {
    for (let l = 0; l < 8; l += 1) {
      let s = 0;
      for (let j = 0; j < n; j += 1) s += (tmp[k * n + j] as number) * (m[l * n + j] as number);
      low.push(s);
    }
  }
  const sorted = low.slice(1).sort((a, b) => a - b);
  const median = ((sorted[31] as number) + (sorted[32] as number)) / 2;
  return bitsToHex(low.map((v) => v > median));
}

/** dHash of a 9×8 grey plane: whether each pixel is brighter than its right neighbour. */
export function dHash(grey9x8: Plane): Hash64 {
  if (grey9x8.width !== 9 || grey9x8.height !== 8) throw new RangeError('dHash needs a 9×8 plane');
  const bits: boolean[] = [];
  for (let y = 0; y < 8; y += 1)
    for (let x = 0; x < 8; x += 1) bits.push((grey9x8.data[y * 9 + x] as number) > (grey9x8.data[y * 9 + x + 1] as number));
  return bitsToHex(bits);
}

/** Number of differing bits between two 64-bit hashes. */
export function hammingDistance(a: Hash64, b: Hash64): number {
  let x = BigInt(`0x${a}`) ^ BigInt(`0x${b}`);
  let count = 0;
  while (x > 0n) {
    count += Number(x & 1n);
    x >>= 1n;
  }
  return count;
}

/** The hash as a signed 64-bit integer string (PostgreSQL bigint). */
export function hashToSignedBigint(hash: Hash64): string {
  return BigInt.asIntN(64, BigInt(`0x${hash}`)).toString();
}

/** A signed bigint string back to 16 hex digits. */
export function signedBigintToHash(value: string): Hash64 {
  return BigInt.asUintN(64, BigInt(value)).toString(16).padStart(16, '0');
}

/** The four 16-bit bands of a hash (high to low), each 0..65535: the keys of the indexed lookup. */
export function hashBands(hash: Hash64): [number, number, number, number] {
  return [0, 4, 8, 12].map((i) => parseInt(hash.slice(i, i + 4), 16)) as [number, number, number, number];
}

/** Every 16-bit value within `radius` bits of `band` (radius 0..2), for multi-index lookups. */
export function bandNeighbours(band: number, radius: number): number[] {
  const out = [band];
  if (radius >= 1) for (let i = 0; i < 16; i += 1) out.push(band ^ (1 << i));
  if (radius >= 2) for (let i = 0; i < 16; i += 1) for (let j = i + 1; j < 16; j += 1) out.push(band ^ (1 << i) ^ (1 << j));
  return out;
}
