import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { request, type Server } from 'node:http';
import { connect, createServer, type AddressInfo } from 'node:net';
import type { INestApplication } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import { createApiApp } from '@uplift/api';
import { loadConfig, type UpliftConfig } from '@uplift/config';
import { ApiKeys, createDataSource, runMigrations, type DataSource } from '@uplift/persistence';
import { createTestDatabase, testEnv, type TestDatabase } from '../support/test-env';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

interface ErrorBody {
  error: { code: string; message: string; details?: Record<string, unknown>; requestId: string };
}

/** One request through node:http (fetch refuses TRACE and some header values). */
function call(base: string, method: string, path: string, headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(`${base}${path}`, { method, headers, agent: false }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

function assertError(reply: Reply, status: number, code: string): ErrorBody['error'] {
  assert.equal(reply.status, status, `expected ${status} ${code}, got ${reply.status} ${reply.text}`);
  const body = JSON.parse(reply.text) as ErrorBody;
  assert.deepEqual(Object.keys(body), ['error']);
  assert.equal(body.error.code, code);
  assert.equal(typeof body.error.message, 'string');
  assert.equal(body.error.requestId, reply.headers['x-request-id']);
  return body.error;
}

/** What a raw TCP client sees: every byte the server sent, and how the connection ended. */
interface RawExchange {
  received: string;
  /** 'end' for a clean close, else the socket error's code. */
  ending: string;
}

/**
 * Sends `head` on a plain socket; once the answer starts arriving, keeps sending `tail` (as a client
 * still uploading its oversized headers would), then closes its side and waits for the server's.
 */
function rawExchange(port: number, head: string, tail = ''): Promise<RawExchange> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let received = '';
    let ending: string | undefined;
    let answered = false;
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      received += chunk;
      if (answered) return;
      answered = true;
      if (tail) socket.write(tail);
      socket.end();
    });
    socket.on('end', () => (ending ??= 'end'));
    socket.on('error', (error: NodeJS.ErrnoException) => (ending ??= error.code ?? error.message));
    socket.on('close', () => resolve({ received, ending: ending ?? 'closed' }));
    socket.write(head);
  });
}

function parseRaw(raw: string): { status: number; headers: Record<string, string>; body: string } {
  const [head = '', body = ''] = raw.split('\r\n\r\n');
  const [statusLine = '', ...lines] = head.split('\r\n');
  const headers = Object.fromEntries(
    lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]),
  );
  return { status: Number(statusLine.split(' ')[1]), headers, body };
}

describe('HTTP by the standards: auth scheme, 401 challenge, 405 with Allow, 431, request ids, Retry-After', () => {
  const infra = testEnv();
  let db: TestDatabase;
  let ds: DataSource;
  let connection: Connection;
  let config: UpliftConfig;
  let app: INestApplication;
  let base = '';
  let port = 0;
  let token = '';

  before(async () => {
    db = await createTestDatabase('api_http_standards');
    await runMigrations(db.url);
    ds = createDataSource({ url: db.url, poolSize: 4, applicationName: 'test-api-http-standards' });
    await ds.initialize();
    token = (await new ApiKeys(ds).create({ channel: 'alpha', role: 'channel', name: 'Alpha' })).token;
    config = loadConfig({
      DATABASE_URL: db.url,
      TEMPORAL_ADDRESS: infra.temporalAddress,
      TEMPORAL_NAMESPACE: infra.namespace,
      UPLIFT_MASTER_KEY: randomBytes(32).toString('base64'),
      LOG_LEVEL: 'error',
    });
    connection = await Connection.connect({ address: infra.temporalAddress });
    app = await createApiApp({ config, dataSource: ds, temporal: new Client({ connection, namespace: infra.namespace }) });
    await app.listen(0, '127.0.0.1');
    port = ((app.getHttpServer() as Server).address() as AddressInfo).port;
    base = `http://127.0.0.1:${port}`;
  });

  after(async () => {
    await app?.close();
    await connection?.close();
    await ds?.destroy();
    await db?.drop();
  });

  describe('authentication (RFC 9110 §11)', () => {
    test('the Bearer scheme is case-insensitive', async () => {
      for (const scheme of ['Bearer', 'bearer', 'BEARER', 'bEaReR']) {
        const reply = await call(base, 'GET', '/v1/cases', { authorization: `${scheme} ${token}` });
        assert.equal(reply.status, 200, `${scheme}: ${reply.text}`);
      }
    });

    test('every 401 carries WWW-Authenticate: Bearer', async () => {
      const refusals = [
        await call(base, 'GET', '/v1/cases'),
        await call(base, 'GET', '/v1/cases', { authorization: 'Bearer upk_nope' }),
        await call(base, 'GET', '/v1/cases', { authorization: `Basic ${Buffer.from('a:b').toString('base64')}` }),
        await call(base, 'GET', '/v1/cases', { authorization: `Bearer${token}` }),
      ];
      for (const reply of refusals) {
        assertError(reply, 401, 'UNAUTHENTICATED');
        assert.equal(reply.headers['www-authenticate'], 'Bearer');
      }
      const ok = await call(base, 'GET', '/v1/cases', { authorization: `Bearer ${token}` });
      assert.equal(ok.headers['www-authenticate'], undefined);
    });
  });

  describe('methods (RFC 9110 §15.5.6, §9.3.7)', () => {
    test('TRACE, PUT, DELETE and PATCH on /v1/cases are 405 with Allow, with or without a key', async () => {
      for (const method of ['TRACE', 'PUT', 'DELETE', 'PATCH']) {
        const variants: Record<string, string>[] = [{}, { authorization: `Bearer ${token}` }];
        for (const headers of variants) {
          const reply = await call(base, method, '/v1/cases', { ...headers, 'x-request-id': `m-${method}` });
          const error = assertError(reply, 405, 'METHOD_NOT_ALLOWED');
          assert.equal(reply.headers.allow, 'GET, HEAD, POST');
          assert.deepEqual(error.details, { allow: ['GET', 'HEAD', 'POST'] });
          assert.equal(error.requestId, `m-${method}`);
        }
      }
    });

    test('Allow follows the registered routes of every documented path', async () => {
      const doc = JSON.parse((await call(base, 'GET', '/docs-json')).text) as { paths: Record<string, Record<string, unknown>> };
      let checked = 0;
      for (const [template, operations] of Object.entries(doc.paths)) {
        const path = template.replace(/\{[^}]+\}/g, 'a1b2c3d4e5f60718293a4b5c6d7e8f90');
        const documented = Object.keys(operations).map((m) => m.toUpperCase());
        const expected = [...new Set([...documented, ...(documented.includes('GET') ? ['HEAD'] : [])])].sort();
        const unsupported = ['PUT', 'DELETE', 'PATCH', 'POST'].find((m) => !documented.includes(m));
        assert.ok(unsupported, template);
        const reply = await call(base, unsupported, path);
        assertError(reply, 405, 'METHOD_NOT_ALLOWED');
        assert.equal(reply.headers.allow, expected.join(', '), `${unsupported} ${template}`);
        checked += 1;
      }
      assert.ok(checked >= 15, `checked ${checked} paths`);
    });

    test('OPTIONS on a served path lists the methods; unknown paths stay 404 whatever the method', async () => {
      const options = await call(base, 'OPTIONS', '/v1/cases/a1b2');
      assert.equal(options.status, 204);
      assert.equal(options.headers.allow, 'GET, HEAD, OPTIONS');
      for (const method of ['GET', 'PUT', 'TRACE', 'OPTIONS']) {
        const reply = await call(base, method, '/v1/nothing-here', { authorization: `Bearer ${token}` });
        assertError(reply, 404, 'ROUTE_NOT_FOUND');
        assert.equal(reply.headers.allow, undefined);
      }
    });
  });

  describe('malformed requests (RFC 6585 §5, RFC 9112)', () => {
    test('a 100 KB Authorization header is 431 with a short JSON body, and the connection is closed cleanly', async () => {
      const head = `GET /v1/cases HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Request-Id: ignored\r\nAuthorization: Bearer ${'a'.repeat(100 * 1024)}`;
      // The client is still sending when the answer comes: the server must read and drop the rest, not reset.
      const exchange = await rawExchange(port, head, `${'b'.repeat(256 * 1024)}\r\n\r\n`);
      assert.equal(exchange.ending, 'end', `the connection ended with ${exchange.ending}, not a clean close`);
      const reply = parseRaw(exchange.received);
      assert.equal(reply.status, 431);
      assert.equal(reply.headers.connection, 'close');
      assert.equal(reply.headers['content-type'], 'application/json; charset=utf-8');
      assert.ok(reply.body.length < 512, 'a short body');
      assert.equal(Number(reply.headers['content-length']), Buffer.byteLength(reply.body));
      const body = JSON.parse(reply.body) as ErrorBody;
      assert.equal(body.error.code, 'REQUEST_HEADERS_TOO_LARGE');
      assert.deepEqual(body.error.details, { maxBytes: 16 * 1024 });
      assert.equal(body.error.requestId, reply.headers['x-request-id']);

      const viaFetch = await fetch(`${base}/v1/cases`, { headers: { authorization: `Bearer ${'a'.repeat(100 * 1024)}` } });
      assert.equal(viaFetch.status, 431);
      assert.equal(((await viaFetch.json()) as ErrorBody).error.code, 'REQUEST_HEADERS_TOO_LARGE');
      assert.equal((await call(base, 'GET', '/healthz')).status, 200, 'the server goes on serving');
    });

    test('a request Node cannot parse is 400 in the same format', async () => {
      const exchange = await rawExchange(port, 'GET /v1/cases HTTP/1.1\r\nHost: 127.0.0.1\r\nBad Header: x\r\n\r\n');
      assert.equal(exchange.ending, 'end');
      const reply = parseRaw(exchange.received);
      assert.equal(reply.status, 400);
      assert.equal(reply.headers.connection, 'close');
      assert.equal((JSON.parse(reply.body) as ErrorBody).error.code, 'VALIDATION_FAILED');
    });
  });

  describe('request ids and Retry-After', () => {
    test('X-Request-Id is echoed on success and on every kind of error, and replaced when unacceptable', async () => {
      const cases: [string, string, Record<string, string>, number][] = [
        ['GET', '/v1/cases', { authorization: `Bearer ${token}` }, 200],
        ['GET', '/v1/cases', {}, 401],
        ['PUT', '/v1/cases', {}, 405],
        ['GET', '/v1/nothing', { authorization: `Bearer ${token}` }, 404],
        ['GET', '/healthz', {}, 200],
      ];
      for (const [method, path, headers, status] of cases) {
        const reply = await call(base, method, path, { ...headers, 'x-request-id': 'trace-42.a:b' });
        assert.equal(reply.status, status, `${method} ${path}`);
        assert.equal(reply.headers['x-request-id'], 'trace-42.a:b', `${method} ${path}`);
      }
      const replaced = await call(base, 'GET', '/healthz', { 'x-request-id': 'has spaces and "quotes"' });
      assert.match(String(replaced.headers['x-request-id']), /^[0-9a-f-]{36}$/);
      const generated = await call(base, 'GET', '/healthz');
      assert.match(String(generated.headers['x-request-id']), /^[0-9a-f-]{36}$/);
    });

    test('503 carries Retry-After', async () => {
      const probe = createServer();
      await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
      const closedPort = (probe.address() as AddressInfo).port;
      await new Promise<void>((resolve, reject) => probe.close((error) => (error ? reject(error) : resolve())));
      const lazy = Connection.lazy({ address: `127.0.0.1:${closedPort}` });
      const degraded = await createApiApp({
        config,
        dataSource: ds,
        temporal: new Client({ connection: lazy, namespace: infra.namespace }),
      });
      try {
        await degraded.listen(0, '127.0.0.1');
        const url = `http://127.0.0.1:${((degraded.getHttpServer() as Server).address() as AddressInfo).port}`;
        const reply = await call(url, 'GET', '/readyz', { 'x-request-id': 'ready-1' });
        const error = assertError(reply, 503, 'DEPENDENCY_UNAVAILABLE');
        assert.equal(reply.headers['retry-after'], '5');
        assert.equal(error.requestId, 'ready-1');
      } finally {
        await degraded.close();
        await lazy.close();
      }
    });
  });
});
