import type { Rgb } from '../image/raster';
import { DCT8_BASIS } from '../math/dct8';

// DCT coefficients of the luma of every 8×8 block on the grid anchored at (0, 0): where a JPEG
// encoder would have quantised them. Blocks touching clipped pixels are left out (clipping breaks
// the quantisation lattice for reasons that have nothing to do with editing).

/** Natural (row-major 8×8) indices of the first AC frequencies in zig-zag order. */
export const ZIGZAG_AC = [1, 8, 16, 9, 2, 3, 10, 17, 24, 32, 25, 18, 11, 4, 5, 12, 19, 26, 33, 40, 48, 41, 34, 27, 20, 13, 6, 7];

/** Coefficients of `freqs` for each block (block-major), and which blocks are usable. */
export interface BlockGrid {
  bw: number;
  bh: number;
  freqs: readonly number[];
  coeffs: Float32Array;
  valid: Uint8Array;
}

/** Block DCT of the luma (JPEG's Y = 0.299 R + 0.587 G + 0.114 B) of `rgb` at `freqs`. */
export function blockDct(rgb: Rgb, freqs: readonly number[]): BlockGrid {
  const { width, height, data } = rgb;
  const bw = Math.floor(width / 8);
  const bh = Math.floor(height / 8);
  const F = freqs.length;
  const coeffs = new Float32Array(bw * bh * F);
  const valid = new Uint8Array(bw * bh);
  const block = new Float64Array(64);
  // Only the wanted coefficients are transformed: the row pass for the horizontal frequencies they
  // use, the column pass for each wanted (v, u). Same sums in the same order as the full 8×8 DCT.
  const us = Int32Array.from(new Set(freqs.map((f) => f % 8)));
  const fu = Int32Array.from(freqs, (f) => f % 8);
  const fv = Int32Array.from(freqs, (f) => (f - (f % 8)) / 8);
  const tmp = new Float64Array(64);
  for (let by = 0; by < bh; by += 1) {
    for (let bx = 0; bx < bw; bx += 1) {
      let clipped = false;
      for (let y = 0; y < 8 && !clipped; y += 1) {
        let p = ((by * 8 + y) * width + bx * 8) * 3;
        for (let x = 0; x < 8; x += 1, p += 3) {
          const r = data[p] as number;
          const g = data[p + 1] as number;
          const b = data[p + 2] as number;
          if (r === 0 || r === 255 || g === 0 || g === 255 || b === 0 || b === 255) {
            clipped = true;
            break;
          }
          block[y * 8 + x] = 0.299 * r + 0.587 * g + 0.114 * b;
        }
      }
      if (clipped) continue;
      const i = by * bw + bx;
      valid[i] = 1;
      for (let y = 0; y < 8; y += 1) {
        for (let k = 0; k < us.length; k += 1) {
          const u = us[k] as number;
          let s = 0;
          for (let x = 0; x < 8; x += 1) s += (DCT8_BASIS[u * 8 + x] as number) * ((block[y * 8 + x] as number) - 128);
          tmp[y * 8 + u] = s;
        }
      }
      for (let j = 0; j < F; j += 1) {
        const u = fu[j] as number;
        const v = fv[j] as number;
        let s = 0;
        for (let y = 0; y < 8; y += 1) s += (DCT8_BASIS[v * 8 + y] as number) * (tmp[y * 8 + u] as number);
        coeffs[i * F + j] = s;
      }
    }
  }
  return { bw, bh, freqs, coeffs, valid };
}
