// How far single frequencies of a power spectrum stand above their neighbourhood: a display's pixel
// grid sampled by a camera sensor leaves narrow periodic peaks (moiré).

/** Log spectrum minus its (2h+1)² local mean (wrapping), i.e. how much each bin sticks out. */
export function peakExcess(power: Float64Array, n: number, h = 3): Float64Array {
  const log = new Float64Array(n * n);
  for (let i = 0; i < n * n; i += 1) log[i] = Math.log((power[i] as number) + 1e-9);
  const rows = new Float64Array(n * n);
  for (let y = 0; y < n; y += 1) {
    for (let x = 0; x < n; x += 1) {
      let s = 0;
      for (let d = -h; d <= h; d += 1) s += log[y * n + ((x + d + n) % n)] as number;
      rows[y * n + x] = s;
    }
  }
  const out = new Float64Array(n * n);
  const area = (2 * h + 1) ** 2;
  for (let y = 0; y < n; y += 1) {
    for (let x = 0; x < n; x += 1) {
      let s = 0;
      for (let d = -h; d <= h; d += 1) s += rows[((y + d + n) % n) * n + x] as number;
      out[y * n + x] = (log[y * n + x] as number) - s / area;
    }
  }
  return out;
}
