import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { ErrorCode, isDomainError } from '@uplift/domain';
import { ApiKeys, createDataSource, runMigrations, type DataSource } from '@uplift/persistence';
import { createTestDatabase, type TestDatabase } from '../support/test-env';

const DAY = 86_400_000;
const hasCode = (code: ErrorCode) => (error: unknown) => isDomainError(error) && error.code === code;

void describe('API key lifecycle (PostgreSQL)', () => {
  let db: TestDatabase;
  let ds: DataSource;
  let keys: ApiKeys;

  /** Moves one of a key's times to `msAgo` in the past, and its creation by as much (keeping its lifetime). */
  const age = async (keyId: string, column: 'expires_at' | 'revoked_at' | 'last_used_at', msAgo: number): Promise<void> => {
    await ds.query(
      `UPDATE api_keys SET created_at = created_at - (${column} - (now() - $2::float8 * interval '1 millisecond')),
         ${column} = now() - $2::float8 * interval '1 millisecond' WHERE key_id = $1`,
      [keyId, msAgo],
    );
  };
  const lastUsed = async (keyId: string): Promise<Date | null> =>
    (await ds.query<{ last_used_at: Date | null }[]>('SELECT last_used_at FROM api_keys WHERE key_id = $1', [keyId]))[0]?.last_used_at ??
    null;

  before(async () => {
    db = await createTestDatabase('api_key_lifecycle');
    await runMigrations(db.url);
    ds = createDataSource({ url: db.url, poolSize: 4 });
    await ds.initialize();
    keys = new ApiKeys(ds);
  });

  after(async () => {
    await keys?.usageSettled();
    await ds?.destroy();
    await db?.drop();
  });

  void test('a key issued with a lifetime carries its expiry and is refused once it has passed', async () => {
    const before = Date.now();
    const issued = await keys.create({ channel: 'wechat', role: 'channel', name: 'expiring', expiresInMs: 90 * DAY });
    assert.equal(issued.status, 'active');
    assert.ok(issued.expiresAt);
    const lifetime = Date.parse(issued.expiresAt) - Date.parse(issued.createdAt);
    assert.ok(Math.abs(lifetime - 90 * DAY) < 1_000, `lifetime ${lifetime}`);
    assert.ok(Date.parse(issued.expiresAt) > before + 89 * DAY);
    assert.equal((await keys.authenticate(issued.token))?.keyId, issued.keyId);

    await age(issued.keyId, 'expires_at', 1_000);
    assert.equal(await keys.authenticate(issued.token), null);
    assert.equal((await keys.find(issued.keyId))?.status, 'expired');
  });

  void test('a key without a lifetime never expires; lifetimes are validated', async () => {
    const forever = await keys.create({ channel: 'wechat', role: 'channel', name: 'forever' });
    assert.equal(forever.expiresAt, null);
    await assert.rejects(
      keys.create({ channel: 'wechat', role: 'channel', name: 'x', expiresInMs: 0 }),
      hasCode(ErrorCode.ValidationFailed),
    );
    await assert.rejects(
      keys.create({ channel: 'wechat', role: 'channel', name: 'x', expiresInMs: 1.5 }),
      hasCode(ErrorCode.ValidationFailed),
    );
    await assert.rejects(
      keys.create({ channel: 'wechat', role: 'channel', name: 'x', expiresInMs: 3_651 * DAY }),
      hasCode(ErrorCode.ValidationFailed),
    );
  });

  void test('authentication records last use in the background, at most about once a minute', async () => {
    const issued = await keys.create({ channel: 'alipay', role: 'channel', name: 'usage' });
    assert.equal(await lastUsed(issued.keyId), null);
    assert.ok(await keys.authenticate(issued.token));
    await keys.usageSettled();
    const first = await lastUsed(issued.keyId);
    assert.ok(first, 'recorded on first use');

    // Used again within the minute: no write at all (the timestamp stays exactly the same).
    for (let i = 0; i < 5; i += 1) assert.ok(await keys.authenticate(issued.token));
    await keys.usageSettled();
    assert.equal((await lastUsed(issued.keyId))?.getTime(), first.getTime());

    // Once the recorded use is over a minute old, the next authentication refreshes it.
    await age(issued.keyId, 'last_used_at', 61_000);
    const stale = await lastUsed(issued.keyId);
    assert.ok(await keys.authenticate(issued.token));
    await keys.usageSettled();
    const refreshed = await lastUsed(issued.keyId);
    assert.ok(refreshed && stale && refreshed.getTime() > stale.getTime() + 60_000);

    // A failed authentication (wrong secret) records nothing.
    const other = await keys.create({ channel: 'alipay', role: 'channel', name: 'never used' });
    const wrong = `${other.token.slice(0, -1)}${other.token.endsWith('A') ? 'B' : 'A'}`;
    assert.equal(await keys.authenticate(wrong), null);
    await keys.usageSettled();
    assert.equal(await lastUsed(other.keyId), null);
  });

  void test('list shows records without secrets, filters by channel, and hides revoked keys unless asked', async () => {
    const a = await keys.create({ channel: 'list-a', role: 'channel', name: 'A one' });
    const b = await keys.create({ channel: 'list-a', role: 'compliance', name: 'A two' });
    const c = await keys.create({ channel: 'list-b', role: 'operator', name: 'B one' });
    await keys.revoke(b.keyId);

    const listed = await keys.list({ channel: 'list-a' });
    assert.deepEqual(
      listed.map((k) => k.keyId),
      [a.keyId],
    );
    assert.deepEqual(Object.keys(listed[0] ?? {}).sort(), [
      'channel',
      'createdAt',
      'expiresAt',
      'keyId',
      'lastUsedAt',
      'name',
      'revokedAt',
      'role',
      'status',
    ]);
    const withRevoked = await keys.list({ channel: 'list-a', includeRevoked: true });
    assert.deepEqual(
      withRevoked.map((k) => [k.keyId, k.status]),
      [
        [a.keyId, 'active'],
        [b.keyId, 'revoked'],
      ],
    );

    const everything = JSON.stringify(await keys.list({ includeRevoked: true }));
    for (const issued of [a, b, c]) {
      assert.ok(everything.includes(issued.keyId));
      assert.equal(everything.includes(issued.token.slice(-43)), false, 'no secret is listed');
    }
    const digests = await ds.query<{ d: string }[]>('SELECT secret_sha256 AS d FROM api_keys');
    for (const { d } of digests) assert.equal(everything.includes(d), false, 'no digest is listed');
  });

  void test('revoke is immediate, idempotent, keeps the first revocation time, and is null for unknown keys', async () => {
    const issued = await keys.create({ channel: 'wechat', role: 'channel', name: 'to revoke' });
    const first = await keys.revoke(issued.keyId);
    assert.equal(first?.status, 'revoked');
    assert.equal(await keys.authenticate(issued.token), null);
    const again = await keys.revoke(issued.keyId);
    assert.equal(again?.revokedAt, first?.revokedAt);
    assert.equal(await keys.revoke('0'.repeat(32)), null);
    assert.equal(await keys.revoke("x' OR '1'='1"), null);
  });

  void test('rotate issues a like key, revokes the old one at once, and a revoked key cannot be rotated', async () => {
    const old = await keys.create({ channel: 'partner-x', role: 'reviewer', name: 'Partner X reviewers' });
    const { issued, replaced } = await keys.rotate(old.keyId);
    assert.notEqual(issued.keyId, old.keyId);
    assert.deepEqual([issued.channel, issued.role, issued.name, issued.expiresAt], ['partner-x', 'reviewer', 'Partner X reviewers', null]);
    assert.equal(replaced.keyId, old.keyId);
    assert.equal(replaced.status, 'revoked');
    assert.equal(await keys.authenticate(old.token), null);
    assert.deepEqual(await keys.authenticate(issued.token), { keyId: issued.keyId, channel: 'partner-x', role: 'reviewer' });

    await assert.rejects(keys.rotate(old.keyId), hasCode(ErrorCode.ApiKeyRevoked));
    await assert.rejects(keys.rotate('f'.repeat(32)), hasCode(ErrorCode.ApiKeyNotFound));
    await assert.rejects(keys.rotate('not-a-key-id'), hasCode(ErrorCode.ApiKeyNotFound));
    await assert.rejects(keys.rotate(issued.keyId, { graceMs: 31 * DAY }), hasCode(ErrorCode.ValidationFailed));
    assert.equal((await keys.find(issued.keyId))?.status, 'active', 'a refused rotation changes nothing');
  });

  void test('during a grace period both keys work; revoking ends the grace at once; the old key cannot be rotated twice', async () => {
    const old = await keys.create({ channel: 'partner-y', role: 'channel', name: 'Partner Y' });
    const { issued, replaced } = await keys.rotate(old.keyId, { graceMs: 3_600_000 });
    assert.equal(replaced.status, 'active');
    assert.ok(replaced.revokedAt && Date.parse(replaced.revokedAt) > Date.now() + 3_500_000);
    assert.equal((await keys.authenticate(old.token))?.keyId, old.keyId);
    assert.equal((await keys.authenticate(issued.token))?.keyId, issued.keyId);
    assert.deepEqual(
      (await keys.list({ channel: 'partner-y' })).map((k) => k.keyId),
      [old.keyId, issued.keyId],
    );
    await assert.rejects(keys.rotate(old.keyId), hasCode(ErrorCode.ApiKeyRevoked));

    // The grace period ends on its own...
    await age(old.keyId, 'revoked_at', 1);
    assert.equal(await keys.authenticate(old.token), null);
    // ...or at once when an operator revokes the old key during it.
    const second = await keys.rotate(issued.keyId, { graceMs: 3_600_000 });
    const revoked = await keys.revoke(issued.keyId);
    assert.equal(revoked?.status, 'revoked');
    assert.ok(revoked?.revokedAt && Date.parse(revoked.revokedAt) <= Date.now() + 1_000);
    assert.equal(await keys.authenticate(issued.token), null);
    assert.ok(await keys.authenticate(second.issued.token));
  });

  void test("rotation gives the new key the old key's lifetime unless told otherwise; an expired key can be rotated", async () => {
    const old = await keys.create({ channel: 'partner-z', role: 'channel', name: 'Partner Z', expiresInMs: 30 * DAY });
    const inherited = await keys.rotate(old.keyId);
    assert.ok(inherited.issued.expiresAt);
    const lifetime = Date.parse(inherited.issued.expiresAt) - Date.parse(inherited.issued.createdAt);
    assert.ok(Math.abs(lifetime - 30 * DAY) < 1_000, `lifetime ${lifetime}`);

    const explicit = await keys.rotate(inherited.issued.keyId, { expiresInMs: 7 * DAY });
    assert.ok(explicit.issued.expiresAt);
    assert.ok(Math.abs(Date.parse(explicit.issued.expiresAt) - Date.parse(explicit.issued.createdAt) - 7 * DAY) < 1_000);
    const unlimited = await keys.rotate(explicit.issued.keyId, { expiresInMs: null });
    assert.equal(unlimited.issued.expiresAt, null);

    const lapsed = await keys.create({ channel: 'partner-z', role: 'channel', name: 'lapsed', expiresInMs: DAY });
    await age(lapsed.keyId, 'expires_at', 1_000);
    const renewed = await keys.rotate(lapsed.keyId);
    assert.equal(renewed.issued.status, 'active');
    assert.ok(await keys.authenticate(renewed.issued.token));
  });
});
