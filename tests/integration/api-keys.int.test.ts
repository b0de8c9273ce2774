import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { ErrorCode, isDomainError } from '@uplift/domain';
import { ApiKeys, createDataSource, runMigrations, type DataSource } from '@uplift/persistence';
import { createTestDatabase } from '../support/test-env';

void describe('ApiKeys', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let ds: DataSource;
  let keys: ApiKeys;

  before(async () => {
    db = await createTestDatabase('api_keys');
    await runMigrations(db.url);
    ds = createDataSource({ url: db.url });
    await ds.initialize();
    keys = new ApiKeys(ds);
  });

  after(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  void test('issues a token that authenticates as its channel and role', async () => {
    const issued = await keys.create({ channel: 'wechat', role: 'channel', name: 'WeChat mini-program' });
    assert.match(issued.token, /^upk_[0-9a-f]{32}_[A-Za-z0-9_-]{43}$/);
    assert.ok(issued.token.startsWith(`upk_${issued.keyId}_`));
    assert.deepEqual(await keys.authenticate(issued.token), { keyId: issued.keyId, channel: 'wechat', role: 'channel' });

    const compliance = await keys.create({ channel: 'ops', role: 'compliance', name: 'Compliance desk' });
    assert.deepEqual(await keys.authenticate(compliance.token), { keyId: compliance.keyId, channel: 'ops', role: 'compliance' });
  });

  void test('stores only the SHA-256 of the secret', async () => {
    const issued = await keys.create({ channel: 'alipay', role: 'channel', name: 'Alipay' });
    const secret = issued.token.slice(`upk_${issued.keyId}_`.length);
    const rows = await ds.query<Record<string, unknown>[]>('SELECT * FROM api_keys WHERE key_id = $1', [issued.keyId]);
    const row = rows[0];
    assert.ok(row);
    assert.equal(row.secret_sha256, createHash('sha256').update(secret).digest('hex'));
    const everything = JSON.stringify(row);
    assert.equal(everything.includes(secret), false);
    assert.equal(everything.includes(issued.token), false);
  });

  void test('a wrong secret, an unknown key or a malformed token is null', async () => {
    const issued = await keys.create({ channel: 'wechat', role: 'channel', name: 'probe' });
    const secret = issued.token.slice(-43);
    const flipped = `${secret.startsWith('A') ? 'B' : 'A'}${secret.slice(1)}`;
    const candidates = [
      `upk_${issued.keyId}_${flipped}`,
      `upk_${'0'.repeat(32)}_${secret}`,
      '',
      'upk_',
      `upk_${issued.keyId}`,
      `upk_${issued.keyId}_${secret}x`,
      `UPK_${issued.keyId}_${secret}`,
      `upk_${issued.keyId.toUpperCase()}_${secret}`,
      ` ${issued.token}`,
      `Bearer ${issued.token}`,
      `upk_${issued.keyId}_${secret.slice(0, 42)}=`,
      `upk_${issued.keyId}'--_${secret}`,
    ];
    for (const token of candidates) assert.equal(await keys.authenticate(token), null, token);
    assert.equal(await keys.authenticate(null as unknown as string), null);
  });

  void test('a revoked key stops authenticating; revoking is idempotent and touches no other key', async () => {
    const revoked = await keys.create({ channel: 'wechat', role: 'channel', name: 'old integration' });
    const kept = await keys.create({ channel: 'wechat', role: 'channel', name: 'new integration' });
    await keys.revoke(revoked.keyId);
    await keys.revoke(revoked.keyId);
    await keys.revoke('no-such-key');
    assert.equal(await keys.authenticate(revoked.token), null);
    assert.equal((await keys.authenticate(kept.token))?.keyId, kept.keyId);
  });

  void test('rejects an invalid channel, role or name', async () => {
    const isValidationFailure = (error: unknown) => isDomainError(error) && error.code === ErrorCode.ValidationFailed;
    await assert.rejects(keys.create({ channel: 'We Chat', role: 'channel', name: 'x' }), isValidationFailure);
    await assert.rejects(keys.create({ channel: 'wechat', role: 'admin' as 'channel', name: 'x' }), isValidationFailure);
    await assert.rejects(keys.create({ channel: 'wechat', role: 'channel', name: '  ' }), isValidationFailure);
  });
});
