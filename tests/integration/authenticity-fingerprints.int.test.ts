import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import { createDataSource, EvidenceFingerprints, runMigrations, type DataSource } from '@uplift/persistence';
import { createTestDatabase } from '../support/test-env';

const flip = (hex: string, bits: number[]): string => {
  let v = BigInt(`0x${hex}`);
  for (const b of bits) v ^= 1n << BigInt(b);
  return v.toString(16).padStart(16, '0');
};

void describe('evidence fingerprints: near-duplicate and document-number reuse across cases', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let ds: DataSource;
  let repo: EvidenceFingerprints;

  before(async () => {
    db = await createTestDatabase('authenticity_fp');
    await runMigrations(db.url);
    ds = createDataSource({ url: db.url, poolSize: 2 });
    await ds.initialize();
    repo = new EvidenceFingerprints(ds, randomBytes(32));
  });

  after(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  void test('finds an image of another case within the radius, nearest first, and not its own case', async () => {
    const base = 'f0e1d2c3b4a59687';
    const original = randomUUID();
    const near = randomUUID();
    await repo.record({
      caseId: 'case-a',
      evidenceId: original,
      channel: 'web',
      phash: base,
      dhash: '0123456789abcdef',
      documentNumbers: [{ type: 'invoice_no', number: '0440 1234 5678' }],
    });
    // 7 bits away, spread over all four bands so no band matches exactly: only the ±1-bit probes find it.
    await repo.record({
      caseId: 'case-b',
      evidenceId: near,
      channel: 'wechat',
      phash: flip(base, [0, 1, 17, 18, 33, 49, 50]),
      dhash: '0123456789abcdee',
    });
    await repo.record({
      caseId: 'case-c',
      evidenceId: randomUUID(),
      channel: 'web',
      phash: flip(base, [0, 1, 2, 3, 16, 17, 18, 19, 32, 33, 34, 48, 49]),
      dhash: 'ffffffffffffffff',
    });
    await repo.record({ caseId: 'case-a', evidenceId: original, channel: 'web', phash: base, dhash: '0123456789abcdef' });

    const hits = await repo.findNearDuplicates(base, '0123456789abcdef', { excludeCaseId: 'case-z', maxDistance: 8 });
    assert.deepEqual(
      hits.map((h) => [h.caseId, h.evidenceId, h.phashDistance]),
      [
        ['case-a', original, 0],
        ['case-b', near, 7],
      ],
    );
    assert.equal(hits[1]?.channel, 'wechat');
    assert.equal(hits[1]?.dhashDistance, 1);
    assert.equal(hits[0]?.phash, base);

    const others = await repo.findNearDuplicates(base, '0123456789abcdef', { excludeCaseId: 'case-a', maxDistance: 8 });
    assert.deepEqual(
      others.map((h) => h.caseId),
      ['case-b'],
    );
    assert.deepEqual(await repo.findNearDuplicates(base, '0123456789abcdef', { excludeCaseId: 'case-a', maxDistance: 6 }), []);
    await assert.rejects(repo.findNearDuplicates(base, base, { maxDistance: 12 }), RangeError);
  });

  void test('the same invoice number in another case is found, whatever its spacing', async () => {
    const hits = await repo.findDocumentNumber('invoice_no', '044012345678', 'case-b');
    assert.deepEqual(
      hits.map((h) => h.caseId),
      ['case-a'],
    );
    assert.deepEqual(await repo.findDocumentNumber('invoice_no', '0440-1234-5678', 'case-a'), []);
    assert.deepEqual(await repo.findDocumentNumber('contract_no', '044012345678', null), []);
  });

  void test('the lookup uses the band indexes', async () => {
    await ds.query('ANALYZE evidence_fingerprints');
    await ds.query('SET enable_seqscan = off');
    const plan = await ds.query<Array<{ 'QUERY PLAN': string }>>(
      `EXPLAIN SELECT evidence_id FROM evidence_fingerprints WHERE (p0 = ANY($1::int[]) OR p1 = ANY($1::int[]) OR p2 = ANY($1::int[]) OR p3 = ANY($1::int[]))`,
      [[1, 2, 3]],
    );
    await ds.query('RESET enable_seqscan');
    assert.match(plan.map((r) => r['QUERY PLAN']).join('\n'), /ix_evidence_fingerprints_p0/);
  });
});
