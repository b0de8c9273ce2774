import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ErrorCode } from '@uplift/domain';
import { callExternalModel, EXTERNAL_MODEL_CONTRACT } from '@uplift/vision';

async function body(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** A local fake of a bank's model server that speaks the documented contract. */
async function withFakeServer(
  answer: (request: Record<string, unknown>) => { status: number; json: unknown },
  run: (url: string) => Promise<void>,
): Promise<void> {
  const server = createServer((req, res) => {
    void body(req).then((text) => {
      const out = answer(JSON.parse(text) as Record<string, unknown>);
      res.writeHead(out.status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(out.json));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    await run(`http://127.0.0.1:${(server.address() as AddressInfo).port}/v1/recognise`);
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

test('the external model adapter sends the contract and maps the answer', async () => {
  let seen: Record<string, unknown> = {};
  await withFakeServer(
    (request) => {
      seen = request;
      return {
        status: 200,
        json: {
          model: { name: 'bank-forklift', version: '2.1' },
          objects: [{ label: 'forklift', assetClass: 'engineering_vehicle', count: 3, confidence: 0.91 }],
          photoClass: { class: 'engineering_vehicle', confidence: 0.9 },
        },
      };
    },
    async (url) => {
      const answer = await callExternalModel(url, Buffer.from([0xff, 0xd8, 0xff]), 'engineering_vehicle');
      assert.deepEqual(answer.objects, [{ label: 'forklift', assetClass: 'engineering_vehicle', count: 3, confidence: 0.91 }]);
      assert.equal(answer.photoClass?.class, 'engineering_vehicle');
    },
  );
  assert.equal(seen.contract, EXTERNAL_MODEL_CONTRACT);
  assert.equal(seen.declaredClass, 'engineering_vehicle');
  assert.equal((seen.image as { base64: string }).base64, Buffer.from([0xff, 0xd8, 0xff]).toString('base64'));
});

test('a malformed answer or an HTTP error is DEPENDENCY_UNAVAILABLE', async () => {
  await withFakeServer(
    () => ({ status: 200, json: { objects: 'nope' } }),
    async (url) => {
      await assert.rejects(
        callExternalModel(url, Buffer.from('x'), 'storefront'),
        (e: { code?: string }) => e.code === ErrorCode.DependencyUnavailable,
      );
    },
  );
  await withFakeServer(
    () => ({ status: 503, json: {} }),
    async (url) => {
      await assert.rejects(callExternalModel(url, Buffer.from('x'), 'storefront'), /HTTP 503/);
    },
  );
});
