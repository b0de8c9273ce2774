import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { INestApplication } from '@nestjs/common';
import { foldCase, initialCaseState, workflowIdForCase } from '@uplift/domain';
import { syntheticVoucherPhoto } from '@uplift/evidence-synth';
import { CaseQueries, EventStore } from '@uplift/persistence';
import { startApi } from '../support/api-harness';
import { createEngineHarness, eventually, type EngineHarness } from '../support/engine-harness';
import type { apiClient, CaseView } from '../support/http-client';

let h: EngineHarness;
let app: INestApplication;
let channel: ReturnType<typeof apiClient>;
let reviewer: ReturnType<typeof apiClient>;

before(async () => {
  h = await createEngineHarness('burst');
  await h.startWorkers();
  const http = await startApi(h);
  app = http.app;
  channel = (await http.client('chat', 'channel', 'chat app')).api;
  reviewer = (await http.client('chat', 'reviewer', 'reviewer')).api;
});
after(async () => {
  await app?.close();
  await h?.stop();
});

interface Reply {
  status: string;
  inReplyTo: string | null;
  reply: string;
}

test('20 concurrent turns, 3 uploads and a stray review on one case: every call answered, the case alive and consistent', async () => {
  const opened = await channel.post<{ caseId: string }>(
    '/v1/cases',
    { merchantRef: 'burst-1', currentLimit: 100_000, requestedLimit: 300_000, industry: 'logistics', language: 'zh' },
    { 'idempotency-key': 'burst-open-1' },
  );
  assert.equal(opened.status, 201, JSON.stringify(opened.body));
  const caseId = opened.body.caseId;
  const photos = await Promise.all(
    (['road_transport_operating_licence', 'vat_special_invoice', 'vehicle_licence'] as const).map(async (type, i) => ({
      type,
      jpeg: (await syntheticVoucherPhoto(type, 40 + i)).jpeg,
    })),
  );

  // A chat app relaying quick successive messages, three of them double-tapped, while uploads and a
  // reviewer's (mistaken) verdict arrive at the same moment.
  const texts = Array.from({ length: 20 }, (_, i) => ({
    messageId: `burst-${i}`,
    text: i % 2 === 0 ? `我们现在有${i + 3}辆货车` : `月流水大概${i + 20}万`,
  }));
  const [turns, taps, uploads, review] = await Promise.all([
    Promise.all(texts.map((m) => channel.post<Reply>(`/v1/cases/${caseId}/messages`, m))),
    Promise.all(texts.slice(0, 3).map((m) => channel.post<Reply>(`/v1/cases/${caseId}/messages`, m))),
    Promise.all(
      photos.map((p) =>
        channel.upload<{ evidenceId: string }>(
          `/v1/cases/${caseId}/evidence`,
          { kind: `voucher:${p.type}`, consent: 'true' },
          { bytes: p.jpeg, name: `${p.type}.jpg`, type: 'image/jpeg' },
        ),
      ),
    ),
    reviewer.post<{ error: { code: string; message: string } }>(`/v1/cases/${caseId}/review`, {
      outcome: 'approved',
      grantedLimit: 300_000,
      note: 'too early',
    }),
  ]);

  for (const [i, turn] of turns.entries()) {
    assert.equal(turn.status, 200, `turn ${i}: ${JSON.stringify(turn.body)}`);
    assert.equal(turn.body.inReplyTo, `burst-${i}`);
  }
  for (const [i, tap] of taps.entries()) assert.deepEqual(tap.body, turns[i]?.body, 'a double tap gets the first reply');
  for (const upload of uploads) assert.equal(upload.status, 202, JSON.stringify(upload.body));
  assert.equal(review.status, 409, JSON.stringify(review.body));
  assert.equal(review.body.error.code, 'CASE_NOT_IN_REVIEW');

  const evidenceIds = uploads.map((u) => u.body.evidenceId);
  const assessed = await eventually(
    async () => {
      const view = (await channel.get<CaseView>(`/v1/cases/${caseId}`)).body;
      return evidenceIds.every((id) => view.state.evidence[id]?.authenticity) ? view : undefined;
    },
    180_000,
    'all three uploads examined',
  );
  assert.equal(assessed.status, 'collecting', 'the case is alive');
  const description = await h.client.workflow.getHandle(workflowIdForCase(caseId)).describe();
  assert.equal(description.status.name, 'RUNNING');

  const store = new EventStore(h.dataSource, h.masterKey);
  const events = await store.readStream(caseId);
  assert.deepEqual(
    events.map((e) => e.seq),
    events.map((_, i) => i + 1),
    'contiguous sequence',
  );
  assert.equal(new Set(events.map((e) => e.eventId)).size, events.length, 'no event twice');
  assert.deepEqual(await store.verifyChain(caseId), { ok: true, checked: events.length, brokenAtSeq: null });
  const received = events.flatMap((e) => (e.event.type === 'MerchantMessageReceived' ? [e.event.data.messageId] : []));
  assert.deepEqual([...received].sort(), texts.map((m) => m.messageId).sort(), 'each acknowledged message exactly once');
  const submitted = events.flatMap((e) => (e.event.type === 'EvidenceSubmitted' ? [e.event.data.evidenceId] : []));
  assert.deepEqual([...submitted].sort(), [...evidenceIds].sort(), 'each acknowledged upload exactly once');
  const record = await new CaseQueries(h.dataSource, h.masterKey).get(caseId);
  assert.deepEqual(
    record?.state,
    JSON.parse(
      JSON.stringify(
        foldCase(
          initialCaseState(caseId),
          events.map((e) => e.event),
        ),
      ),
    ),
    'read model equals a rebuild',
  );

  // Still a case that goes on to its decision.
  const decided = await channel.post<Reply & { decision: { outcome: string } }>(`/v1/cases/${caseId}/submit`, { actionId: 'burst-submit' });
  assert.equal(decided.status, 200, JSON.stringify(decided.body));
  assert.ok(['decided', 'in_review'].includes(decided.body.status), decided.body.status);
});
