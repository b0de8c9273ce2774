import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import sharp from 'sharp';
import { fingerprintImage, locateInside, reuseSimilarity } from '@uplift/authenticity';
import { syntheticVoucherPhoto } from '@uplift/evidence-synth';

/** A small, recompressed crop of `photo` (relative box), optionally mirrored. */
async function cropOf(photo: Buffer, box: readonly [number, number, number, number], mirror: boolean): Promise<Buffer> {
  const meta = await sharp(photo).metadata();
  const w = meta.width ?? 1;
  const h = meta.height ?? 1;
  const [x0, y0, x1, y1] = box;
  const cut = await sharp(photo)
    .extract({ left: Math.round(x0 * w), top: Math.round(y0 * h), width: Math.round((x1 - x0) * w), height: Math.round((y1 - y0) * h) })
    .png()
    .toBuffer();
  const turned = mirror ? await sharp(cut).flop().png().toBuffer() : cut;
  return sharp(turned).resize({ width: 420 }).jpeg({ quality: 55 }).toBuffer();
}

void describe('authenticity: reuse comparison of two uploads', () => {
  void test('a small off-grid crop is placed where it was cut, mirrored or not', async () => {
    const photo = (await syntheticVoucherPhoto('vat_special_invoice', 41)).jpeg;
    const original = await fingerprintImage(photo);
    const box = [0.12, 0.3, 0.62, 0.78] as const;
    for (const mirror of [false, true]) {
      const copy = await fingerprintImage(await cropOf(photo, box, mirror));
      const place = locateInside(original.thumbnail, copy.thumbnail);
      assert.ok(place, 'a place is found');
      assert.equal(place.mirror, mirror);
      // In the mirrored container the box is mirrored too.
      const expected = mirror ? [1 - box[2], box[1], 1 - box[0], box[3]] : [...box];
      place.box.forEach((v, i) => assert.ok(Math.abs(v - (expected[i] as number)) < 0.08, `edge ${i}: ${v} vs ${expected[i]}`));
      assert.ok(place.ncc > 0.75, `correlation ${place.ncc}`);
    }
  });

  void test('a crop matches its original far better than another document of the same type', async () => {
    const photo = (await syntheticVoucherPhoto('vat_special_invoice', 41)).jpeg;
    const other = (await syntheticVoucherPhoto('vat_special_invoice', 42)).jpeg;
    const copy = await fingerprintImage(await cropOf(photo, [0.2, 0.15, 0.75, 0.6], false));
    const own = reuseSimilarity(copy, await fingerprintImage(photo));
    const unrelated = reuseSimilarity(copy, await fingerprintImage(other));
    assert.ok(own >= 0.8, `crop against its original ${own}`);
    assert.ok(own - unrelated >= 0.1, `crop against its original ${own}, against another invoice ${unrelated}`);
  });
});
