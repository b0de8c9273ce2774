import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createServer } from 'node:net';
import type { INestApplication } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import sharp from 'sharp';
import { createApiApp } from '@uplift/api';
import { loadConfig, type UpliftConfig } from '@uplift/config';
import { workflowIdForCase } from '@uplift/domain';
import { ApiKeys, createDataSource, EventStore, runMigrations, type DataSource } from '@uplift/persistence';
import { CASE_WORKFLOW_TYPE, type CaseWorkflowInput } from '@uplift/workflows';
import { corruptJpeg } from '../support/evidence-fixtures';
import { createTestDatabase, testEnv, type TestDatabase } from '../support/test-env';

/** The engine's master key in this test: the API's and the test's own event store share it. */
const masterKey = randomBytes(32);

const MAX_BYTES = 64 * 1024;
const MAX_PIXELS = 10_000;

interface Reply {
  status: number;
  headers: Headers;
  body: Record<string, unknown>;
}

interface ErrorEnvelope {
  error: { code: string; message: string; details?: Record<string, unknown>; requestId: string };
}

/** Listens on a random loopback port and returns the base URL. */
async function listen(app: INestApplication): Promise<string> {
  await app.listen(0, '127.0.0.1');
  const server = app.getHttpServer() as Server;
  const { port } = server.address() as AddressInfo;
  return `http://127.0.0.1:${port}`;
}

/** A loopback port with nothing listening on it. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
  return port;
}

async function send(url: string, init: RequestInit & { token?: string } = {}): Promise<Reply> {
  const headers = new Headers(init.headers);
  if (init.token) headers.set('authorization', `Bearer ${init.token}`);
  const response = await fetch(url, { ...init, headers });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}

/** Asserts the one error format, the status and the code; returns the error for further checks. */
function assertError(reply: Reply, status: number, code: string): ErrorEnvelope['error'] {
  assert.equal(reply.status, status, `expected ${status} ${code}, got ${reply.status} ${JSON.stringify(reply.body)}`);
  const { error } = reply.body as unknown as ErrorEnvelope;
  assert.equal(error.code, code);
  assert.equal(typeof error.message, 'string');
  assert.equal(error.requestId, reply.headers.get('x-request-id'));
  assert.deepEqual(Object.keys(reply.body), ['error']);
  return error;
}

function evidenceForm(fields: Record<string, string>, file?: { bytes: Uint8Array; name: string; type: string }): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  if (file) form.append('file', new Blob([file.bytes], { type: file.type }), file.name);
  return form;
}

describe('HTTP API (real PostgreSQL and Temporal, no worker)', () => {
  const infra = testEnv();
  let db: TestDatabase;
  let ds: DataSource;
  let connection: Connection;
  let client: Client;
  let config: UpliftConfig;
  let app: INestApplication;
  let base: string;
  const tokens = { alpha: '', beta: '', compliance: '' };
  const caseA = randomUUID();
  const caseB = randomUUID();
  // A workflow for caseA that no worker runs: it accepts signals, which is all the upload path needs.
  const idleTaskQueue = `api-http-idle-${randomUUID().slice(0, 8)}`;

  const openCaseEvent = (caseId: string, channel: string) => ({
    eventId: randomUUID(),
    event: {
      type: 'CaseOpened' as const,
      occurredAt: new Date().toISOString(),
      data: {
        caseId,
        channel,
        merchantRef: `ref-${channel}`,
        currentLimit: 50_000,
        requestedLimit: 150_000,
        industry: null,
        language: 'zh' as const,
      },
    },
  });

  before(async () => {
    db = await createTestDatabase('api_http');
    await runMigrations(db.url);
    ds = createDataSource({ url: db.url, poolSize: 4, applicationName: 'test-api-http' });
    await ds.initialize();
    const keys = new ApiKeys(ds);
    tokens.alpha = (await keys.create({ channel: 'alpha', role: 'channel', name: 'Alpha' })).token;
    tokens.beta = (await keys.create({ channel: 'beta', role: 'channel', name: 'Beta' })).token;
    tokens.compliance = (await keys.create({ channel: 'ops', role: 'compliance', name: 'Compliance' })).token;
    const events = new EventStore(ds, masterKey);
    await events.append({ caseId: caseA, expectedVersion: 0, events: [openCaseEvent(caseA, 'alpha')] });
    await events.append({ caseId: caseB, expectedVersion: 0, events: [openCaseEvent(caseB, 'beta')] });

    config = loadConfig({
      DATABASE_URL: db.url,
      TEMPORAL_ADDRESS: infra.temporalAddress,
      TEMPORAL_NAMESPACE: infra.namespace,
      UPLIFT_MASTER_KEY: masterKey.toString('base64'),
      EVIDENCE_MAX_BYTES: String(MAX_BYTES),
      EVIDENCE_MAX_PIXELS: String(MAX_PIXELS),
      API_TEMPORAL_CALL_TIMEOUT: '3s',
      LOG_LEVEL: 'error',
    });
    connection = await Connection.connect({ address: infra.temporalAddress });
    client = new Client({ connection, namespace: infra.namespace });
    const input: CaseWorkflowInput = {
      open: {
        caseId: caseA,
        channel: 'alpha',
        merchantRef: 'ref-alpha',
        currentLimit: 50_000,
        requestedLimit: 150_000,
        industry: null,
        language: 'zh',
      },
      timers: config.caseTimers,
      evidenceTaskQueue: idleTaskQueue,
    };
    await client.workflow.start(CASE_WORKFLOW_TYPE, { workflowId: workflowIdForCase(caseA), taskQueue: idleTaskQueue, args: [input] });

    app = await createApiApp({ config, dataSource: ds, temporal: client });
    base = await listen(app);
  });

  after(async () => {
    await app?.close();
    await client?.workflow
      .getHandle(workflowIdForCase(caseA))
      .terminate('test finished')
      .catch(() => undefined);
    await connection?.close();
    await ds?.destroy();
    await db?.drop();
  });

  describe('authentication and errors', () => {
    test('401 without a key and with an unknown key', async () => {
      assertError(await send(`${base}/v1/cases`), 401, 'UNAUTHENTICATED');
      assertError(await send(`${base}/v1/cases`, { token: 'upk_nope' }), 401, 'UNAUTHENTICATED');
      const forged = `upk_${'0'.repeat(32)}_${'A'.repeat(43)}`;
      assertError(await send(`${base}/v1/cases/${caseA}`, { token: forged }), 401, 'UNAUTHENTICATED');
    });

    test('echoes X-Request-Id and generates one when absent', async () => {
      const echoed = await send(`${base}/v1/cases`, { headers: { 'x-request-id': 'trace-42' } });
      assert.equal(echoed.headers.get('x-request-id'), 'trace-42');
      assert.equal(assertError(echoed, 401, 'UNAUTHENTICATED').requestId, 'trace-42');
      const generated = await send(`${base}/healthz`);
      assert.match(generated.headers.get('x-request-id') ?? '', /^[0-9a-f-]{36}$/);
    });

    test('unknown routes are 404 in the same format', async () => {
      const error = assertError(await send(`${base}/v1/nothing-here`, { token: tokens.alpha }), 404, 'ROUTE_NOT_FOUND');
      assert.match(error.message, /nothing-here/);
    });

    test('malformed JSON is 400', async () => {
      const reply = await send(`${base}/v1/cases`, {
        method: 'POST',
        token: tokens.alpha,
        headers: { 'content-type': 'application/json', 'idempotency-key': 'k-malformed' },
        body: '{"merchantRef": ',
      });
      assertError(reply, 400, 'VALIDATION_FAILED');
    });

    test('serves the OpenAPI document without a key', async () => {
      const doc = await send(`${base}/docs-json`);
      assert.equal(doc.status, 200);
      const paths = doc.body.paths as Record<string, unknown>;
      for (const path of ['/v1/cases', '/v1/cases/{id}', '/v1/cases/{id}/messages', '/v1/cases/{id}/evidence', '/v1/cases/{id}/events']) {
        assert.ok(paths[path], `documents ${path}`);
      }
      const schemas = (doc.body.components as { schemas: Record<string, unknown> }).schemas;
      assert.ok(schemas.ErrorResponseDto && schemas.OpenCaseDto && schemas.TurnReplyDto);
    });
  });

  describe('POST /v1/cases (rejections before Temporal)', () => {
    const validBody = { merchantRef: 'M-1', currentLimit: 50_000, requestedLimit: 200_000 };
    const post = (token: string, body: unknown, key?: string) =>
      send(`${base}/v1/cases`, {
        method: 'POST',
        token,
        headers: { 'content-type': 'application/json', ...(key ? { 'idempotency-key': key } : {}) },
        body: JSON.stringify(body),
      });

    test('400 IDEMPOTENCY_KEY_MISSING without the header', async () => {
      assertError(await post(tokens.alpha, validBody), 400, 'IDEMPOTENCY_KEY_MISSING');
    });

    test('400 VALIDATION_FAILED for a malformed Idempotency-Key', async () => {
      assertError(await post(tokens.alpha, validBody, 'has spaces in it'), 400, 'VALIDATION_FAILED');
    });

    test('400 VALIDATION_FAILED listing every field problem', async () => {
      const reply = await post(
        tokens.alpha,
        { merchantRef: '', currentLimit: -1, requestedLimit: '20', language: 'fr', industry: 'mining', extra: true },
        'k-invalid',
      );
      const error = assertError(reply, 400, 'VALIDATION_FAILED');
      const fields = (error.details?.fields as { field: string; problems: string[] }[]).map((f) => f.field).sort();
      assert.deepEqual(fields, ['currentLimit', 'extra', 'industry', 'language', 'merchantRef', 'requestedLimit']);
    });

    test('400 when requestedLimit does not exceed currentLimit', async () => {
      const error = assertError(await post(tokens.alpha, { ...validBody, requestedLimit: 50_000 }, 'k-not-more'), 400, 'VALIDATION_FAILED');
      assert.deepEqual(error.details?.fields, [
        { field: 'requestedLimit', problems: ['requestedLimit must be greater than currentLimit'] },
      ]);
    });

    test('403 for a compliance key, and for a channel that is not the key’s own', async () => {
      assertError(await post(tokens.compliance, validBody, 'k-compliance'), 403, 'FORBIDDEN');
      assertError(await post(tokens.alpha, { ...validBody, channel: 'beta' }, 'k-other-channel'), 403, 'FORBIDDEN');
    });
  });

  describe('reading cases', () => {
    test('a channel reads its own case with state; another channel’s case and unknown ids are 404', async () => {
      const own = await send(`${base}/v1/cases/${caseA}`, { token: tokens.alpha });
      assert.equal(own.status, 200);
      assert.equal(own.body.caseId, caseA);
      assert.equal(own.body.channel, 'alpha');
      assert.equal((own.body.state as { caseId: string }).caseId, caseA);
      assertError(await send(`${base}/v1/cases/${caseB}`, { token: tokens.alpha }), 404, 'CASE_NOT_FOUND');
      assertError(await send(`${base}/v1/cases/${randomUUID()}`, { token: tokens.alpha }), 404, 'CASE_NOT_FOUND');
      assertError(await send(`${base}/v1/cases/${encodeURIComponent('no such id!')}`, { token: tokens.alpha }), 404, 'CASE_NOT_FOUND');
    });

    test('compliance reads every case', async () => {
      const reply = await send(`${base}/v1/cases/${caseB}`, { token: tokens.compliance });
      assert.equal(reply.status, 200);
      assert.equal(reply.body.channel, 'beta');
    });

    test('listing is limited to the key’s channel whatever the filter says', async () => {
      const alpha = await send(`${base}/v1/cases?channel=beta&limit=10`, { token: tokens.alpha });
      assert.equal(alpha.status, 200);
      assert.deepEqual(
        (alpha.body.items as { caseId: string }[]).map((c) => c.caseId),
        [caseA],
      );
      assert.equal(alpha.body.nextCursor, null);
      const all = await send(`${base}/v1/cases?status=collecting`, { token: tokens.compliance });
      assert.deepEqual((all.body.items as { caseId: string }[]).map((c) => c.caseId).sort(), [caseA, caseB].sort());
      assertError(await send(`${base}/v1/cases?limit=101`, { token: tokens.alpha }), 400, 'VALIDATION_FAILED');
    });

    test('events come with a verified hash chain, and only for visible cases', async () => {
      const reply = await send(`${base}/v1/cases/${caseA}/events`, { token: tokens.alpha });
      assert.equal(reply.status, 200);
      assert.deepEqual(reply.body.chain, { ok: true, checked: 1, brokenAtSeq: null });
      assert.equal((reply.body.events as unknown[]).length, 1);
      assertError(await send(`${base}/v1/cases/${caseA}/events`, { token: tokens.beta }), 404, 'CASE_NOT_FOUND');
    });
  });

  describe('POST /v1/cases/:id/evidence', () => {
    const upload = (caseId: string, body: RequestInit['body'], token = tokens.alpha, headers: Record<string, string> = {}) =>
      send(`${base}/v1/cases/${caseId}/evidence`, { method: 'POST', token, body, headers });
    const okFields = { kind: 'voucher:business_licence', consent: 'true' };

    test('413 while streaming a file over the cap, without reading the rest of the upload', async () => {
      const boundary = `uplift-${randomUUID()}`;
      const encoder = new TextEncoder();
      const head = encoder.encode(
        `--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\nvoucher:business_licence\r\n` +
          `--${boundary}\r\nContent-Disposition: form-data; name="consent"\r\n\r\ntrue\r\n` +
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`,
      );
      const total = 64 * 1024 * 1024;
      const chunk = new Uint8Array(64 * 1024).fill(0xab);
      let pulled = 0;
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (pulled === 0) controller.enqueue(head);
          pulled += chunk.length;
          controller.enqueue(chunk);
          if (pulled >= total) {
            controller.enqueue(encoder.encode(`\r\n--${boundary}--\r\n`));
            controller.close();
          }
        },
      });
      const reply = await send(`${base}/v1/cases/${caseA}/evidence`, {
        method: 'POST',
        token: tokens.alpha,
        headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
        body,
        duplex: 'half', // required by fetch for a streamed request body
      });
      const error = assertError(reply, 413, 'PAYLOAD_TOO_LARGE');
      assert.deepEqual(error.details, { maxBytes: MAX_BYTES });
      assert.ok(pulled < total / 2, `the server stopped reading early (client produced ${pulled} of ${total} bytes)`);
    });

    test('413 up front when Content-Length already exceeds the cap', async () => {
      const big = evidenceForm(okFields, { bytes: new Uint8Array(MAX_BYTES * 3), name: 'a.pdf', type: 'application/pdf' });
      assertError(await upload(caseA, big), 413, 'PAYLOAD_TOO_LARGE');
    });

    test('415 for a text file named x.jpg sent as image/jpeg', async () => {
      const form = evidenceForm(okFields, { bytes: new TextEncoder().encode('I am definitely a JPEG'), name: 'x.jpg', type: 'image/jpeg' });
      assertError(await upload(caseA, form), 415, 'UNSUPPORTED_MEDIA_TYPE');
    });

    test('422 CONSENT_REQUIRED when consent is missing or not "true"', async () => {
      const png = await sharp({ create: { width: 50, height: 50, channels: 3, background: '#336699' } })
        .png()
        .toBuffer();
      const file = { bytes: png, name: 'p.png', type: 'image/png' };
      assertError(await upload(caseA, evidenceForm({ kind: okFields.kind }, file)), 422, 'CONSENT_REQUIRED');
      assertError(await upload(caseA, evidenceForm({ kind: okFields.kind, consent: 'yes' }, file)), 422, 'CONSENT_REQUIRED');
    });

    test('422 IMAGE_TOO_LARGE above the pixel cap; 422 UNDECODABLE_FILE for an unreadable header', async () => {
      const png = await sharp({ create: { width: 200, height: 100, channels: 3, background: '#336699' } })
        .png()
        .toBuffer();
      const tooMany = assertError(
        await upload(caseA, evidenceForm(okFields, { bytes: png, name: 'p.png', type: 'image/png' })),
        422,
        'IMAGE_TOO_LARGE',
      );
      assert.deepEqual(tooMany.details, { width: 200, height: 100, maxPixels: MAX_PIXELS });
      const corrupt = evidenceForm(okFields, { bytes: corruptJpeg(), name: 'c.jpg', type: 'image/jpeg' });
      assertError(await upload(caseA, corrupt), 422, 'UNDECODABLE_FILE');
    });

    test('400 for an unknown kind, a missing file or an extra field', async () => {
      const pdf = { bytes: new TextEncoder().encode('%PDF-1.4\n%%EOF\n'), name: 'd.pdf', type: 'application/pdf' };
      const kind = assertError(await upload(caseA, evidenceForm({ ...okFields, kind: 'voucher:nope' }, pdf)), 400, 'VALIDATION_FAILED');
      assert.equal((kind.details?.fields as { field: string }[])[0]?.field, 'kind');
      assertError(await upload(caseA, evidenceForm(okFields)), 400, 'VALIDATION_FAILED');
      assertError(await upload(caseA, evidenceForm({ ...okFields, note: 'hi' }, pdf)), 400, 'VALIDATION_FAILED');
    });

    test('404 for another channel’s case and 403 for compliance, before the body is read', async () => {
      const pdf = { bytes: new TextEncoder().encode('%PDF-1.4\n%%EOF\n'), name: 'd.pdf', type: 'application/pdf' };
      assertError(await upload(caseB, evidenceForm(okFields, pdf)), 404, 'CASE_NOT_FOUND');
      assertError(await upload(caseA, evidenceForm(okFields, pdf), tokens.compliance), 403, 'FORBIDDEN');
    });

    test('a case that cannot answer (no worker) gets 503 with Retry-After; the stored bytes make the resend a duplicate', async () => {
      const jpeg = await sharp({ create: { width: 80, height: 60, channels: 3, background: '#aa5500' } })
        .jpeg()
        .toBuffer();
      const form = () =>
        evidenceForm({ kind: 'photo:storefront', consent: 'true' }, { bytes: jpeg, name: 'ignored.png', type: 'text/plain' });
      const first = await upload(caseA, form());
      assertError(first, 503, 'DEPENDENCY_UNAVAILABLE');
      assert.equal(first.headers.get('retry-after'), '5');
      const stored = await ds.query<{ n: string }[]>('SELECT count(*) AS n FROM evidence WHERE case_id = $1', [caseA]);
      assert.equal(Number(stored[0]?.n), 1, 'the bytes are kept (encrypted) for the resend');
      assertError(await upload(caseA, form()), 503, 'DEPENDENCY_UNAVAILABLE');
      assert.equal(
        Number((await ds.query<{ n: string }[]>('SELECT count(*) AS n FROM evidence WHERE case_id = $1', [caseA]))[0]?.n),
        1,
        'stored once',
      );
    });
  });

  describe('health', () => {
    test('/healthz is 200 without a key', async () => {
      const reply = await send(`${base}/healthz`);
      assert.equal(reply.status, 200);
      assert.deepEqual(reply.body, { status: 'ok' });
    });

    test('/readyz is 200 when PostgreSQL and Temporal answer', async () => {
      const reply = await send(`${base}/readyz`);
      assert.equal(reply.status, 200, JSON.stringify(reply.body));
      assert.deepEqual(reply.body, { status: 'ok', checks: { database: 'ok', temporal: 'ok' } });
    });

    test('/readyz is 503 naming Temporal when it is unreachable', async () => {
      const lazy = Connection.lazy({ address: `127.0.0.1:${await closedPort()}` });
      const unreachable = new Client({ connection: lazy, namespace: infra.namespace });
      const degraded = await createApiApp({ config, dataSource: ds, temporal: unreachable });
      try {
        const url = await listen(degraded);
        const started = Date.now();
        const reply = await send(`${url}/readyz`);
        const error = assertError(reply, 503, 'DEPENDENCY_UNAVAILABLE');
        assert.deepEqual(error.details, { checks: { database: 'ok', temporal: 'failed' }, failed: ['temporal'] });
        assert.ok(Date.now() - started < 5_000, 'answers within the probe deadline');
      } finally {
        await degraded.close();
        await lazy.close();
      }
    });
  });
});
