import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { Client, Connection } from '@temporalio/client';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import { workflowIdForCase } from '@uplift/domain';
import { syntheticVoucherPhoto } from '@uplift/evidence-synth';
import { ApiKeys } from '@uplift/persistence';
import { findFreePort } from '@uplift/devstack';
import { createEngineHarness, eventually, type EngineHarness } from '../support/engine-harness';
import { apiClient, type CaseView } from '../support/http-client';
import { startEngineProcess, type EngineProcess } from '../support/worker-process';

let h: EngineHarness;
let worker: EngineProcess;
let api: EngineProcess;
let base = '';

before(async () => {
  h = await createEngineHarness('canary');
  const port = await findFreePort();
  base = `http://127.0.0.1:${port}`;
  worker = startEngineProcess(h, 'worker', { VISION_OBJECT_DETECTION: 'off' });
  api = startEngineProcess(h, 'api', { API_PORT: String(port), API_HOST: '127.0.0.1' });
  await Promise.all([worker.ready, api.ready]);
});
after(async () => {
  for (const p of [api, worker]) {
    if (p && p.child.exitCode === null) {
      p.child.kill('SIGTERM');
      await p.exited;
    }
  }
  await h?.stop();
});

/** Every base64 `data` field of a history's JSON, decoded: what is really stored, byte for byte. */
function storedBytes(json: string): Buffer {
  const blobs = [...json.matchAll(/"data":\s*"([A-Za-z0-9+/=]*)"/g)].map((m) => Buffer.from(m[1] ?? '', 'base64'));
  return Buffer.concat([Buffer.from(json, 'utf8'), ...blobs]);
}

test('personal data never appears in the raw Temporal history or in any log; only operators can decode it', async () => {
  const keys = new ApiKeys(h.dataSource);
  const channel = apiClient(base, (await keys.create({ channel: 'canary', role: 'channel', name: 'app' })).token);
  const operator = apiClient(base, (await keys.create({ channel: 'ops', role: 'operator', name: 'on call' })).token);
  const compliance = apiClient(base, (await keys.create({ channel: 'ops', role: 'compliance', name: 'audit' })).token);

  const licence = await syntheticVoucherPhoto('business_licence', 97);
  const personal = {
    name: '张伟明',
    idNumber: '11010519491231002X',
    phone: '13800138000',
    uscc: licence.truth['uscc'] ?? '',
    company: licence.truth['name'] ?? '',
  };
  const opened = await channel.post<{ caseId: string }>(
    '/v1/cases',
    { merchantRef: 'canary-1', currentLimit: 100_000, requestedLimit: 200_000, industry: 'retail', language: 'zh' },
    { 'idempotency-key': 'canary-open' },
  );
  assert.equal(opened.status, 201, JSON.stringify(opened.body));
  const caseId = opened.body.caseId;
  const said = await channel.post(`/v1/cases/${caseId}/messages`, {
    messageId: 'm1',
    text: `我叫${personal.name}，身份证号是${personal.idNumber}，手机${personal.phone}，月流水五十万`,
  });
  assert.equal(said.status, 200, JSON.stringify(said.body));
  const upload = await channel.upload<{ evidenceId: string }>(
    `/v1/cases/${caseId}/evidence`,
    { kind: 'voucher:business_licence', consent: 'true' },
    { bytes: licence.jpeg, name: 'licence.jpg', type: 'image/jpeg' },
  );
  assert.equal(upload.status, 202, JSON.stringify(upload.body));
  const view = await eventually(
    async () => {
      const v = (await channel.get<CaseView>(`/v1/cases/${caseId}`)).body;
      return v.state.evidence[upload.body.evidenceId]?.recognition ? v : undefined;
    },
    240_000,
    'the licence recognised',
  );
  const read = view.state.evidence[upload.body.evidenceId]?.recognition?.fields.map((f) => f.value) ?? [];
  assert.ok(read.includes(personal.uscc), `the engine read the USCC ${personal.uscc} (it read ${read.join(', ')})`);

  // The raw history, read without the codec: what Temporal stores and shows to anyone with the Web UI.
  const connection = await Connection.connect({ address: h.config.temporal.address ?? '' });
  const plain = new Client({ connection, namespace: h.config.temporal.namespace });
  const handle = plain.workflow.getHandle(workflowIdForCase(caseId));
  const raw = historyToJSON(await handle.fetchHistory());
  const described = await handle.describe();
  const visible = JSON.stringify({ id: described.workflowId, attributes: described.typedSearchAttributes, memo: described.memo ?? null });
  await connection.close();
  const stored = storedBytes(raw);
  const logs = `${worker.output()}\n${api.output()}`;
  for (const [what, value] of Object.entries(personal)) {
    assert.ok(value.length > 0, what);
    assert.equal(stored.includes(Buffer.from(value, 'utf8')), false, `${what} is in the raw Temporal history`);
    assert.equal(logs.includes(value), false, `${what} is in a log`);
    assert.equal(visible.includes(value), false, `${what} is in the workflow id, memo or search attributes`);
  }

  // The codec server: an operator gets the payloads back in clear, nobody else does.
  const payloads = [...raw.matchAll(/"payloads":\s*(\[[^\]]*\])/g)].flatMap(
    (m) => JSON.parse(m[1] ?? '[]') as { metadata: Record<string, string>; data: string }[],
  );
  assert.ok(payloads.length > 0);
  const decoded = await operator.post<{ payloads: { data: string }[] }>('/codec/decode', { payloads });
  assert.equal(decoded.status, 200, JSON.stringify(decoded.body));
  const clear = decoded.body.payloads.map((p) => Buffer.from(p.data, 'base64').toString('utf8')).join('\n');
  for (const value of [personal.idNumber, personal.phone, personal.uscc]) assert.ok(clear.includes(value), `the operator decodes ${value}`);
  // Proto3 JSON leaves out an empty list: the CLI sends {} for an event without payloads.
  assert.deepEqual((await operator.post('/codec/decode', {})).body, { payloads: [] });
  assert.equal((await compliance.post('/codec/decode', { payloads })).status, 403);
  assert.equal((await channel.post('/codec/decode', { payloads })).status, 403);
  assert.equal(
    (
      await fetch(`${base}/codec/decode`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ payloads }),
      })
    ).status,
    401,
  );
});
