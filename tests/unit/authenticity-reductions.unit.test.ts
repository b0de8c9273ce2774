import { test } from 'node:test';
import assert from 'node:assert/strict';
import sharp from 'sharp';
import { analyseImage, blockDct, dct8x8, reducePlanes, reducePlanesBy, reductionFactor, ZIGZAG_AC, type Rgb } from '@uplift/authenticity';
import { Rng } from '@uplift/evidence-synth';

// The shortcuts that make analyseImage cheaper must give what the full computations give.

function noiseRgb(seed: number, width: number, height: number): Rgb {
  const r = new Rng(seed);
  const data = new Uint8Array(width * height * 3);
  for (let i = 0; i < data.length; i += 1) data[i] = r.int(1, 254);
  return { width, height, data };
}

test('the partial block DCT gives, at the wanted frequencies, the coefficients of the full 8×8 DCT of the luma', () => {
  const rgb = noiseRgb(7, 40, 24);
  const freqs = ZIGZAG_AC.slice(0, 15);
  const grid = blockDct(rgb, freqs);
  assert.equal(grid.bw * grid.bh, 15);
  const luma = new Float64Array(rgb.width * rgb.height);
  for (let i = 0; i < luma.length; i += 1)
    luma[i] = 0.299 * (rgb.data[3 * i] as number) + 0.587 * (rgb.data[3 * i + 1] as number) + 0.114 * (rgb.data[3 * i + 2] as number);
  const out = new Float64Array(64);
  for (let by = 0; by < grid.bh; by += 1) {
    for (let bx = 0; bx < grid.bw; bx += 1) {
      dct8x8(luma, rgb.width, bx * 8, by * 8, out);
      const b = by * grid.bw + bx;
      assert.equal(grid.valid[b], 1);
      freqs.forEach((f, j) =>
        assert.ok(Math.abs((grid.coeffs[b * freqs.length + j] as number) - (out[f] as number)) < 1e-3, `block ${b} freq ${f}`),
      );
    }
  }
});

test('a reduction taken from an earlier reduction equals the reduction of the full image', () => {
  const rgb = noiseRgb(11, 203, 131);
  const half = reducePlanesBy(rgb, 2);
  for (const f of [4, 6, 8]) {
    const direct = reducePlanesBy(rgb, f);
    const nested = reducePlanesBy(rgb, f, { planes: half, factor: 2 });
    assert.equal(nested.luma.width, direct.luma.width);
    assert.equal(nested.luma.height, direct.luma.height);
    assert.equal(nested.scale, direct.scale);
    for (const k of ['luma', 'redGreen', 'blueGreen'] as const)
      direct[k].data.forEach((v, i) => assert.ok(Math.abs(v - (nested[k].data[i] as number)) < 1e-3, `${k} ${i} at factor ${f}`));
  }
  assert.equal(reductionFactor(rgb, 50), 4);
  assert.deepEqual(reducePlanes(rgb, 50).luma.data, reducePlanesBy(rgb, 4).luma.data);
});

test('without recognised fields the copy-move search is not run; with a recognised field it is', async () => {
  const rgb = noiseRgb(3, 256, 192);
  const png = await sharp(Buffer.from(rgb.data), { raw: { width: rgb.width, height: rgb.height, channels: 3 } })
    .png()
    .toBuffer();
  const bare = await analyseImage(png);
  assert.equal(bare.scores.copyMove, 0);
  assert.equal(bare.timingsMs['copyMove'], undefined);
  const withField = await analyseImage(png, {
    recognition: { fields: [{ name: 'total', value: '1', confidence: 0.9, box: [10, 10, 60, 30] }] },
    recognitionSide: 256,
  });
  assert.notEqual(withField.timingsMs['copyMove'], undefined);
});
