import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import sharp from 'sharp';
import {
  encodeReuseReference,
  fingerprintImage,
  ImageAnalysisPool,
  lookupKeyPlaces,
  METHOD_VERSIONS,
  reuseImageFinding,
  VERIFIED_REUSE_POLICY,
  verifiedReuseFinding,
  WHOLE_PICTURE_REUSE_VERSION,
  type ImageFingerprint,
} from '@uplift/authenticity';
import { syntheticVoucherPhoto } from '@uplift/evidence-synth';
import { createDataSource, EvidenceFingerprints, EvidenceVault, runMigrations, type DataSource } from '@uplift/persistence';
import { createTestDatabase } from '../support/test-env';

// The two-stage reuse lookup against PostgreSQL (docs/adr/0037): keys in the store nominate, the
// sealed reference verifies (in an analysis thread, as the worker runs it); an erased case's
// references no longer open, so its pictures are never verified again.

async function cropOf(photo: Buffer, box: readonly number[]): Promise<Buffer> {
  const meta = await sharp(photo).metadata();
  const w = meta.width ?? 1;
  const h = meta.height ?? 1;
  const [x0 = 0, y0 = 0, x1 = 1, y1 = 1] = box;
  const cut = await sharp(photo)
    .extract({ left: Math.round(x0 * w), top: Math.round(y0 * h), width: Math.round((x1 - x0) * w), height: Math.round((y1 - y0) * h) })
    .png()
    .toBuffer();
  return sharp(cut).resize({ width: 520 }).jpeg({ quality: 72 }).toBuffer();
}

void describe('reuse lookup: keys nominate, sealed references verify, erasure ends both', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let ds: DataSource;
  let repo: EvidenceFingerprints;
  const masterKey = randomBytes(32);
  const pool = new ImageAnalysisPool(1);
  let licence: Buffer;
  let original: ImageFingerprint;
  const originalId = randomUUID();

  const store = async (caseId: string, evidenceId: string, fp: ImageFingerprint): Promise<void> =>
    repo.record({
      caseId,
      evidenceId,
      channel: 'web',
      phash: fp.phash,
      dhash: fp.dhash,
      reuse: { methodVersion: METHOD_VERSIONS.reuse_image, keys: fp.keys, reference: encodeReuseReference(fp) },
    });

  /** What the worker does for an upload of `caseId`: nominate, then verify in a thread; findings with their scores. */
  const lookUp = async (caseId: string, fp: ImageFingerprint) => {
    const candidates = await repo.findReuseCandidates(
      fp.probes.map((hash, i) => ({ hash, radius: fp.probeRadii[i] ?? VERIFIED_REUSE_POLICY.keyRadius })),
      { excludeCaseId: caseId, limit: VERIFIED_REUSE_POLICY.candidates },
    );
    const open = candidates.filter((c) => c.reference !== null);
    const scores = await pool.verifyReuse({
      upload: { fine: fp.fine, thumbnail: fp.thumbnail },
      candidates: open.map((c) => ({ reference: c.reference as Buffer, keyNo: c.keyNo, turn: fp.probeTurns[c.probeNo] ?? null })),
    });
    const findings = open.flatMap((c, i) => verifiedReuseFinding({ ...c, score: scores[i] ?? 0 }) ?? []);
    return { candidates, findings };
  };

  /** A crop of the licence along one of its stored sub-window keys (an inner window, about 0.7 of each side). */
  const keyedCrop = async (): Promise<ImageFingerprint> => {
    const place = lookupKeyPlaces(original.thumbnail).find((p) => !p.mirror && p.box[2] - p.box[0] < 0.8 && p.box[0] > 0.05);
    assert.ok(place);
    return fingerprintImage(await cropOf(licence, place.box));
  };

  before(async () => {
    db = await createTestDatabase('reuse_lookup');
    await runMigrations(db.url);
    ds = createDataSource({ url: db.url, poolSize: 2 });
    await ds.initialize();
    repo = new EvidenceFingerprints(ds, masterKey);
    licence = (await syntheticVoucherPhoto('business_licence', 31)).jpeg;
    original = await fingerprintImage(licence);
    await store('case-a', originalId, original);
  });

  after(async () => {
    await pool.close();
    await ds?.destroy();
    await db?.drop();
  });

  void test('a crop of an earlier upload of another case is found, with the verified score', async () => {
    const crop = await keyedCrop();
    const { candidates, findings } = await lookUp('case-b', crop);
    assert.equal(candidates[0]?.evidenceId, originalId);
    assert.ok(candidates[0]?.reference, 'the reference opens with case-a key');
    const [finding] = findings;
    assert.ok(finding, 'a reuse finding');
    assert.ok(finding.score >= VERIFIED_REUSE_POLICY.warning, `verified ${finding.score}`);
    assert.deepEqual(finding.relatedCaseIds, ['case-a']);
    assert.deepEqual(finding.relatedEvidenceIds, [originalId]);
    assert.equal(finding.methodVersion, METHOD_VERSIONS.reuse_image);
    // The reference is stored sealed: its bytes are not the plain encoding.
    const [row] = await ds.query<Array<{ sealed: Buffer }>>(
      `SELECT sealed_reference AS sealed FROM evidence_fingerprints WHERE evidence_id = $1`,
      [originalId],
    );
    assert.ok(row?.sealed && !row.sealed.equals(encodeReuseReference(original)));
    // Its own case never finds it.
    assert.deepEqual((await lookUp('case-a', crop)).candidates, []);
  });

  void test('two genuine documents of one template are not matched', async () => {
    const other = await fingerprintImage((await syntheticVoucherPhoto('business_licence', 32)).jpeg);
    const { findings } = await lookUp('case-c', other);
    assert.deepEqual(findings, []);
    await store('case-c', randomUUID(), other);
    assert.deepEqual(
      (await lookUp('case-d', original)).findings.map((f) => f.relatedCaseIds),
      [['case-a']],
    );
  });

  void test('a fingerprint of the old version (no keys, no reference) is still found by the whole-picture rule, and only it', async () => {
    const old = randomUUID();
    await repo.record({ caseId: 'case-old', evidenceId: old, channel: 'web', phash: original.phash, dhash: original.dhash });
    const twins = await repo.findNearDuplicates(original.phash, original.dhash, {
      excludeCaseId: 'case-f',
      methodVersion: WHOLE_PICTURE_REUSE_VERSION,
    });
    assert.deepEqual(
      twins.map((t) => [t.evidenceId, t.methodVersion]),
      [[old, WHOLE_PICTURE_REUSE_VERSION]],
    );
    assert.equal(reuseImageFinding(twins[0] as (typeof twins)[number])?.methodVersion, WHOLE_PICTURE_REUSE_VERSION);
    assert.ok(!(await lookUp('case-f', original)).candidates.some((c) => c.evidenceId === old), 'it has no keys to be nominated by');
  });

  void test('after the earlier case is erased its fingerprint yields no verified match, even restored from a backup', async () => {
    const crop = await keyedCrop();
    assert.ok(
      (await lookUp('case-e', crop)).findings.some((f) => f.relatedCaseIds?.includes('case-a')),
      'found before the erasure',
    );
    const [saved] = await ds.query<Array<Record<string, unknown>>>(`SELECT * FROM evidence_fingerprints WHERE evidence_id = $1`, [
      originalId,
    ]);
    const savedKeys = await ds.query<Array<Record<string, unknown>>>(`SELECT * FROM evidence_fingerprint_keys WHERE evidence_id = $1`, [
      originalId,
    ]);
    assert.ok(saved && savedKeys.length > 0);

    await new EvidenceVault(ds, masterKey).shredCase('case-a');
    const after = await lookUp('case-e', crop);
    assert.ok(!after.candidates.some((c) => c.caseId === 'case-a'), 'its keys are deleted');
    assert.deepEqual(after.findings, []);

    // A backup restored after the erasure brings the rows back, but not the key: the reference stays shut.
    await ds.query(
      `INSERT INTO evidence_fingerprints (evidence_id, case_id, channel, phash, dhash, p0, p1, p2, p3, method_version, sealed_reference)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      ['evidence_id', 'case_id', 'channel', 'phash', 'dhash', 'p0', 'p1', 'p2', 'p3', 'method_version', 'sealed_reference'].map(
        (c) => saved[c],
      ),
    );
    for (const k of savedKeys)
      await ds.query(
        `INSERT INTO evidence_fingerprint_keys (evidence_id, key_no, case_id, hash, b0, b1, b2, b3) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        ['evidence_id', 'key_no', 'case_id', 'hash', 'b0', 'b1', 'b2', 'b3'].map((c) => k[c]),
      );
    const restored = await lookUp('case-e', crop);
    const row = restored.candidates.find((c) => c.caseId === 'case-a');
    assert.ok(row, 'the restored keys still nominate it');
    assert.equal(row.reference, null, 'but its reference cannot be opened');
    assert.deepEqual(restored.findings, []);
  });
});
