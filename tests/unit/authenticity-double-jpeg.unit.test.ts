import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import sharp from 'sharp';
import { detectDoubleJpeg, readJpegMarkers, TAMPER_THRESHOLD } from '@uplift/authenticity';
import { degradeLikePhoto, renderVoucher, Rng, syntheticVoucherPhoto, voucherContent } from '@uplift/evidence-synth';

/** Pastes freshly rendered digits (never JPEG-compressed) onto a decoded JPEG and saves it at `quality`. */
async function retyped(jpeg: Buffer, quality: number): Promise<Buffer> {
  const meta = await sharp(jpeg).metadata();
  const w = 240;
  const h = 64;
  const svg = Buffer.from(`<svg width="${w}" height="${h}"><rect width="100%" height="100%" fill="rgb(236,234,228)"/><text x="6" y="46" font-size="40" font-family="sans-serif" fill="#222">¥ 98,765.00</text></svg>`);
  return sharp(jpeg).composite([{ input: svg, left: Math.round((meta.width ?? 800) * 0.4), top: Math.round((meta.height ?? 600) * 0.45) }]).jpeg({ quality }).toBuffer();
}

void describe('authenticity: double-JPEG localisation', () => {
  void test('reads the quantisation tables from the DQT markers', async () => {
    const grey = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#808080' } }).jpeg({ quality: 50 }).toBuffer();
    const fine = await sharp(grey).jpeg({ quality: 95 }).toBuffer();
    const a = readJpegMarkers(grey);
    const b = readJpegMarkers(fine);
    assert.ok(a && b && a.lumaTableId !== null && b.lumaTableId !== null);
    assert.equal(a.width, 64);
    const qa = a.tables.get(a.lumaTableId) as Uint16Array;
    const qb = b.tables.get(b.lumaTableId) as Uint16Array;
    assert.equal(qa.length, 64);
    assert.ok(qa.every((v, i) => v >= (qb[i] as number)), 'quality 50 steps are coarser than quality 95 steps');
    assert.equal(readJpegMarkers(await sharp(grey).png().toBuffer()), null);
  });

  void test('a re-typed region in a re-saved photo scores above a plain re-save; a first-generation JPEG is silent', async () => {
    const photo = (await syntheticVoucherPhoto('business_licence', 4242)).jpeg;
    const control = await detectDoubleJpeg(await sharp(photo).jpeg({ quality: 90 }).toBuffer());
    const edited = await detectDoubleJpeg(await retyped(photo, 90));
    const single = await detectDoubleJpeg(photo);
    assert.ok(control.frequencies >= 2, 'the re-save leaves a visible first quantisation');
    assert.ok(control.score < TAMPER_THRESHOLD, `control scored ${control.score} (${control.evidence} nats)`);
    assert.ok(edited.score > TAMPER_THRESHOLD, `edited scored ${edited.score} (${edited.evidence} nats)`);
    assert.ok(edited.evidence > control.evidence * 3);
    assert.ok(single.score < TAMPER_THRESHOLD, `single-compressed scored ${single.score}`);
    assert.ok(edited.heatmap.flat().some((v) => v >= 0.5));
  });

  void test('an edit saved at a coarser quality than the camera used can still be found (Q2 step > Q1 step)', async () => {
    const r = new Rng(70);
    const render = renderVoucher(voucherContent('vat_special_invoice', r), 0, r);
    const { jpeg: camera, applied } = await degradeLikePhoto(render, r);
    const quality = applied.quality - 6;
    const control = await detectDoubleJpeg(await sharp(camera).jpeg({ quality }).toBuffer());
    const edited = await detectDoubleJpeg(await retyped(camera, quality));
    assert.ok(control.frequencies >= 4, `the coarser re-save still shows its first quantisation (${control.frequencies} frequencies)`);
    assert.ok(control.score < TAMPER_THRESHOLD, `control scored ${control.score} (${control.evidence} nats)`);
    assert.ok(edited.score > TAMPER_THRESHOLD, `edited scored ${edited.score} (${edited.evidence} nats over ${edited.frequencies} frequencies)`);
  });
});
