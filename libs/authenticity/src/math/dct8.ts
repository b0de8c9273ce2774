// Orthonormal 8×8 DCT-II, the transform JPEG quantises (coefficient = step × quantised level).

/** Rows u of the orthonormal 8-point DCT-II basis (DCT8_BASIS[u * 8 + x]). */
export const DCT8_BASIS = (() => {
  const b = new Float64Array(64);
  for (let u = 0; u < 8; u += 1) {
    const c = u === 0 ? Math.SQRT1_2 : 1;
    for (let x = 0; x < 8; x += 1) b[u * 8 + x] = 0.5 * c * Math.cos(((2 * x + 1) * u * Math.PI) / 16);
  }
  return b;
})();

/** DCT of the 8×8 block at (x0, y0) of a row-major plane of `width`, into `out` (natural order). */
export function dct8x8(
  data: ArrayLike<number>,
  width: number,
  x0: number,
  y0: number,
  out: Float64Array,
  tmp: Float64Array = new Float64Array(64),
): void {
  for (let y = 0; y < 8; y += 1) {
    const row = (y0 + y) * width + x0;
    for (let u = 0; u < 8; u += 1) {
      let s = 0;
      for (let x = 0; x < 8; x += 1) s += (DCT8_BASIS[u * 8 + x] as number) * ((data[row + x] as number) - 128);
      tmp[y * 8 + u] = s;
    }
  }
  for (let v = 0; v < 8; v += 1) {
    for (let u = 0; u < 8; u += 1) {
      let s = 0;
      for (let y = 0; y < 8; y += 1) s += (DCT8_BASIS[v * 8 + y] as number) * (tmp[y * 8 + u] as number);
      out[v * 8 + u] = s;
    }
  }
}
