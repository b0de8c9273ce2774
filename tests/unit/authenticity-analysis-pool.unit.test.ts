import assert from 'node:assert/strict';
import { isMainThread } from 'node:worker_threads';
import { test } from 'node:test';
import { analyseImage, ImageAnalysisPool, type ImageAnalysis } from '@uplift/authenticity';
import { renderVoucher, Rng, screenRecapture, syntheticVoucherPhoto, voucherContent } from '@uplift/evidence-synth';

// The single-image checks run in pool threads so the worker's event loop stays free; what they find
// must not depend on where they ran.

const OPTIONS = { uploadedAt: '2026-11-29T08:00:00.000Z' };

/** An analysis without its timings (the only part that differs from run to run). */
function withoutTimings(analysis: ImageAnalysis): Omit<ImageAnalysis, 'timingsMs'> {
  const { timingsMs, ...rest } = analysis;
  assert.ok(Object.keys(timingsMs).length > 0);
  return rest;
}

test('a pool thread finds what the same analysis finds in the calling thread, for a genuine photo and a screen recapture', async () => {
  assert.ok(isMainThread);
  const genuine = (await syntheticVoucherPhoto('business_licence', 11)).jpeg;
  const r = new Rng(11);
  const recaptured = (await screenRecapture(renderVoucher(voucherContent('business_licence', r), 0, r), r)).jpeg;
  const pool = new ImageAnalysisPool(2);
  try {
    const [inPool, inPoolRecapture] = await Promise.all([pool.analyse(genuine, OPTIONS), pool.analyse(recaptured, OPTIONS)]);
    assert.deepEqual(withoutTimings(inPool), withoutTimings(await analyseImage(genuine, OPTIONS)));
    assert.deepEqual(withoutTimings(inPoolRecapture), withoutTimings(await analyseImage(recaptured, OPTIONS)));
    assert.ok(inPoolRecapture.scores.recapture > inPool.scores.recapture, 'the recapture scores higher than the genuine photo');
  } finally {
    await pool.close();
  }
});

test('a closed pool starts its threads again for the next image; a bad size is refused', async () => {
  const photo = (await syntheticVoucherPhoto('vat_special_invoice', 5)).jpeg;
  const pool = new ImageAnalysisPool(1);
  const first = await pool.analyse(photo, OPTIONS);
  await pool.close();
  const again = await pool.analyse(photo, OPTIONS);
  await pool.close();
  assert.deepEqual(withoutTimings(again), withoutTimings(first));
  assert.throws(() => new ImageAnalysisPool(0), /positive integer/);
});

test('an image the checks cannot decode fails its analysis and leaves the pool usable', async () => {
  const pool = new ImageAnalysisPool(1);
  try {
    await assert.rejects(pool.analyse(Buffer.from('not an image at all'), OPTIONS));
    const photo = (await syntheticVoucherPhoto('vat_special_invoice', 7)).jpeg;
    const analysis = await pool.analyse(photo, OPTIONS);
    assert.match(analysis.fingerprint.phash, /^[0-9a-f]{16}$/);
  } finally {
    await pool.close();
  }
});
