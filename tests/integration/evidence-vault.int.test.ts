import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { ErrorCode, isDomainError } from '@uplift/domain';
import { createDataSource, EvidenceVault, rewrapCaseKeys, runMigrations, type DataSource } from '@uplift/persistence';
import { createTestDatabase } from '../support/test-env';

/** A small but real JPEG header followed by noise, standing in for a photographed vehicle licence. */
function fakeJpeg(size = 4096): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]), randomBytes(size)]);
}

const hasCode = (code: ErrorCode) => (error: unknown) => isDomainError(error) && error.code === code;

void describe('EvidenceVault', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let ds: DataSource;
  let vault: EvidenceVault;
  const masterKey = randomBytes(32);

  before(async () => {
    db = await createTestDatabase('evidence_vault');
    await runMigrations(db.url);
    ds = createDataSource({ url: db.url });
    await ds.initialize();
    vault = new EvidenceVault(ds, masterKey);
  });

  after(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  void test('stores encrypted bytes and reads them back', async () => {
    const bytes = fakeJpeg();
    const stored = await vault.store({ caseId: 'ev-1', bytes, mediaType: 'image/jpeg', declaredKind: 'voucher:vehicle_licence' });
    assert.equal(stored.duplicate, false);
    assert.equal(stored.sizeBytes, bytes.length);
    assert.equal(stored.sha256, createHash('sha256').update(bytes).digest('hex'));

    const read = await vault.read('ev-1', stored.evidenceId);
    assert.ok(read.bytes.equals(bytes));
    assert.deepEqual(
      { mediaType: read.mediaType, declaredKind: read.declaredKind, sha256: read.sha256 },
      { mediaType: 'image/jpeg', declaredKind: 'voucher:vehicle_licence', sha256: stored.sha256 },
    );

    // At rest: neither the plaintext nor the data key appears.
    type SealedRow = { ciphertext: Buffer; iv: Buffer; auth_tag: Buffer };
    const rows = await ds.query<SealedRow[]>('SELECT ciphertext, iv, auth_tag FROM evidence WHERE evidence_id = $1', [stored.evidenceId]);
    const row = rows[0];
    assert.ok(row);
    assert.equal(row.ciphertext.length, bytes.length);
    assert.equal(row.ciphertext.includes(bytes.subarray(0, 64)), false);
    assert.equal(row.iv.length, 12);
    assert.equal(row.auth_tag.length, 16);
    const keys = await ds.query<{ wrapped_key: Buffer }[]>('SELECT wrapped_key FROM case_keys WHERE case_id = $1', ['ev-1']);
    assert.equal(keys[0]?.wrapped_key.length, 32);
  });

  void test('the same bytes twice in one case give the first evidence id back as a duplicate', async () => {
    const bytes = fakeJpeg();
    const input = { caseId: 'ev-dup', bytes, mediaType: 'image/jpeg', declaredKind: 'photo:storefront' };
    const first = await vault.store(input);
    const again = await vault.store({ ...input, declaredKind: 'voucher:business_licence' });
    assert.deepEqual(again, { ...first, duplicate: true });
    const elsewhere = await vault.store({ ...input, caseId: 'ev-dup-other' });
    assert.equal(elsewhere.duplicate, false);
    assert.notEqual(elsewhere.evidenceId, first.evidenceId);
  });

  void test('concurrent uploads of the same bytes store one row', async () => {
    const bytes = fakeJpeg(20_000);
    const results = await Promise.all(
      Array.from({ length: 12 }, () =>
        vault.store({ caseId: 'ev-race', bytes, mediaType: 'image/png', declaredKind: 'photo:shop_interior' }),
      ),
    );
    assert.equal(new Set(results.map((r) => r.evidenceId)).size, 1);
    assert.equal(results.filter((r) => !r.duplicate).length, 1);
    const count = await ds.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM evidence WHERE case_id = 'ev-race'`);
    assert.equal(count[0]?.n, 1);
    const keyRows = await ds.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM case_keys WHERE case_id = 'ev-race'`);
    assert.equal(keyRows[0]?.n, 1);
  });

  void test('unknown evidence is EvidenceNotFound', async () => {
    const stored = await vault.store({
      caseId: 'ev-nf',
      bytes: fakeJpeg(),
      mediaType: 'application/pdf',
      declaredKind: 'voucher:bank_statement',
    });
    await assert.rejects(vault.read('ev-nf', randomUUID()), hasCode(ErrorCode.EvidenceNotFound));
    await assert.rejects(vault.read('ev-nf', 'not-a-uuid'), hasCode(ErrorCode.EvidenceNotFound));
    await assert.rejects(vault.read('ev-no-such-case', stored.evidenceId), hasCode(ErrorCode.EvidenceNotFound));
    await assert.rejects(vault.read('ev-1', stored.evidenceId), hasCode(ErrorCode.EvidenceNotFound));
  });

  void test('a master key rotation: the previous key still reads, rewrap moves every live case key, then the old key is useless', async () => {
    const old = randomBytes(32);
    const next = randomBytes(32);
    const before = new EvidenceVault(ds, old);
    const cases = ['rot-1', 'rot-2', 'rot-3'];
    const stored = await Promise.all(
      cases.map((caseId) => before.store({ caseId, bytes: fakeJpeg(), mediaType: 'image/jpeg', declaredKind: 'voucher:vehicle_licence' })),
    );
    const during = new EvidenceVault(ds, { current: next, previous: [old] });
    for (const [i, caseId] of cases.entries())
      assert.equal((await during.read(caseId, stored[i]?.evidenceId ?? '')).sha256, stored[i]?.sha256);
    // New uploads to a case keep its (old-wrapped) key: the ring opens it.
    const later = await during.store({
      caseId: 'rot-1',
      bytes: fakeJpeg(),
      mediaType: 'image/jpeg',
      declaredKind: 'voucher:vehicle_licence',
    });

    const ring = { current: next, previous: [old] };
    const first = await rewrapCaseKeys(ds, ring, 2);
    assert.equal(first.rewrapped, cases.length, JSON.stringify(first));
    // Other tests' cases are wrapped by a key outside this ring: reported, left as they are.
    assert.ok(first.unreadable.length > 0 && cases.every((c) => !first.unreadable.includes(c)), JSON.stringify(first));
    const again = await rewrapCaseKeys(ds, ring, 2);
    assert.deepEqual({ rewrapped: again.rewrapped, current: again.current }, { rewrapped: 0, current: cases.length });

    const after = new EvidenceVault(ds, next);
    for (const [i, caseId] of cases.entries())
      assert.equal((await after.read(caseId, stored[i]?.evidenceId ?? '')).sha256, stored[i]?.sha256);
    assert.equal((await after.read('rot-1', later.evidenceId)).sha256, later.sha256);
    await assert.rejects(before.read('rot-2', stored[1]?.evidenceId ?? ''), /decryption failed/);
  });

  void test('a wrong master key or a ciphertext moved to another row does not decrypt', async () => {
    const a = await vault.store({
      caseId: 'ev-bind',
      bytes: fakeJpeg(),
      mediaType: 'image/jpeg',
      declaredKind: 'photo:commercial_vehicle',
    });
    const b = await vault.store({
      caseId: 'ev-bind',
      bytes: fakeJpeg(),
      mediaType: 'image/jpeg',
      declaredKind: 'photo:commercial_vehicle',
    });
    await assert.rejects(new EvidenceVault(ds, randomBytes(32)).read('ev-bind', a.evidenceId), /decryption failed/);
    await ds.query(
      `UPDATE evidence SET ciphertext = src.ciphertext, iv = src.iv, auth_tag = src.auth_tag
       FROM evidence src WHERE evidence.evidence_id = $1 AND src.evidence_id = $2`,
      [b.evidenceId, a.evidenceId],
    );
    await assert.rejects(vault.read('ev-bind', b.evidenceId), /decryption failed/);
    assert.equal((await vault.read('ev-bind', a.evidenceId)).sha256, a.sha256);
  });

  void test('shredding a case destroys its key and ciphertexts, and nothing of it can be read or added', async () => {
    const one = await vault.store({
      caseId: 'ev-shred',
      bytes: fakeJpeg(),
      mediaType: 'image/jpeg',
      declaredKind: 'voucher:lease_contract',
    });
    await vault.store({ caseId: 'ev-shred', bytes: fakeJpeg(), mediaType: 'image/jpeg', declaredKind: 'voucher:utility_bill' });
    const neighbour = await vault.store({
      caseId: 'ev-keep',
      bytes: fakeJpeg(),
      mediaType: 'image/jpeg',
      declaredKind: 'photo:storefront',
    });

    await vault.shredCase('ev-shred');
    await vault.shredCase('ev-shred');

    type KeyRow = { wrapped_key: Buffer | null; wrap_iv: Buffer | null; wrap_tag: Buffer | null; shredded_at: Date | null };
    const keys = await ds.query<KeyRow[]>('SELECT wrapped_key, wrap_iv, wrap_tag, shredded_at FROM case_keys WHERE case_id = $1', [
      'ev-shred',
    ]);
    assert.equal(keys.length, 1);
    assert.deepEqual([keys[0]?.wrapped_key, keys[0]?.wrap_iv, keys[0]?.wrap_tag], [null, null, null]);
    assert.ok(keys[0]?.shredded_at instanceof Date);
    const left = await ds.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM evidence WHERE case_id = 'ev-shred'`);
    assert.equal(left[0]?.n, 0);

    await assert.rejects(vault.read('ev-shred', one.evidenceId), hasCode(ErrorCode.EvidenceKeyShredded));
    await assert.rejects(vault.read('ev-shred', randomUUID()), hasCode(ErrorCode.EvidenceKeyShredded));
    await assert.rejects(
      vault.store({ caseId: 'ev-shred', bytes: fakeJpeg(), mediaType: 'image/jpeg', declaredKind: 'photo:storefront' }),
      hasCode(ErrorCode.EvidenceKeyShredded),
    );
    assert.equal((await vault.read('ev-keep', neighbour.evidenceId)).sha256, neighbour.sha256);

    // A case shredded before any upload is refused too.
    await vault.shredCase('ev-shred-empty');
    await assert.rejects(
      vault.store({ caseId: 'ev-shred-empty', bytes: fakeJpeg(), mediaType: 'image/jpeg', declaredKind: 'photo:storefront' }),
      hasCode(ErrorCode.EvidenceKeyShredded),
    );
  });

  void test('rejects invalid uploads and a master key of the wrong size', async () => {
    const ok = { caseId: 'ev-invalid', bytes: fakeJpeg(), mediaType: 'image/jpeg', declaredKind: 'photo:storefront' };
    for (const bad of [
      { ...ok, declaredKind: 'photo:selfie' },
      { ...ok, declaredKind: 'voucher' },
      { ...ok, mediaType: 'jpeg' },
      { ...ok, bytes: Buffer.alloc(0) },
      { ...ok, caseId: 'bad id!' },
    ]) {
      await assert.rejects(vault.store(bad), hasCode(ErrorCode.ValidationFailed));
    }
    assert.throws(() => new EvidenceVault(ds, randomBytes(16)), hasCode(ErrorCode.ValidationFailed));
  });
});
