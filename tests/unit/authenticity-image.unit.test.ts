import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import sharp from 'sharp';
import { detectCopyMove, detectRecapture, fingerprintImage, hammingDistance, RECAPTURE_MODEL, thresholdFor } from '@uplift/authenticity';
import { degradeLikePhoto, renderVoucher, Rng, screenRecapture, syntheticVoucherPhoto, voucherContent } from '@uplift/evidence-synth';

/** A genuine page with printed periodic structure (a fine guilloche band and a ruled grid), photographed. */
async function printedPeriodicity(seed: number): Promise<Buffer> {
  const r = new Rng(seed);
  const page = renderVoucher(voucherContent('vat_special_invoice', r), 0, r);
  const meta = await sharp(page).metadata();
  const w = meta.width ?? 1240;
  const h = meta.height ?? 1600;
  const lines: string[] = [];
  for (let y = 0; y < 260; y += 4)
    lines.push(
      `<path d="M0 ${y} ${Array.from({ length: 40 }, (_, k) => `L${(k * w) / 39} ${y + 6 * Math.sin(k / 3)}`).join(' ')}" stroke="rgb(120,150,200)" stroke-width="1" fill="none" opacity="0.5"/>`,
    );
  for (let x = 0; x <= w; x += 24) lines.push(`<line x1="${x}" y1="${h - 400}" x2="${x}" y2="${h - 100}" stroke="#333" stroke-width="1"/>`);
  for (let y = h - 400; y <= h - 100; y += 20) lines.push(`<line x1="0" y1="${y}" x2="${w}" y2="${y}" stroke="#333" stroke-width="1"/>`);
  const overlay = Buffer.from(`<svg width="${w}" height="${h}">${lines.join('')}</svg>`);
  const printed = await sharp(page)
    .composite([{ input: overlay }])
    .png()
    .toBuffer();
  return (await degradeLikePhoto(printed, r)).jpeg;
}

/** A textured (noisy) image so that copied blocks are the only repeats. */
async function texture(seed: number, w: number, h: number): Promise<Buffer> {
  const r = new Rng(seed);
  const px = Buffer.alloc((w / 4) * (h / 4) * 3);
  for (let i = 0; i < px.length; i += 1) px[i] = r.int(20, 235);
  return sharp(px, { raw: { width: w / 4, height: h / 4, channels: 3 } })
    .resize(w, h, { kernel: 'cubic' })
    .png()
    .toBuffer();
}

void describe('authenticity: single-image checks', () => {
  void test('a screen recapture is flagged and its genuine original is not', async () => {
    const warning = thresholdFor(RECAPTURE_MODEL.thresholds, 'warning', null);
    const r = new Rng(11);
    const page = renderVoucher(voucherContent('business_licence', r), 0, r);
    const genuine = await detectRecapture((await degradeLikePhoto(page, r)).jpeg);
    const recaptured = await detectRecapture((await screenRecapture(page, r)).jpeg);
    assert.ok(genuine.score < warning, `genuine scored ${genuine.score} (warning at ${warning})`);
    assert.ok(recaptured.score >= warning, `recapture scored ${recaptured.score} (warning at ${warning})`);
    assert.ok(recaptured.heatmap.length > 0 && recaptured.heatmap.every((row) => row.length === recaptured.heatmap[0]?.length));
  });

  void test('printed periodicity (guilloche band, ruled grid) is not taken for screen moiré', async () => {
    const warning = thresholdFor(RECAPTURE_MODEL.thresholds, 'warning', null);
    for (const seed of [31, 32, 33]) {
      const { score } = await detectRecapture(await printedPeriodicity(seed));
      assert.ok(score < warning, `seed ${seed} scored ${score} (warning at ${warning})`);
    }
  });

  void test('copy-move finds the copied patch and its source', async () => {
    const base = await texture(5, 512, 512);
    const patch = await sharp(base).extract({ left: 40, top: 60, width: 96, height: 64 }).toBuffer();
    const forged = await sharp(base)
      .composite([{ input: patch, left: 300, top: 360 }])
      .jpeg({ quality: 90 })
      .toBuffer();
    const { data, info } = await sharp(forged).greyscale().raw().toBuffer({ resolveWithObject: true });
    const plane = { width: info.width, height: info.height, data: Float32Array.from(data) };
    const result = detectCopyMove(plane);
    assert.ok(result.score > 0.5, `score ${result.score}`);
    const target = result.regions[1];
    assert.ok(target, 'a target region');
    const [x, y, w, h] = target;
    assert.ok(x >= 290 && y >= 350 && x + w <= 406 && y + h <= 434, `target ${JSON.stringify(target)}`);
    const clean = detectCopyMove({ ...plane, data: Float32Array.from(await sharp(base).greyscale().raw().toBuffer()) });
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
