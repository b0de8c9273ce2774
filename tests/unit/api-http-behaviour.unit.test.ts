import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { cachedAuthentication, MAX_AUTHENTICATION_CACHE_MS } from '@uplift/api';
import type { Principal } from '@uplift/api';
import { headersForError } from '@uplift/api';
import { allowedMethods, type RouterLayer } from '@uplift/api';

/** A router layer like Express's: `pattern` with `:param` segments, the methods of its route (none: middleware). */
function layer(pattern: string, methods?: string[]): RouterLayer {
  const regex = new RegExp(`^${pattern.replace(/:[a-zA-Z]+/g, '[^/]+')}/?$`);
  return {
    ...(methods ? { route: { methods: Object.fromEntries(methods.map((m) => [m, true])) } } : {}),
    match: (path: string) => regex.test(path),
  };
}

describe('allowedMethods', () => {
  const stack = [
    layer('.*'), // middleware: never counts
    layer('/v1/cases', ['post']),
    layer('/v1/cases', ['get']),
    layer('/v1/cases/:id', ['get']),
    layer('/v1/cases/:id/messages', ['post']),
    {
      route: { methods: { get: true } },
      match: () => {
        throw new URIError('URI malformed');
      },
    },
  ];

  test('collects every route method at the path, adds HEAD for GET, sorts', () => {
    assert.deepEqual(allowedMethods(stack, '/v1/cases'), ['GET', 'HEAD', 'POST']);
    assert.deepEqual(allowedMethods(stack, '/v1/cases/abc'), ['GET', 'HEAD']);
    assert.deepEqual(allowedMethods(stack, '/v1/cases/abc/messages'), ['POST']);
  });

  test('is empty for a path no route serves (that stays a 404)', () => {
    assert.deepEqual(allowedMethods(stack, '/v1/nothing'), []);
  });

  test('ignores catch-all markers', () => {
    assert.deepEqual(allowedMethods([{ route: { methods: { _all: true, get: true } }, match: () => true }], '/x'), ['GET', 'HEAD']);
  });
});

describe('headersForError', () => {
  test('401 challenges with Bearer, 405 lists Allow, 503 says when to retry, others add nothing', () => {
    assert.deepEqual(headersForError(401, {}), { 'WWW-Authenticate': 'Bearer' });
    assert.deepEqual(headersForError(405, { allow: ['GET', 'HEAD'] }), { Allow: 'GET, HEAD' });
    assert.deepEqual(headersForError(503, {}), { 'Retry-After': '5' });
    assert.deepEqual(headersForError(404, {}), {});
    assert.deepEqual(headersForError(405, {}), {});
  });
});

describe('cachedAuthentication', () => {
  const alice: Principal = { keyId: 'k1', channel: 'alpha', role: 'channel' };

  test('remembers a valid token for at most 1 s, then asks again', async () => {
    let clock = 0;
    let calls = 0;
    let valid = true;
    const authenticate = cachedAuthentication(
      () => {
        calls += 1;
        return Promise.resolve(valid ? alice : null);
      },
      { now: () => clock },
    );
    assert.deepEqual(await authenticate('t'), alice);
    valid = false; // revoked right after the look-up
    clock = MAX_AUTHENTICATION_CACHE_MS - 1;
    assert.deepEqual(await authenticate('t'), alice);
    assert.equal(calls, 1);
    clock = MAX_AUTHENTICATION_CACHE_MS;
    assert.equal(await authenticate('t'), null);
    assert.equal(calls, 2);
  });

  test("counts an entry's life from before its look-up, so a slow look-up does not stretch the bound", async () => {
    let clock = 0;
    let calls = 0;
    const authenticate = cachedAuthentication(
      () => {
        calls += 1;
        clock += 400; // the database answers slowly
        return Promise.resolve(alice);
      },
      { now: () => clock },
    );
    await authenticate('t'); // looked up from 0 to 400
    clock = MAX_AUTHENTICATION_CACHE_MS - 1;
    await authenticate('t');
    assert.equal(calls, 1);
    clock = MAX_AUTHENTICATION_CACHE_MS; // 1 s after the look-up began, not after it ended
    await authenticate('t');
    assert.equal(calls, 2);
  });

  test('never remembers a refusal, and refuses to be configured above 1 s', async () => {
    let calls = 0;
    const authenticate = cachedAuthentication(
      () => {
        calls += 1;
        return Promise.resolve(null);
      },
      { now: () => 0 },
    );
    await authenticate('bad');
    await authenticate('bad');
    assert.equal(calls, 2);
    assert.throws(() => cachedAuthentication(() => Promise.resolve(null), { ttlMs: MAX_AUTHENTICATION_CACHE_MS + 1 }), RangeError);
    assert.throws(() => cachedAuthentication(() => Promise.resolve(null), { ttlMs: 0 }), RangeError);
  });
});
