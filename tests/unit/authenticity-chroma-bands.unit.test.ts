import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chromaBandFeatures, type Rgb } from '@uplift/authenticity';
import { Rng } from '@uplift/evidence-synth';

// The colour-band recapture features: a page whose fine structure carries colour (sub-pixel stripes
// beating against the photosites: R, G and B periodic out of phase) reads far more colour-difference
// power at middle frequencies than the same page with a grey pattern of the same period (ink on
// paper: every channel darkens together), or with grey sensor noise.

function gaussian(r: Rng): number {
  return Math.sqrt(-2 * Math.log(Math.max(1e-12, r.next()))) * Math.cos(2 * Math.PI * r.next());
}

/** A bright page with black text lines, a periodic pattern (per-channel phase offsets) and grey noise. */
function page(seed: number, phases: [number, number, number], amplitude: number): Rgb {
  const w = 640;
  const h = 512;
  const r = new Rng(seed);
  const data = new Uint8Array(w * h * 3);
  const f = 0.07; // cycles per pixel: a beat of the lattice against the photosites
  for (let y = 0; y < h; y += 1) {
    const text = y % 96 > 80 && y % 96 < 90;
    for (let x = 0; x < w; x += 1) {
      const base = text && x % 40 < 28 ? 40 : 215;
      const n = 2 * gaussian(r);
      for (let c = 0; c < 3; c += 1) {
        const v = base + amplitude * Math.cos(2 * Math.PI * f * (x + 0.6 * y) + (phases[c] as number)) + n;
        data[(y * w + x) * 3 + c] = Math.max(0, Math.min(255, Math.round(v)));
      }
    }
  }
  return { width: w, height: h, data };
}

test('colour moiré on the page raises the colour-band ratios above an in-phase pattern and plain noise', () => {
  const screen = chromaBandFeatures(page(1, [0, (2 * Math.PI) / 3, (4 * Math.PI) / 3], 6));
  const ink = chromaBandFeatures(page(1, [0, 0, 0], 6));
  const plain = chromaBandFeatures(page(1, [0, 0, 0], 0));
  assert.ok(screen.flatChromaBandLow > ink.flatChromaBandLow + 2, `screen ${screen.flatChromaBandLow} ink ${ink.flatChromaBandLow}`);
  assert.ok(screen.chromaBandLow > ink.chromaBandLow + 2, `screen ${screen.chromaBandLow} ink ${ink.chromaBandLow}`);
  assert.ok(screen.flatChromaBandLow > plain.flatChromaBandLow, `screen ${screen.flatChromaBandLow} plain ${plain.flatChromaBandLow}`);
  for (const f of [screen, ink, plain])
    for (const v of [f.chromaBandLow, f.chromaBandMid, f.flatChromaBandLow, f.flatChromaBandMid]) assert.ok(Number.isFinite(v));
});

test('a picture too small for one tile gives zeros', () => {
  const tiny: Rgb = { width: 32, height: 32, data: new Uint8Array(32 * 32 * 3).fill(200) };
  assert.deepEqual(chromaBandFeatures(tiny), { chromaBandLow: 0, chromaBandMid: 0, flatChromaBandLow: 0, flatChromaBandMid: 0 });
});
