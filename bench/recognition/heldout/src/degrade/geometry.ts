/** Projective mapping of the page into the photo, with optional page curl, edge blending and sensor noise. */

export type Point = [number, number];

/** Homography taking each `from` point to the matching `to` point (8 coefficients, h8 = 1). */
export function homography(from: readonly Point[], to: readonly Point[]): number[] {
  const rows: number[][] = [];
  for (let i = 0; i < 4; i++) {
    const [x, y] = from[i] as Point;
    const [u, v] = to[i] as Point;
    rows.push([x, y, 1, 0, 0, 0, -x * u, -y * u, u]);
    rows.push([0, 0, 0, x, y, 1, -x * v, -y * v, v]);
  }
  for (let col = 0; col < 8; col++) {
    let pivot = col;
    for (let r = col + 1; r < 8; r++) if (Math.abs((rows[r] as number[])[col] as number) > Math.abs((rows[pivot] as number[])[col] as number)) pivot = r;
    [rows[col], rows[pivot]] = [rows[pivot] as number[], rows[col] as number[]];
    const pivotRow = rows[col] as number[];
    const divisor = pivotRow[col] as number;
    for (let c = col; c < 9; c++) pivotRow[c] = (pivotRow[c] as number) / divisor;
    for (let r = 0; r < 8; r++) {
      if (r === col) continue;
      const row = rows[r] as number[];
      const factor = row[col] as number;
      for (let c = col; c < 9; c++) row[c] = (row[c] as number) - factor * (pivotRow[c] as number);
    }
  }
  return rows.map((row) => row[8] as number);
}

export interface Curl {
  /** Which page edge lifts. */
  edge: 'left' | 'right' | 'top' | 'bottom';
  /** Fraction of the page that bends (0.1-0.35). */
  extent: number;
  /** Strength of the compression near the edge. */
  strength: number;
  /** Gentle bulge of the whole sheet, in px. */
  bulge: number;
}

export interface WarpInput {
  page: Uint8ClampedArray;
  pageWidth: number;
  pageHeight: number;
  background: Uint8ClampedArray;
  width: number;
  height: number;
  /** Maps output pixel -> page pixel. */
  inverse: number[];
  curl: Curl | undefined;
  noise: number;
  noiseSeed: number;
}

/** Writes the warped page over the background; returns the output RGBA. */
export function warpPage(input: WarpInput): Uint8ClampedArray {
  const { page, pageWidth: pw, pageHeight: ph, width, height, inverse: h, curl } = input;
  const out = new Uint8ClampedArray(input.background);
  let state = input.noiseSeed | 1;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const w = (h[6] as number) * x + (h[7] as number) * y + 1;
      let u = ((h[0] as number) * x + (h[1] as number) * y + (h[2] as number)) / w;
      let v = ((h[3] as number) * x + (h[4] as number) * y + (h[5] as number)) / w;
      let shade = 1;
      if (curl) {
        const along = curl.edge === 'left' ? 1 - u / pw : curl.edge === 'right' ? u / pw : curl.edge === 'top' ? 1 - v / ph : v / ph;
        const start = 1 - curl.extent;
        if (along > start) {
          const t = (along - start) / curl.extent;
          const push = curl.strength * t * t * curl.extent;
          if (curl.edge === 'left') u -= push * pw;
          else if (curl.edge === 'right') u += push * pw;
          else if (curl.edge === 'top') v -= push * ph;
          else v += push * ph;
          shade = 1 - 0.22 * t * t;
        }
        v += curl.bulge * Math.sin((Math.PI * u) / pw) * (v / ph - 0.5);
        u += curl.bulge * 0.5 * Math.sin((Math.PI * v) / ph);
      }
      const edge = Math.min(u + 0.5, pw - 0.5 - u, v + 0.5, ph - 0.5 - v);
      if (edge <= 0) continue;
      const alpha = Math.min(1, edge);
      const u0 = Math.max(0, Math.min(pw - 2, Math.floor(u)));
      const v0 = Math.max(0, Math.min(ph - 2, Math.floor(v)));
      const fu = Math.max(0, Math.min(1, u - u0));
      const fv = Math.max(0, Math.min(1, v - v0));
      const i00 = (v0 * pw + u0) * 4;
      const i10 = i00 + 4;
      const i01 = i00 + pw * 4;
      const i11 = i01 + 4;
      state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff;
      const grain = input.noise > 0 ? ((state / 0x7fffffff) - 0.5) * input.noise : 0;
      const o = (y * width + x) * 4;
      for (let c = 0; c < 3; c++) {
        const top = (page[i00 + c] as number) * (1 - fu) + (page[i10 + c] as number) * fu;
        const bottom = (page[i01 + c] as number) * (1 - fu) + (page[i11 + c] as number) * fu;
        const value = (top * (1 - fv) + bottom * fv) * shade + grain;
        out[o + c] = value * alpha + (out[o + c] as number) * (1 - alpha);
      }
      out[o + 3] = 255;
    }
  }
  return out;
}
