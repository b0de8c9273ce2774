import type { Rgb } from '../image/raster';
import { dct8x8 } from '../math/dct8';

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
  const out = new Float64Array(64);
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
      dct8x8(block, 8, 0, 0, out, tmp);
      for (let j = 0; j < F; j += 1) coeffs[i * F + j] = out[freqs[j] as number] as number;
    }
  }
  return { bw, bh, freqs, coeffs, valid };
}
