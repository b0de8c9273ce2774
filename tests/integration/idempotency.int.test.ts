import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, randomUUID } from 'node:crypto';
import { ErrorCode, isDomainError } from '@uplift/domain';
import { createDataSource, IdempotencyStore, runMigrations, type DataSource } from '@uplift/persistence';
import { createTestDatabase } from '../support/test-env';

const hashOf = (body: unknown): string => createHash('sha256').update(JSON.stringify(body)).digest('hex');

void describe('IdempotencyStore', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let ds: DataSource;
  let store: IdempotencyStore;

  before(async () => {
    db = await createTestDatabase('idempotency');
    await runMigrations(db.url);
    ds = createDataSource({ url: db.url, poolSize: 10 });
    await ds.initialize();
    store = new IdempotencyStore(ds);
  });

  after(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  void test('first claim wins; the same request replays; another request with the key is a mismatch', async () => {
    const body = { merchantRef: 'shop-77', currentLimit: 30_000, requestedLimit: 90_000 };
    const key = randomUUID();
    const claim = { channel: 'wechat', key, requestHash: hashOf(body), caseId: 'case-idem-1' };

    assert.deepEqual(await store.claim(claim), { status: 'claimed', caseId: 'case-idem-1' });
    // Retried before the first request finished: the case id is known, the response is not yet.
    assert.deepEqual(await store.claim({ ...claim, caseId: 'case-idem-ignored' }), {
      status: 'replay',
      caseId: 'case-idem-1',
      response: null,
    });

    const response = { caseId: 'case-idem-1', status: 'collecting', reply: { text: '您好，请问您做什么生意？' } };
    await store.saveResponse('wechat', key, response);
    assert.deepEqual(await store.claim(claim), { status: 'replay', caseId: 'case-idem-1', response });

    assert.deepEqual(await store.claim({ ...claim, requestHash: hashOf({ ...body, requestedLimit: 99_000 }) }), {
      status: 'mismatch',
    });
  });

  void test('keys are scoped per channel', async () => {
    const key = randomUUID();
    const requestHash = hashOf({ n: 1 });
    assert.equal((await store.claim({ channel: 'wechat', key, requestHash, caseId: 'c-w' })).status, 'claimed');
    assert.deepEqual(await store.claim({ channel: 'alipay', key, requestHash, caseId: 'c-a' }), { status: 'claimed', caseId: 'c-a' });
  });

  void test('concurrent claims of one key: exactly one claims, the rest replay with its case id', async () => {
    const key = randomUUID();
    const requestHash = hashOf({ concurrent: true });
    const results = await Promise.all(
      Array.from({ length: 25 }, (_, i) => store.claim({ channel: 'wechat', key, requestHash, caseId: `case-race-${i}` })),
    );
    const claimed = results.filter((r) => r.status === 'claimed');
    assert.equal(claimed.length, 1);
    const winner = claimed[0]?.caseId;
    assert.ok(winner);
    for (const r of results.filter((x) => x.status !== 'claimed')) {
      assert.deepEqual(r, { status: 'replay', caseId: winner, response: null });
    }
  });

  void test('concurrent claims with different requests: one claims, the others are mismatches', async () => {
    const key = randomUUID();
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => store.claim({ channel: 'wechat', key, requestHash: hashOf({ i }), caseId: `case-diff-${i}` })),
    );
    assert.equal(results.filter((r) => r.status === 'claimed').length, 1);
    assert.equal(results.filter((r) => r.status === 'mismatch').length, 9);
  });

  void test('saving a response for an unclaimed key, or claiming with empty fields, is a validation failure', async () => {
    const isValidationFailure = (error: unknown) => isDomainError(error) && error.code === ErrorCode.ValidationFailed;
    await assert.rejects(store.saveResponse('wechat', randomUUID(), { ok: true }), isValidationFailure);
    await assert.rejects(store.claim({ channel: 'wechat', key: '', requestHash: 'h', caseId: 'c' }), isValidationFailure);
  });
});
