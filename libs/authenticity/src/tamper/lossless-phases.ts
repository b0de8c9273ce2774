import { MIN_COEFFS, type FreqModel } from './trace-types';

// An image without a quantisation table (PNG, lossless WebP...) that was once JPEG-compressed: the
// coefficient phases 2πc/q1 are tested directly (Rayleigh test for q1 per frequency, von Mises model
// of the compliant phase).

/** Earlier step of one frequency of an image without a table: Rayleigh test of phases 2πc/q. */
export function fitLosslessFrequency(values: Float32Array, F: number, slot: number, valid: Uint8Array, index: number): FreqModel | null {
  const cs: number[] = [];
  for (let b = 0; b < valid.length; b += 1) {
    if (!valid[b]) continue;
    const c = values[b * F + slot] as number;
    if (Math.abs(c) >= 1.5) cs.push(c);
  }
  if (cs.length < MIN_COEFFS) return null;
  // The step is estimated on at most 6000 coefficients (deterministic stride).
  const stride = Math.max(1, Math.floor(cs.length / 6000));
  const sample = stride > 1 ? cs.filter((_, i) => i % stride === 0) : cs;
  let best = { q: 0, r: 0, z: 0 };
  for (let q = 2; q <= 48; q += 1) {
    let re = 0;
    let im = 0;
    let n = 0;
    for (const c of sample) {
      if (Math.abs(c) < q / 2) continue;
      const t = (2 * Math.PI * c) / q;
      re += Math.cos(t);
      im += Math.sin(t);
      n += 1;
    }
    if (n < 100) continue;
    const r = Math.hypot(re, im) / n;
    const z = n * r * r;
    if (z > 30 && r > best.r + 0.02) best = { q, r, z };
  }
  if (best.q === 0 || best.r < 0.3) return null;
  const r = Math.min(0.98, best.r);
  const kappa = (r * (2 - r * r)) / (1 - r * r);
  const logI0 = Math.log(besselI0(kappa));
  const q = best.q;
  return {
    slot,
    index,
    step: q,
    z: best.z,
    llr: (c: number) => {
      if (Math.abs(c) < q / 2) return null;
      return -(kappa * Math.cos((2 * Math.PI * c) / q) - logI0);
    },
  };
}

function besselI0(x: number): number {
  let sum = 1;
  let term = 1;
  for (let k = 1; k < 60; k += 1) {
    term *= (x / (2 * k)) ** 2;
    sum += term;
    if (term < 1e-12 * sum) break;
  }
  return sum;
}
