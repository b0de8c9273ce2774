import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { INestApplication } from '@nestjs/common';
import { workflowIdForCase } from '@uplift/domain';
import { createEngineHarness, eventually, type EngineHarness } from '../support/engine-harness';
import { syntheticVoucherPhoto } from '@uplift/evidence-synth';
import { documentPhoto } from '../support/evidence-fixtures';
import type { apiClient, CaseView } from '../support/http-client';
import { startApi } from '../support/api-harness';

let h: EngineHarness;
let app: INestApplication;
let api: ReturnType<typeof apiClient>;
let otherChannel: ReturnType<typeof apiClient>;
let compliance: ReturnType<typeof apiClient>;

before(async () => {
  h = await createEngineHarness('e2e');
  await h.startWorkers();
  const http = await startApi(h);
  app = http.app;
  api = (await http.client('app', 'channel', 'mobile app')).api;
  otherChannel = (await http.client('partner', 'channel', 'partner')).api;
  compliance = (await http.client('app', 'compliance', 'audit')).api;
});
after(async () => {
  await app?.close();
  await h?.stop();
});

// One case, driven step by step: each step is a subtest that builds on the one before (node:test runs
// subtests in order, and a failed step fails the whole scenario), so no test depends on another's order.
test('HTTP → workflow → decision → read model, one case from opening to closed', async (t) => {
  const openBody = { merchantRef: 'truck-co-7', currentLimit: 100_000, requestedLimit: 200_000, industry: 'logistics', language: 'zh' };
  let caseId = '';

  await t.test('opening a case returns the first assistant message; the Idempotency-Key replays it', async () => {
    const opened = await api.post<{ caseId: string; reply: string; status: string }>('/v1/cases', openBody, {
      'idempotency-key': 'open-truck-co-7',
    });
    assert.equal(opened.status, 201, JSON.stringify(opened.body));
    assert.match(opened.body.reply, /您好/);
    assert.equal(opened.body.status, 'collecting');
    caseId = opened.body.caseId;

    const replay = await api.post('/v1/cases', openBody, { 'idempotency-key': 'open-truck-co-7' });
    assert.equal(replay.status, 201);
    assert.deepEqual(replay.body, opened.body);
    const reused = await api.post<{ error: { code: string } }>(
      '/v1/cases',
      { ...openBody, requestedLimit: 300_000 },
      { 'idempotency-key': 'open-truck-co-7' },
    );
    assert.equal(reused.status, 422);
    assert.equal(reused.body.error.code, 'IDEMPOTENCY_KEY_REUSED');
    const missing = await api.post<{ error: { code: string } }>('/v1/cases', openBody);
    assert.equal(missing.status, 400);
    assert.equal(missing.body.error.code, 'IDEMPOTENCY_KEY_MISSING');
  });

  await t.test('turns and uploads move the case to a decision with reasons', async () => {
    const turn = await api.post<{ reply: string; action: { kind: string } }>(`/v1/cases/${caseId}/messages`, {
      messageId: 'm-1',
      text: '月流水大概三十来万，有五辆重卡',
    });
    assert.equal(turn.status, 200, JSON.stringify(turn.body));
    assert.equal(turn.body.action.kind, 'request_evidence');
    const retried = await api.post(`/v1/cases/${caseId}/messages`, { messageId: 'm-1', text: '月流水大概三十来万，有五辆重卡' });
    assert.deepEqual(retried.body, turn.body);

    const licence = await api.upload<{ evidenceId: string; mediaType: string }>(
      `/v1/cases/${caseId}/evidence`,
      { kind: 'voucher:road_transport_operating_licence', consent: 'true' },
      {
        bytes: (await syntheticVoucherPhoto('road_transport_operating_licence', 2)).jpeg,
        name: '../../etc/passwd',
        type: 'application/octet-stream',
      },
    );
    assert.equal(licence.status, 202, JSON.stringify(licence.body));
    assert.equal(licence.body.mediaType, 'image/jpeg');
    const invoice = await api.upload<{ evidenceId: string }>(
      `/v1/cases/${caseId}/evidence`,
      { kind: 'voucher:vat_special_invoice', consent: 'true' },
      { bytes: (await syntheticVoucherPhoto('vat_special_invoice', 2)).jpeg, name: 'invoice.jpg', type: 'image/jpeg' },
    );
    assert.equal(invoice.status, 202);

    await eventually(
      async () => {
        const view = await api.get<CaseView>(`/v1/cases/${caseId}`);
        const items = Object.values(view.body.state.evidence);
        return items.length === 2 && items.every((e) => e.recognition !== null) ? items : undefined;
      },
      120_000,
      'both uploads recognised',
    ).then((items) => {
      assert.deepEqual(items.map((e) => e.recognition?.documentType).sort(), ['road_transport_operating_licence', 'vat_special_invoice']);
    });

    const proposal = await api.post<{ status: string; action: { kind: string; proposal?: string } }>(`/v1/cases/${caseId}/messages`, {
      messageId: 'm-2',
      text: '好了，就这些',
    });
    assert.equal(proposal.status, 200, JSON.stringify(proposal.body));
    assert.deepEqual([proposal.body.status, proposal.body.action.kind, proposal.body.action.proposal], ['collecting', 'propose', 'submit']);
    const done = await api.post<{
      status: string;
      decision: { outcome: string; grantedLimit: number; reasons: { code: string }[] };
      reply: string;
    }>(`/v1/cases/${caseId}/messages`, { messageId: 'm-3', text: '确认提交' });
    assert.equal(done.status, 200, JSON.stringify(done.body));
    assert.equal(done.body.status, 'decided');
    // Two genuine documents of two unrelated companies: nothing verifies the merchant's own revenue.
    assert.equal(done.body.decision.outcome, 'declined');
    assert.equal(done.body.decision.grantedLimit, 100_000);
    assert.ok(done.body.decision.reasons.some((r) => r.code === 'NO_VERIFIED_CAPACITY'));
    assert.match(done.body.reply, /额度保持不变|保持/);
  });

  await t.test('the read model, the list and the verified event log agree', async () => {
    const view = await eventually(async () => {
      const reply = await api.get<CaseView>(`/v1/cases/${caseId}`);
      return reply.body.status === 'decided' ? reply : undefined;
    });
    assert.equal(view.body.grantedLimit, 100_000);
    assert.equal(view.body.outcome, 'declined');

    const list = await api.get<{ items: { caseId: string }[] }>('/v1/cases?status=decided');
    assert.ok(list.body.items.some((c) => c.caseId === caseId));

    const log = await compliance.get<{ chain: { ok: boolean; checked: number }; events: { event: { type: string } }[] }>(
      `/v1/cases/${caseId}/events`,
    );
    assert.equal(log.status, 200);
    assert.equal(log.body.chain.ok, true);
    assert.equal(log.body.chain.checked, log.body.events.length);
    const types = log.body.events.map((e) => e.event.type);
    assert.deepEqual(types.slice(0, 2), ['CaseOpened', 'AssistantReplied']);
    assert.ok(types.includes('EvidenceAssessed'));
    assert.equal(types.filter((t) => t === 'DecisionMade').length, 1);
  });

  await t.test('reviewers and compliance read what was made of each upload, findings and heatmaps included', async () => {
    const view = await compliance.get<CaseView>(`/v1/cases/${caseId}`);
    const evidenceId = view.body.state.evidenceOrder[0] ?? '';
    const detail = await compliance.get<{
      recognition: { documentType: string };
      authenticity: { verdict: string; findings: { check: string }[]; heatmaps: { recapture?: number[][] } };
    }>(`/v1/cases/${caseId}/evidence/${evidenceId}`);
    assert.equal(detail.status, 200);
    assert.equal(detail.body.recognition.documentType, 'road_transport_operating_licence');
    assert.ok(['pass', 'suspect', 'fail'].includes(detail.body.authenticity.verdict));
    assert.ok(Array.isArray(detail.body.authenticity.heatmaps.recapture) && detail.body.authenticity.heatmaps.recapture.length > 0);
    const missing = await compliance.get<{ error: { code: string } }>(`/v1/cases/${caseId}/evidence/00000000-0000-4000-8000-000000000000`);
    assert.equal(missing.status, 404);
    assert.equal(missing.body.error.code, 'EVIDENCE_NOT_FOUND');
    assert.equal((await otherChannel.get(`/v1/cases/${caseId}/evidence/${evidenceId}`)).status, 404);
  });

  await t.test('a closed case refuses turns and uploads with 409; other channels see nothing', async () => {
    const late = await api.post<{ error: { code: string } }>(`/v1/cases/${caseId}/messages`, { messageId: 'm-4', text: 'one more' });
    assert.equal(late.status, 409);
    assert.equal(late.body.error.code, 'CASE_CLOSED');
    // A message the case answered before it closed still gets its first answer when resent.
    const resent = await api.post<{ status: string; inReplyTo: string; action: { kind: string } }>(`/v1/cases/${caseId}/messages`, {
      messageId: 'm-3',
      text: '确认提交',
    });
    assert.equal(resent.status, 200, JSON.stringify(resent.body));
    assert.deepEqual([resent.body.status, resent.body.inReplyTo, resent.body.action.kind], ['decided', 'm-3', 'explain_decision']);
    // Once the workflow has ended, a resent id still gets its first answer, and the same id with other words is refused.
    const handle = h.client.workflow.getHandle(workflowIdForCase(caseId));
    await eventually(async () => ((await handle.describe()).status.name === 'COMPLETED' ? true : undefined), 60_000, 'the workflow ended');
    const recalled = await api.post<{ status: string; inReplyTo: string }>(`/v1/cases/${caseId}/messages`, {
      messageId: 'm-3',
      text: '确认提交',
    });
    assert.deepEqual([recalled.status, recalled.body.status, recalled.body.inReplyTo], [200, 'decided', 'm-3']);
    const reused = await api.post<{ error: { code: string } }>(`/v1/cases/${caseId}/messages`, { messageId: 'm-2', text: '还有一张发票' });
    assert.equal(reused.status, 422, JSON.stringify(reused.body));
    assert.equal(reused.body.error.code, 'IDEMPOTENCY_KEY_REUSED');
    const upload = await api.upload<{ error: { code: string } }>(
      `/v1/cases/${caseId}/evidence`,
      { kind: 'photo:storefront', consent: 'true' },
      { bytes: await documentPhoto({ seed: 12 }), name: 'x.jpg', type: 'image/jpeg' },
    );
    assert.equal(upload.status, 409);
    const hidden = await otherChannel.get<{ error: { code: string } }>(`/v1/cases/${caseId}`);
    assert.equal(hidden.status, 404);
    assert.equal(hidden.body.error.code, 'CASE_NOT_FOUND');
  });
});
