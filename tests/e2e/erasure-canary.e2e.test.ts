import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { INestApplication } from '@nestjs/common';
import { WorkflowNotFoundError } from '@temporalio/client';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import { workflowIdForCase, type PrivacySweepResult } from '@uplift/domain';
import { syntheticVoucherPhoto } from '@uplift/evidence-synth';
import { startApi } from '../support/api-harness';
import { createEngineHarness, eventually, type EngineHarness } from '../support/engine-harness';
import type { apiClient, CaseView } from '../support/http-client';

type Api = ReturnType<typeof apiClient>;

let h: EngineHarness;
let app: INestApplication;
let channel: Api;
let compliance: Api;

before(async () => {
  h = await createEngineHarness('erasure');
  await h.startWorkers();
  const http = await startApi(h);
  app = http.app;
  channel = (await http.client('wallet', 'channel', 'wallet app')).api;
  compliance = (await http.client('ops', 'compliance', 'audit')).api;
});
after(async () => {
  await app?.close();
  await h?.stop();
});

/** Every byte of every row the engine keeps about the case, bytea columns included. */
async function storedAbout(caseId: string): Promise<string> {
  const q = (sql: string, params: unknown[] = [caseId]) => h.dataSource.query<Record<string, unknown>[]>(sql, params);
  const rows = [
    ...(await q('SELECT * FROM case_events WHERE case_id = $1')),
    ...(await q('SELECT * FROM cases WHERE case_id = $1')),
    ...(await q('SELECT * FROM evidence WHERE case_id = $1')),
    ...(await q('SELECT * FROM evidence_fingerprints WHERE case_id = $1')),
    ...(await q('SELECT * FROM evidence_document_numbers WHERE case_id = $1')),
    ...(await q('SELECT * FROM case_operations WHERE case_id = $1')),
    ...(await q('SELECT * FROM idempotency_keys', [])),
  ];
  return rows
    .map((row) =>
      Object.values(row)
        .map((v) => (Buffer.isBuffer(v) ? v.toString('latin1') + v.toString('utf8') : JSON.stringify(v)))
        .join('\n'),
    )
    .join('\n');
}

test('after a confirmed withdrawal no personal string is left anywhere, the chain verifies, and the Temporal execution is deleted', async () => {
  const licence = await syntheticVoucherPhoto('business_licence', 81);
  const invoice = await syntheticVoucherPhoto('vat_special_invoice', 81);
  const personal: Record<string, string> = {
    idNumber: '11010519491231002X',
    phone: '13800138000',
    uscc: licence.truth['uscc'] ?? '',
    company: licence.truth['name'] ?? '',
    legalRepresentative: licence.truth['legal_representative'] ?? '',
    invoiceNumber: invoice.truth['invoice_no'] ?? '',
    buyer: invoice.truth['buyer'] ?? '',
    seller: invoice.truth['seller'] ?? '',
    buyerTaxId: invoice.truth['buyer_tax_id'] ?? '',
  };
  const opened = await channel.post<{ caseId: string }>(
    '/v1/cases',
    { merchantRef: 'erase-1', currentLimit: 100_000, requestedLimit: 200_000, industry: 'retail', language: 'zh' },
    { 'idempotency-key': 'erase-open' },
  );
  assert.equal(opened.status, 201, JSON.stringify(opened.body));
  const caseId = opened.body.caseId;
  const said = await channel.post(`/v1/cases/${caseId}/messages`, {
    messageId: 'm1',
    text: `我的身份证号是${personal['idNumber']}，手机${personal['phone']}，月流水五十万`,
  });
  assert.equal(said.status, 200, JSON.stringify(said.body));
  const uploads: string[] = [];
  for (const [kind, photo] of [
    ['voucher:business_licence', licence],
    ['voucher:vat_special_invoice', invoice],
  ] as const) {
    const upload = await channel.upload<{ evidenceId: string }>(
      `/v1/cases/${caseId}/evidence`,
      { kind, consent: 'true' },
      { bytes: photo.jpeg, name: 'doc.jpg', type: 'image/jpeg' },
    );
    assert.equal(upload.status, 202, JSON.stringify(upload.body));
    uploads.push(upload.body.evidenceId);
  }
  const before = await eventually(
    async () => {
      const view = (await channel.get<CaseView>(`/v1/cases/${caseId}`)).body;
      return uploads.every((id) => view.state.evidence[id]?.authenticity) ? view : undefined;
    },
    180_000,
    'both uploads examined',
  );
  // The canary is alive: before erasure the engine holds (and shows the channel) what it read.
  const readBefore = JSON.stringify(before);
  assert.ok(readBefore.includes(personal['uscc'] ?? '-'), 'the licence was read');
  assert.ok(
    readBefore.includes(personal['idNumber'] ?? '-') ||
      JSON.stringify((await compliance.get(`/v1/cases/${caseId}/events`)).body).includes(personal['idNumber'] ?? '-'),
    'the message was kept',
  );

  const withdrawn = await channel.post<{ status: string }>(`/v1/cases/${caseId}/withdrawal`, { actionId: 'erase-tap' });
  assert.equal(withdrawn.status, 200, JSON.stringify(withdrawn.body));
  assert.equal(withdrawn.body.status, 'withdrawn');
  const handle = h.client.workflow.getHandle(workflowIdForCase(caseId));
  await eventually(
    async () => ((await handle.describe()).status.name === 'COMPLETED' ? true : undefined),
    60_000,
    'the case workflow to complete',
  );
  // Read without the codec: what Temporal stores.
  const rawHistory = historyToJSON(await handle.fetchHistory());

  const sweep = (await h.client.workflow.execute('privacySweepWorkflow', {
    taskQueue: h.config.temporal.taskQueue,
    workflowId: `privacy-sweep-${caseId}`,
    args: [],
  })) as PrivacySweepResult;
  assert.ok(sweep.executionsDeleted >= 1, JSON.stringify(sweep));
  // Temporal deletes asynchronously: the execution and its history go within moments.
  const gone = async (): Promise<true | undefined> => {
    try {
      await handle.describe();
      return undefined;
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) return true;
      throw error;
    }
  };
  await eventually(gone, 60_000, 'the execution to be deleted');

  const responses = JSON.stringify([
    (await channel.get(`/v1/cases/${caseId}`)).body,
    (await compliance.get(`/v1/cases/${caseId}`)).body,
    (await channel.get('/v1/cases?limit=50')).body,
    (await compliance.get(`/v1/cases/${caseId}/privacy`)).body,
    ...(await Promise.all(uploads.map(async (id) => (await compliance.get(`/v1/cases/${caseId}/evidence/${id}`)).body))),
  ]);
  const events = await compliance.get<{ chain: { ok: boolean }; events: { erased?: boolean; event: { type: string } }[] }>(
    `/v1/cases/${caseId}/events`,
  );
  const stored = await storedAbout(caseId);
  for (const [what, value] of Object.entries(personal)) {
    assert.ok(value.length >= 2, what);
    assert.equal(responses.includes(value), false, `${what} is in an API response`);
    assert.equal(JSON.stringify(events.body).includes(value), false, `${what} is in the event log`);
    assert.equal(stored.includes(value), false, `${what} is stored in PostgreSQL`);
    assert.equal(rawHistory.includes(value), false, `${what} is in the raw Temporal history`);
  }
  assert.equal(events.body.chain.ok, true, 'the hash chain verifies after erasure');
  assert.ok(
    events.body.events.some((e) => e.erased === true),
    'erased events say so',
  );
  assert.ok(events.body.events.some((e) => e.event.type === 'ConsentWithdrawn'));
  const view = (await compliance.get<CaseView & { erasedAt: string | null }>(`/v1/cases/${caseId}`)).body;
  assert.ok(view.erasedAt, 'the case shows when it was erased');
  assert.equal(view.state.evidenceOrder.length, 2, 'what was submitted is still listed');
  const privacy = (await compliance.get<{ erasure: { reason: string; executionDeletedAt: string | null } }>(`/v1/cases/${caseId}/privacy`))
    .body;
  assert.equal(privacy.erasure.reason, 'consent_withdrawn');
  assert.ok(privacy.erasure.executionDeletedAt);
});
