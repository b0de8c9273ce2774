import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { INestApplication } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import { createApiApp } from '@uplift/api';
import { cachedAuthentication, MAX_AUTHENTICATION_CACHE_MS } from '@uplift/api';
import { loadConfig, type UpliftConfig } from '@uplift/config';
import { ApiKeys, createDataSource, runMigrations, type DataSource } from '@uplift/persistence';
import { createTestDatabase, testEnv, type TestDatabase } from '../support/test-env';

interface Reply {
  status: number;
  headers: Headers;
  body: Record<string, unknown>;
  text: string;
}

interface KeyView {
  keyId: string;
  channel: string;
  role: string;
  name: string;
  status: string;
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
  lastUsedAt: string | null;
  token?: string;
}

async function send(url: string, init: { method?: string; token?: string; json?: unknown } = {}): Promise<Reply> {
  const headers: Record<string, string> = {};
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  if (init.json !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(url, {
    method: init.method ?? 'GET',
    headers,
    body: init.json === undefined ? undefined : JSON.stringify(init.json),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? (JSON.parse(text) as Record<string, unknown>) : {}, text };
}

function assertError(reply: Reply, status: number, code: string): { code: string; details?: Record<string, unknown> } {
  assert.equal(reply.status, status, `expected ${status} ${code}, got ${reply.status} ${reply.text}`);
  const error = reply.body.error as { code: string; details?: Record<string, unknown>; requestId: string };
  assert.equal(error.code, code);
  assert.equal(error.requestId, reply.headers.get('x-request-id'));
  return error;
}

const fieldsOf = (error: { details?: Record<string, unknown> }) =>
  ((error.details?.fields ?? []) as { field: string }[]).map((f) => f.field).sort();

/** Resolves once `check` holds, trying every 20 ms; fails when `deadlineMs` passes first. */
async function eventually(what: string, deadlineMs: number, check: () => Promise<boolean>): Promise<number> {
  const started = Date.now();
  for (;;) {
    if (await check()) return Date.now() - started;
    if (Date.now() - started > deadlineMs) assert.fail(`${what}: not within ${deadlineMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('API key endpoints and revocation across API processes', () => {
  const infra = testEnv();
  let db: TestDatabase;
  let ds: DataSource;
  let connection: Connection;
  let config: UpliftConfig;
  let apps: INestApplication[] = [];
  let first = '';
  let second = '';
  let operator = '';
  let channelToken = '';
  const keys = () => new ApiKeys(ds);

  async function listen(app: INestApplication): Promise<string> {
    await app.listen(0, '127.0.0.1');
    return `http://127.0.0.1:${((app.getHttpServer() as Server).address() as AddressInfo).port}`;
  }

  before(async () => {
    db = await createTestDatabase('api_key_http');
    await runMigrations(db.url);
    ds = createDataSource({ url: db.url, poolSize: 6, applicationName: 'test-api-key-http' });
    await ds.initialize();
    operator = (await keys().create({ channel: 'ops', role: 'operator', name: 'Operator' })).token;
    channelToken = (await keys().create({ channel: 'alpha', role: 'channel', name: 'Alpha' })).token;
    config = loadConfig({
      DATABASE_URL: db.url,
      TEMPORAL_ADDRESS: infra.temporalAddress,
      TEMPORAL_NAMESPACE: infra.namespace,
      UPLIFT_MASTER_KEY: randomBytes(32).toString('base64'),
      LOG_LEVEL: 'error',
    });
    connection = await Connection.connect({ address: infra.temporalAddress });
    const client = new Client({ connection, namespace: infra.namespace });
    // Two API processes over one database, each with its own authentication cache.
    apps = [
      await createApiApp({ config, dataSource: ds, temporal: client }),
      await createApiApp({ config, dataSource: ds, temporal: client }),
    ];
    first = await listen(apps[0] as INestApplication);
    second = await listen(apps[1] as INestApplication);
  });

  after(async () => {
    for (const app of apps) await app.close();
    await connection?.close();
    await ds?.destroy();
    await db?.drop();
  });

  test('only operator keys manage keys', async () => {
    assertError(await send(`${first}/v1/api-keys`), 401, 'UNAUTHENTICATED');
    assertError(await send(`${first}/v1/api-keys`, { token: channelToken }), 403, 'FORBIDDEN');
    assertError(
      await send(`${first}/v1/api-keys`, { method: 'POST', token: channelToken, json: { channel: 'alpha', role: 'operator' } }),
      403,
      'FORBIDDEN',
    );
    const compliance = (await keys().create({ channel: 'audit', role: 'compliance', name: 'Audit' })).token;
    assertError(await send(`${first}/v1/api-keys/${'0'.repeat(32)}/revoke`, { method: 'POST', token: compliance }), 403, 'FORBIDDEN');
  });

  test('POST /v1/api-keys issues a working key and shows its token once; GET never shows secrets', async () => {
    const created = await send(`${first}/v1/api-keys`, {
      method: 'POST',
      token: operator,
      json: { channel: 'beta', role: 'channel', name: 'Beta app', expiresIn: '90d' },
    });
    assert.equal(created.status, 201, created.text);
    assert.equal(created.headers.get('cache-control'), 'no-store');
    const issued = created.body as unknown as KeyView;
    assert.match(issued.token ?? '', /^upk_[0-9a-f]{32}_[A-Za-z0-9_-]{43}$/);
    assert.deepEqual(
      [issued.channel, issued.role, issued.name, issued.status, issued.revokedAt],
      ['beta', 'channel', 'Beta app', 'active', null],
    );
    assert.ok(issued.expiresAt && Math.abs(Date.parse(issued.expiresAt) - Date.parse(issued.createdAt) - 90 * 86_400_000) < 1_000);
    const works = await send(`${first}/v1/cases`, { token: issued.token });
    assert.equal(works.status, 200, works.text);

    const defaulted = await send(`${first}/v1/api-keys`, {
      method: 'POST',
      token: operator,
      json: { channel: 'beta', role: 'compliance' },
    });
    assert.equal(defaulted.status, 201, defaulted.text);
    assert.equal((defaulted.body as unknown as KeyView).name, 'compliance key for beta');
    assert.equal((defaulted.body as unknown as KeyView).expiresAt, null);

    const listed = await send(`${first}/v1/api-keys?channel=beta`, { token: operator });
    assert.equal(listed.status, 200, listed.text);
    const items = listed.body.items as KeyView[];
    assert.deepEqual(
      items.map((k) => k.keyId),
      [issued.keyId, (defaulted.body as unknown as KeyView).keyId],
    );
    for (const item of items) assert.equal('token' in item, false);
    assert.equal(listed.text.includes(issued.token?.slice(-43) ?? '?'), false, 'the secret is never listed');
    assert.equal(listed.text.includes('secret'), false);
  });

  test('invalid requests are 400 with the reasons per field', async () => {
    const post = (json: unknown) => send(`${first}/v1/api-keys`, { method: 'POST', token: operator, json });
    const all = assertError(
      await post({ channel: 'Not A Channel', role: 'admin', name: '', expiresIn: '90 days', extra: 1 }),
      400,
      'VALIDATION_FAILED',
    );
    assert.deepEqual(fieldsOf(all), ['channel', 'expiresIn', 'extra', 'name', 'role']);
    assert.deepEqual(fieldsOf(assertError(await post({ role: 'channel' }), 400, 'VALIDATION_FAILED')), ['channel']);
    assert.deepEqual(fieldsOf(assertError(await post({ channel: 'x', role: 'channel', name: '   ' }), 400, 'VALIDATION_FAILED')), ['name']);
    assert.deepEqual(fieldsOf(assertError(await post({ channel: 'x', role: 'channel', expiresIn: '3651d' }), 400, 'VALIDATION_FAILED')), [
      'expiresIn',
    ]);
    const malformed = await fetch(`${first}/v1/api-keys`, {
      method: 'POST',
      headers: { authorization: `Bearer ${operator}`, 'content-type': 'application/json' },
      body: '{"channel":',
    });
    assert.equal(malformed.status, 400);
    assertError(await send(`${first}/v1/api-keys?includeRevoked=yes`, { token: operator }), 400, 'VALIDATION_FAILED');
    const key = (await keys().create({ channel: 'gamma', role: 'channel', name: 'Gamma' })).keyId;
    const rotate = (json: unknown) => send(`${first}/v1/api-keys/${key}/rotate`, { method: 'POST', token: operator, json });
    assert.deepEqual(fieldsOf(assertError(await rotate({ grace: '31d', expiresIn: 'soon' }), 400, 'VALIDATION_FAILED')), [
      'expiresIn',
      'grace',
    ]);
    assert.equal((await keys().find(key))?.status, 'active', 'a refused rotation changes nothing');
  });

  test('revoke: unknown keys are 404, revoking twice is the same 200', async () => {
    assertError(await send(`${first}/v1/api-keys/${'0'.repeat(32)}/revoke`, { method: 'POST', token: operator }), 404, 'API_KEY_NOT_FOUND');
    assertError(await send(`${first}/v1/api-keys/not-a-key/revoke`, { method: 'POST', token: operator }), 404, 'API_KEY_NOT_FOUND');
    const key = await keys().create({ channel: 'delta', role: 'channel', name: 'Delta' });
    const once = await send(`${first}/v1/api-keys/${key.keyId}/revoke`, { method: 'POST', token: operator });
    assert.equal(once.status, 200, once.text);
    assert.equal((once.body as unknown as KeyView).status, 'revoked');
    const twice = await send(`${first}/v1/api-keys/${key.keyId}/revoke`, { method: 'POST', token: operator });
    assert.equal(twice.status, 200);
    assert.equal((twice.body as unknown as KeyView).revokedAt, (once.body as unknown as KeyView).revokedAt);
    const listed = await send(`${first}/v1/api-keys?channel=delta`, { token: operator });
    assert.deepEqual(listed.body.items, []);
    const withRevoked = await send(`${first}/v1/api-keys?channel=delta&includeRevoked=true`, { token: operator });
    assert.deepEqual(
      (withRevoked.body.items as KeyView[]).map((k) => [k.keyId, k.status]),
      [[key.keyId, 'revoked']],
    );
  });

  test('rotate: a new token once, the old key refused (or kept for the grace period); unknown 404, revoked 409', async () => {
    const old = await keys().create({ channel: 'epsilon', role: 'channel', name: 'Epsilon' });
    assert.equal((await send(`${first}/v1/cases`, { token: old.token })).status, 200);
    const rotated = await send(`${first}/v1/api-keys/${old.keyId}/rotate`, { method: 'POST', token: operator });
    assert.equal(rotated.status, 201, rotated.text);
    assert.equal(rotated.headers.get('cache-control'), 'no-store');
    const { issued, replaced } = rotated.body as unknown as { issued: KeyView; replaced: KeyView };
    assert.deepEqual([issued.channel, issued.role, issued.name], ['epsilon', 'channel', 'Epsilon']);
    assert.equal('token' in replaced, false);
    assert.equal(replaced.status, 'revoked');
    assert.equal((await send(`${first}/v1/cases`, { token: issued.token })).status, 200);
    await eventually(
      'the old key is refused',
      MAX_AUTHENTICATION_CACHE_MS + 500,
      async () => (await send(`${first}/v1/cases`, { token: old.token })).status === 401,
    );

    assertError(await send(`${first}/v1/api-keys/${old.keyId}/rotate`, { method: 'POST', token: operator }), 409, 'API_KEY_REVOKED');
    assertError(await send(`${first}/v1/api-keys/${'0'.repeat(32)}/rotate`, { method: 'POST', token: operator }), 404, 'API_KEY_NOT_FOUND');

    const graced = await send(`${first}/v1/api-keys/${issued.keyId}/rotate`, {
      method: 'POST',
      token: operator,
      json: { grace: '1h', expiresIn: '30d' },
    });
    assert.equal(graced.status, 201, graced.text);
    const next = graced.body as unknown as { issued: KeyView; replaced: KeyView };
    assert.equal(next.replaced.status, 'active');
    assert.ok(next.replaced.revokedAt && Date.parse(next.replaced.revokedAt) > Date.now() + 3_500_000);
    assert.ok(next.issued.expiresAt);
    assert.equal((await send(`${second}/v1/cases`, { token: issued.token })).status, 200, 'the old key works during the grace period');
    assert.equal((await send(`${second}/v1/cases`, { token: next.issued.token })).status, 200);
  });

  test('a key revoked through one API process is refused by both within 1 s', async () => {
    const key = await keys().create({ channel: 'zeta', role: 'channel', name: 'Zeta' });
    // Both processes have the key in their authentication cache.
    for (const base of [first, second]) assert.equal((await send(`${base}/v1/cases`, { token: key.token })).status, 200);
    const revoked = await send(`${first}/v1/api-keys/${key.keyId}/revoke`, { method: 'POST', token: operator });
    assert.equal(revoked.status, 200, revoked.text);
    const refusedBy = async (base: string) => {
      const reply = await send(`${base}/v1/cases`, { token: key.token });
      if (reply.status === 200) return false;
      assertError(reply, 401, 'UNAUTHENTICATED');
      return true;
    };
    // The bound is the cache's 1 s; the deadline adds only the polling step and a request's latency.
    const deadline = MAX_AUTHENTICATION_CACHE_MS + 250;
    await Promise.all([
      eventually('refused by the first process', deadline, () => refusedBy(first)),
      eventually('refused by the second process', deadline, () => refusedBy(second)),
    ]);
  });

  test('two caches over one database: a revoked key is served from cache for less than 1 s, then refused', async () => {
    let clock = 0;
    const now = () => clock;
    const key = await keys().create({ channel: 'eta', role: 'channel', name: 'Eta' });
    const processes = [new ApiKeys(ds), new ApiKeys(ds)].map((k) => cachedAuthentication((token) => k.authenticate(token), { now }));
    for (const authenticate of processes) assert.equal((await authenticate(key.token))?.keyId, key.keyId);
    await keys().revoke(key.keyId);
    clock = MAX_AUTHENTICATION_CACHE_MS - 1;
    for (const authenticate of processes) assert.equal((await authenticate(key.token))?.keyId, key.keyId, 'still cached just before 1 s');
    clock = MAX_AUTHENTICATION_CACHE_MS;
    for (const authenticate of processes) assert.equal(await authenticate(key.token), null, 'refused at 1 s');
    assert.throws(() => cachedAuthentication(() => Promise.resolve(null), { ttlMs: MAX_AUTHENTICATION_CACHE_MS + 1 }), RangeError);
  });

  test('expired keys are refused like revoked ones; last use is recorded', async () => {
    const key = await keys().create({ channel: 'theta', role: 'channel', name: 'Theta', expiresInMs: 86_400_000 });
    assert.equal((await send(`${second}/v1/cases`, { token: key.token })).status, 200);
    await eventually('last use recorded', 5_000, async () => (await keys().find(key.keyId))?.lastUsedAt !== null);
    await ds.query(
      `UPDATE api_keys SET created_at = created_at - interval '2 days', expires_at = now() - interval '1 second' WHERE key_id = $1`,
      [key.keyId],
    );
    await eventually(
      'the expired key is refused',
      MAX_AUTHENTICATION_CACHE_MS + 500,
      async () => (await send(`${second}/v1/cases`, { token: key.token })).status === 401,
    );
    const listed = await send(`${first}/v1/api-keys?channel=theta`, { token: operator });
    const [item] = listed.body.items as KeyView[];
    assert.equal(item?.status, 'expired');
    assert.ok(item?.lastUsedAt);
  });

  test('tokens issued through the API never reach the logs', async () => {
    const verbose = await createApiApp({
      config: { ...config, logLevel: 'debug' },
      dataSource: ds,
      temporal: new Client({ connection, namespace: infra.namespace }),
    });
    const lines: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    // Keeps the API's log lines (out of the test output); anything else, e.g. the test runner's own, passes.
    process.stdout.write = (chunk: string | Uint8Array, ...rest: unknown[]) => {
      const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
      if (text.startsWith('{') && text.includes('"service":"uplift-api"')) {
        lines.push(text);
        return true;
      }
      return (write as (c: string | Uint8Array, ...r: unknown[]) => boolean)(chunk, ...rest);
    };
    let tokens: string[] = [];
    try {
      const base = await listen(verbose);
      const created = await send(`${base}/v1/api-keys`, { method: 'POST', token: operator, json: { channel: 'iota', role: 'channel' } });
      const keyId = (created.body as unknown as KeyView).keyId;
      const rotated = await send(`${base}/v1/api-keys/${keyId}/rotate`, { method: 'POST', token: operator });
      const fresh = (rotated.body as { issued: KeyView }).issued.token ?? '';
      assert.equal((await send(`${base}/v1/cases`, { token: fresh })).status, 200);
      await send(`${base}/v1/cases`, { token: `${fresh}x` });
      tokens = [(created.body as unknown as KeyView).token ?? '', fresh, operator];
    } finally {
      process.stdout.write = write;
      await verbose.close();
    }
    const logged = lines.join('');
    assert.match(logged, /"path":"\/v1\/api-keys"/, 'the requests were logged');
    for (const token of tokens) {
      assert.ok(token.length > 43);
      assert.equal(logged.includes(token.slice(-43)), false, 'no secret in the logs');
    }
  });
});
