import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import sharp from 'sharp';
import { ADVISORY_SHOW, detectDoubleJpeg, readJpegMarkers } from '@uplift/authenticity';
import { syntheticVoucherPhoto } from '@uplift/evidence-synth';

/** Pastes freshly rendered digits (never JPEG-compressed) onto a decoded JPEG. */
async function retyped(jpeg: Buffer): Promise<sharp.Sharp> {
  const meta = await sharp(jpeg).metadata();
  const w = 240;
  const h = 64;
  const svg = Buffer.from(
    `<svg width="${w}" height="${h}"><rect width="100%" height="100%" fill="rgb(236,234,228)"/><text x="6" y="46" font-size="40" font-family="sans-serif" fill="#222">¥ 98,765.00</text></svg>`,
  );
  return sharp(jpeg).composite([{ input: svg, left: Math.round((meta.width ?? 800) * 0.4), top: Math.round((meta.height ?? 600) * 0.45) }]);
}

const SHOW = ADVISORY_SHOW.doubleCompression;

void describe('authenticity: compression traces', () => {
  void test('reads the quantisation tables from the DQT markers', async () => {
    const grey = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#808080' } })
      .jpeg({ quality: 50 })
      .toBuffer();
    const fine = await sharp(grey).jpeg({ quality: 95 }).toBuffer();
    const a = readJpegMarkers(grey);
    const b = readJpegMarkers(fine);
    assert.ok(a && b && a.lumaTableId !== null && b.lumaTableId !== null);
    assert.equal(a.width, 64);
    const qa = a.tables.get(a.lumaTableId) as Uint16Array;
    const qb = b.tables.get(b.lumaTableId) as Uint16Array;
    assert.equal(qa.length, 64);
    assert.ok(
      qa.every((v, i) => v >= (qb[i] as number)),
      'quality 50 steps are coarser than quality 95 steps',
    );
    assert.equal(readJpegMarkers(await sharp(grey).png().toBuffer()), null);
  });

  void test('re-typed digits in a finer re-save are found and located; the plain re-save and the camera file are silent', async () => {
    const photo = (await syntheticVoucherPhoto('vat_special_invoice', 70)).jpeg;
    const control = await detectDoubleJpeg(await sharp(photo).jpeg({ quality: 95 }).toBuffer());
    const edited = await detectDoubleJpeg(await (await retyped(photo)).jpeg({ quality: 95 }).toBuffer());
    const single = await detectDoubleJpeg(photo);
    assert.equal(edited.model, 'jpeg');
    assert.ok(control.score < SHOW, `control scored ${control.score} (z ${control.evidence})`);
    assert.ok(single.score < SHOW, `camera file scored ${single.score}`);
    assert.ok(edited.score >= SHOW, `edited scored ${edited.score} (z ${edited.evidence} over ${edited.frequencies} frequencies)`);
    const meta = await sharp(photo).metadata();
    const [x, y, w, h] = edited.region ?? [0, 0, 0, 0];
    const px = Math.round((meta.width ?? 0) * 0.4);
    const py = Math.round((meta.height ?? 0) * 0.45);
    assert.ok(
      x < px + 240 && x + w > px && y < py + 64 && y + h > py,
      `region ${JSON.stringify(edited.region)} misses the digits at ${px},${py}`,
    );
  });

  void test('an edit saved as PNG is read through the phases of the earlier quantisation; a PNG copy of the photo is silent', async () => {
    const photo = (await syntheticVoucherPhoto('business_licence', 4242)).jpeg;
    const control = await detectDoubleJpeg(await sharp(photo).png().toBuffer());
    const edited = await detectDoubleJpeg(await (await retyped(photo)).png().toBuffer());
    assert.equal(edited.model, 'png');
    assert.ok(control.score < SHOW, `PNG copy scored ${control.score} (z ${control.evidence})`);
    assert.ok(edited.score >= SHOW, `PNG edit scored ${edited.score} (z ${edited.evidence})`);
  });
});
