// Peak statistics of a power spectrum: how far single frequencies stand above their neighbourhood.
// A display's pixel grid sampled by a camera sensor leaves narrow periodic peaks (moiré); paper,
// text and sensor noise leave a smooth spectrum apart from the axes and the JPEG 8-px grid.

/** Which bins of an n×n spectrum to read: mid/high frequencies off the axes and off the JPEG grid. */
export function peakMask(n: number, jpegPeriodPx: number | null, minRadius: number): Uint8Array {
  const mask = new Uint8Array(n * n);
  const gridStep = jpegPeriodPx ? n / jpegPeriodPx : 0;
  const nearGrid = (f: number): boolean => gridStep > 0 && Math.abs(f / gridStep - Math.round(f / gridStep)) * gridStep <= 1.01;
  // Only half the plane: the spectrum of a real image is symmetric.
  for (let v = 0; v <= n / 2; v += 1) {
    for (let u = 0; u < n; u += 1) {
      const fu = u <= n / 2 ? u : u - n;
      const r = Math.hypot(fu, v);
      if (r < minRadius || r > n / 2) continue;
      if (Math.abs(fu) <= 1 || v <= 1) continue;
      if (nearGrid(Math.abs(fu)) && nearGrid(v)) continue;
      if (nearGrid(Math.abs(fu)) && v <= 2) continue;
      if (nearGrid(v) && Math.abs(fu) <= 2) continue;
      mask[v * n + u] = 1;
    }
  }
  return mask;
}

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

/** Mean of the `k` largest masked excess values and the share of masked bins above `threshold`. */
export function peakStats(excess: Float64Array, mask: Uint8Array, k: number, threshold: number): { top: number; share: number } {
  const values: number[] = [];
  let above = 0;
  let total = 0;
  for (let i = 0; i < mask.length; i += 1) {
    if (mask[i] !== 1) continue;
    const e = excess[i] as number;
    total += 1;
    if (e > threshold) above += 1;
    values.push(e);
  }
  values.sort((a, b) => b - a);
  const topK = values.slice(0, k);
  const top = topK.length > 0 ? topK.reduce((s, v) => s + v, 0) / topK.length : 0;
  return { top, share: total > 0 ? above / total : 0 };
}
