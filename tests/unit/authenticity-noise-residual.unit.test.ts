import { test } from 'node:test';
import assert from 'node:assert/strict';
import { noiseResidual, noiseScore, type Rgb } from '@uplift/authenticity';
import { Rng } from '@uplift/evidence-synth';

// The noise-residual edit evidence: a patch cleaner than the picture's other cells of its brightness
// is found; a picture whose noise depends only on brightness is not.

function gaussian(r: Rng): number {
  return Math.sqrt(-2 * Math.log(Math.max(1e-12, r.next()))) * Math.cos(2 * Math.PI * r.next());
}

/** A grey photo-like picture: level and noise per pixel from `at`. */
function picture(seed: number, w: number, h: number, at: (x: number, y: number) => [number, number]): Rgb {
  const r = new Rng(seed);
  const data = new Uint8Array(w * h * 3);
  for (let y = 0; y < h; y += 1) {
    for (let x = 0; x < w; x += 1) {
      const [level, sigma] = at(x, y);
      const v = Math.max(0, Math.min(255, Math.round(level + sigma * gaussian(r))));
      data.set([v, v, v], (y * w + x) * 3);
    }
  }
  return { width: w, height: h, data };
}

test('a noise level that follows brightness (dark half noisier) gives no clean window', () => {
  const honest = picture(1, 640, 480, (x) => (x < 320 ? [90, 6] : [200, 3]));
  const n = noiseResidual(honest);
  assert.ok(n.cells > 200, `cells ${n.cells}`);
  assert.ok(noiseScore(n) < 0.1, `clean ${n.clean.toFixed(2)}`);
});

test('a re-typed patch without sensor noise is found and located', () => {
  const patch = (x: number, y: number): boolean => x >= 300 && x < 460 && y >= 200 && y < 280;
  const edited = picture(2, 640, 480, (x, y) => (patch(x, y) ? [200, 0] : x < 320 ? [90, 6] : [200, 3]));
  const n = noiseResidual(edited);
  assert.ok(noiseScore(n) > 0.9, `clean ${n.clean.toFixed(2)}`);
  const [rx, ry, rw, rh] = n.region ?? [0, 0, 0, 0];
  assert.ok(rx + rw > 300 && rx < 460 && ry + rh > 200 && ry < 280, `region ${JSON.stringify(n.region)}`);
});

test('saturated paper is not judged (no noise to compare)', () => {
  const n = noiseResidual(picture(3, 320, 320, () => [255, 0]));
  assert.equal(n.cells, 0);
  assert.equal(noiseScore(n), 0);
});
