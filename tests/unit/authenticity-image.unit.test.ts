import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import sharp from 'sharp';
import { detectCopyMove, detectRecapture, fingerprintImage, hammingDistance, RECAPTURE_THRESHOLD } from '@uplift/authenticity';
import { Rng, syntheticVoucherPhoto } from '@uplift/evidence-synth';

/** Overlays an RGB sub-pixel-like grid beating at a non-integer period: the look of a photographed screen. */
async function withMoire(jpeg: Buffer): Promise<Buffer> {
  const { data, info } = await sharp(jpeg).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const out = Buffer.from(data);
  for (let y = 0; y < info.height; y += 1) {
    for (let x = 0; x < info.width; x += 1) {
      for (let c = 0; c < 3; c += 1) {
        const phase = (2 * Math.PI * (x * Math.cos(0.05) + y * Math.sin(0.05) + c * 1.1)) / 3.7;
        const i = (y * info.width + x) * 3 + c;
        out[i] = Math.max(0, Math.min(255, Math.round((data[i] as number) * (0.8 + 0.2 * Math.cos(phase)))));
      }
    }
  }
  return sharp(out, { raw: { width: info.width, height: info.height, channels: 3 } }).jpeg({ quality: 85 }).toBuffer();
}

/** A textured (noisy) image so that copied blocks are the only repeats. */
async function texture(seed: number, w: number, h: number): Promise<Buffer> {
  const r = new Rng(seed);
  const px = Buffer.alloc((w / 4) * (h / 4) * 3);
  for (let i = 0; i < px.length; i += 1) px[i] = r.int(20, 235);
  return sharp(px, { raw: { width: w / 4, height: h / 4, channels: 3 } }).resize(w, h, { kernel: 'cubic' }).png().toBuffer();
}

void describe('authenticity: single-image checks', () => {
  void test('the FFT moiré score separates a screen-like image from the genuine capture', async () => {
    const genuine = (await syntheticVoucherPhoto('business_licence', 11)).jpeg;
    const g = await detectRecapture(genuine);
    const m = await detectRecapture(await withMoire(genuine));
    assert.ok(g.score < RECAPTURE_THRESHOLD, `genuine scored ${g.score}`);
    assert.ok(m.score > RECAPTURE_THRESHOLD, `moiré scored ${m.score}`);
    assert.ok(m.heatmap.length > 0 && m.heatmap.every((row) => row.length === m.heatmap[0]?.length));
    assert.ok(m.heatmap.flat().filter((v) => v >= 0.5).length > g.heatmap.flat().filter((v) => v >= 0.5).length);
  });

  void test('copy-move finds the copied patch and its source', async () => {
    const base = await texture(5, 512, 512);
    const patch = await sharp(base).extract({ left: 40, top: 60, width: 96, height: 64 }).toBuffer();
    const forged = await sharp(base).composite([{ input: patch, left: 300, top: 360 }]).jpeg({ quality: 90 }).toBuffer();
    const { data, info } = await sharp(forged).greyscale().raw().toBuffer({ resolveWithObject: true });
    const plane = { width: info.width, height: info.height, data: Float32Array.from(data) };
    const result = detectCopyMove(plane);
    assert.ok(result.score > 0.5, `score ${result.score}`);
    const target = result.regions[1];
    assert.ok(target, 'a target region');
    const [x, y, w, h] = target;
    assert.ok(x >= 290 && y >= 350 && x + w <= 406 && y + h <= 434, `target ${JSON.stringify(target)}`);
    const clean = detectCopyMove({ ...plane, data: Float32Array.from((await sharp(base).greyscale().raw().toBuffer())) });
    assert.ok(clean.score < 0.5, `clean score ${clean.score}`);
  });

  void test('pHash/dHash stay close for re-compressed and resized copies and far for unrelated images', async () => {
    const a = (await syntheticVoucherPhoto('vat_special_invoice', 21)).jpeg;
    const b = (await syntheticVoucherPhoto('lease_contract', 22)).jpeg;
    const fa = await fingerprintImage(a);
    const recompressed = await fingerprintImage(await sharp(a).jpeg({ quality: 35 }).toBuffer());
    const resized = await fingerprintImage(await sharp(a).resize({ width: 400 }).jpeg({ quality: 80 }).toBuffer());
    const other = await fingerprintImage(b);
    assert.ok(hammingDistance(fa.phash, recompressed.phash) <= 4);
    assert.ok(hammingDistance(fa.phash, resized.phash) <= 4);
    assert.ok(hammingDistance(fa.dhash, resized.dhash) <= 6);
    assert.ok(hammingDistance(fa.phash, other.phash) >= 12, `unrelated distance ${hammingDistance(fa.phash, other.phash)}`);
  });
});
