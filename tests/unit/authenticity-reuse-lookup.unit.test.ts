import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import sharp from 'sharp';
import {
  decodeReuseReference,
  encodeReuseReference,
  fingerprintImage,
  lookupKeyPlaces,
  lookupReuse,
  METHOD_VERSIONS,
  nearestKey,
  reuseImageFinding,
  reuseSimilarity,
  VERIFIED_REUSE_POLICY,
  verifiedReuseFinding,
  verifyReuseCandidates,
  WHOLE_PICTURE_REUSE_VERSION,
} from '@uplift/authenticity';
import { syntheticVoucherPhoto } from '@uplift/evidence-synth';

/** A recompressed crop of `photo` (relative box). */
async function cropOf(photo: Buffer, box: readonly [number, number, number, number]): Promise<Buffer> {
  const meta = await sharp(photo).metadata();
  const w = meta.width ?? 1;
  const h = meta.height ?? 1;
  const [x0, y0, x1, y1] = box;
  const cut = await sharp(photo)
    .extract({ left: Math.round(x0 * w), top: Math.round(y0 * h), width: Math.round((x1 - x0) * w), height: Math.round((y1 - y0) * h) })
    .png()
    .toBuffer();
  return sharp(cut).resize({ width: 480 }).jpeg({ quality: 70 }).toBuffer();
}

void describe('authenticity: the two-stage reuse lookup (keys nominate, references verify)', () => {
  void test('a crop of a stored picture is nominated by the key of the part it was cut from, and verified above the warning threshold', async () => {
    const photo = (await syntheticVoucherPhoto('vat_special_invoice', 41)).jpeg;
    const original = await fingerprintImage(photo);
    const place = lookupKeyPlaces(original.thumbnail).find((p) => !p.mirror && p.box[2] - p.box[0] < 0.8 && p.box[0] > 0.05);
    assert.ok(place, 'a sub-window key inside the picture');
    const copy = await fingerprintImage(await cropOf(photo, place.box));
    const near = nearestKey(copy.probes, original.keys, copy.probeRadii);
    assert.ok(near.keyNo >= 0, 'nominated');
    assert.ok(near.distance <= VERIFIED_REUSE_POLICY.keyRadius, `key distance ${near.distance}`);
    const other = await fingerprintImage((await syntheticVoucherPhoto('vat_special_invoice', 42)).jpeg);
    const [own, unrelated] = verifyReuseCandidates(copy, [
      { reference: original, keyNo: near.keyNo, turn: null },
      { reference: other, keyNo: null, turn: null },
    ]);
    assert.ok((own ?? 0) >= VERIFIED_REUSE_POLICY.warning, `crop against its original ${own}`);
    assert.ok((unrelated ?? 1) < VERIFIED_REUSE_POLICY.warning, `crop against another invoice of the same template ${unrelated}`);
  });

  void test('two genuine documents of one template: neither is verified as the other', async () => {
    const a = await fingerprintImage((await syntheticVoucherPhoto('business_licence', 31)).jpeg);
    const b = await fingerprintImage((await syntheticVoucherPhoto('business_licence', 32)).jpeg);
    for (const [upload, stored] of [
      [a, b],
      [b, a],
    ] as const) {
      const hits = lookupReuse(upload, [{ keys: stored.keys, reference: stored }]);
      for (const h of hits) assert.ok(h.score < VERIFIED_REUSE_POLICY.warning, `verified ${h.score} (key distance ${h.distance})`);
    }
  });

  void test('a copy turned a few degrees is nominated by a turned probe and verified turned back', async () => {
    const photo = (await syntheticVoucherPhoto('business_licence', 33)).jpeg;
    const original = await fingerprintImage(photo);
    const turned = await sharp(photo)
      .rotate(4, { background: { r: 255, g: 255, b: 255 } })
      .jpeg({ quality: 80 })
      .toBuffer();
    const copy = await fingerprintImage(turned);
    const [hit] = lookupReuse(copy, [{ keys: original.keys, reference: original }]);
    assert.ok(hit, 'nominated');
    const near = nearestKey(copy.probes, original.keys, copy.probeRadii);
    const turn = copy.probeTurns[near.probeNo] ?? null;
    assert.notEqual(turn, null, 'by a turned probe');
    assert.ok(hit.score >= VERIFIED_REUSE_POLICY.warning, `verified ${hit.score}`);
    const [unturned] = verifyReuseCandidates(copy, [{ reference: original, keyNo: near.keyNo, turn: null }]);
    assert.ok(hit.score > (unturned ?? 1), `turned back ${hit.score} vs as uploaded ${unturned}`);
  });

  void test('the reference round-trips exactly: the verified score from stored bytes is the in-memory one', async () => {
    const photo = (await syntheticVoucherPhoto('vat_special_invoice', 41)).jpeg;
    const original = await fingerprintImage(photo);
    const bytes = encodeReuseReference(original);
    assert.ok(bytes.length < 80_000, `${bytes.length} bytes`);
    const back = decodeReuseReference(bytes);
    assert.deepEqual(back.thumbnail, original.thumbnail);
    assert.deepEqual(back.fine, original.fine);
    const copy = await fingerprintImage(await cropOf(photo, [0.1, 0.2, 0.7, 0.8]));
    assert.equal(reuseSimilarity(copy, back), reuseSimilarity(copy, original));
    assert.throws(() => decodeReuseReference(Buffer.from('not a reference')));
  });

  void test('findings: warning and critical at the policy thresholds, the new method version; old rows keep theirs', () => {
    const twin = (score: number): ReturnType<typeof verifiedReuseFinding> =>
      verifiedReuseFinding({ caseId: 'c-1', evidenceId: 'e-1', createdAt: new Date(0), score });
    assert.equal(twin(VERIFIED_REUSE_POLICY.warning - 0.001), null);
    assert.equal(twin(VERIFIED_REUSE_POLICY.warning)?.severity, 'warning');
    assert.equal(twin(VERIFIED_REUSE_POLICY.critical)?.severity, 'critical');
    assert.equal(twin(0.93)?.score, 0.93);
    assert.equal(twin(0.93)?.methodVersion, METHOD_VERSIONS.reuse_image);
    assert.deepEqual(twin(0.93)?.relatedCaseIds, ['c-1']);
    const old = reuseImageFinding({ caseId: 'c', evidenceId: 'e', phashDistance: 0, dhashDistance: 0, createdAt: new Date(0) });
    assert.equal(old?.methodVersion, WHOLE_PICTURE_REUSE_VERSION);
    assert.notEqual(WHOLE_PICTURE_REUSE_VERSION, METHOD_VERSIONS.reuse_image);
  });
});
