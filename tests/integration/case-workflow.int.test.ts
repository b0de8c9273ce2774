import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { ErrorCode, type CaseState } from '@uplift/domain';
import { CaseQueries, EventStore } from '@uplift/persistence';
import { caseStateQuery } from '@uplift/workflows';
import { openCase, say, submitEvidence } from '../support/case-driver';
import { recordHistoryIfAsked } from '../support/history-files';
import { createEngineHarness, eventually, type EngineHarness } from '../support/engine-harness';
import { corruptJpeg, darkPhoto, documentPhoto, textPdf } from '../support/evidence-fixtures';

let h: EngineHarness;

before(async () => {
  h = await createEngineHarness('wf');
  await h.startWorkers();
});
after(async () => {
  await h.stop();
});

async function assessedState(caseId: string, evidenceId: string): Promise<CaseState> {
  const handle = h.client.workflow.getHandle(`case-${caseId}`);
  return eventually(async () => {
    const state = await handle.query(caseStateQuery);
    return state.evidence[evidenceId]?.assessment ? state : undefined;
  }, 60_000, `assessment of ${evidenceId}`);
}

describe('case workflow on a real Temporal server and PostgreSQL', () => {
  test('a Chinese logistics merchant goes from greeting to a decision; every change is an event', async () => {
    const { caseId, handle, greeting } = await openCase(h, { industry: 'logistics', language: 'zh' });
    assert.match(greeting.reply, /您好/);
    assert.deepEqual(greeting.action, { kind: 'ask_fact', fact: 'monthlyRevenue' });

    const turn = await say(handle, '月流水大概三十来万，有五辆重卡');
    assert.equal(turn.action.kind, 'request_evidence');
    assert.match(turn.reply, /30万元/);

    const licence = await submitEvidence(h, caseId, await documentPhoto({ seed: 1 }), { kind: 'voucher', type: 'road_transport_operating_licence' }, 'image/jpeg');
    const invoice = await submitEvidence(h, caseId, textPdf('VAT invoice No 12345678 total 113000.00'), { kind: 'voucher', type: 'vat_special_invoice' }, 'application/pdf');
    const truck = await submitEvidence(h, caseId, await documentPhoto({ seed: 2, title: 'Truck' }), { kind: 'photo', class: 'commercial_vehicle' }, 'image/jpeg');
    for (const id of [licence, invoice, truck]) {
      const state = await assessedState(caseId, id);
      assert.equal(state.evidence[id]?.assessment?.verdict, 'readable', JSON.stringify(state.evidence[id]?.assessment));
    }

    const done = await say(handle, '好了，就这些');
    assert.equal(done.status, 'decided');
    assert.ok(done.decision);
    assert.equal(done.action.kind, 'explain_decision');
    // 3.6M annual × 0.15 × (2 vouchers × 0.2 + 1 photo × 0.05) = 243,000 → capped at the request.
    assert.equal(done.decision.outcome, 'approved');
    assert.equal(done.decision.grantedLimit, 200_000);

    const result = await handle.result();
    assert.equal(result.status, 'decided');
    await recordHistoryIfAsked(handle, 'case-logistics-zh-decided');

    const store = new EventStore(h.dataSource);
    const events = await store.readStream(caseId);
    const types = events.map((e) => e.event.type);
    assert.equal(types[0], 'CaseOpened');
    assert.equal(types.at(-1), 'AssistantReplied');
    assert.equal(types.filter((t) => t === 'DecisionMade').length, 1);
    assert.equal(types.filter((t) => t === 'EvidenceAssessed').length, 3);
    assert.deepEqual(events.map((e) => e.seq), events.map((_, i) => i + 1));
    assert.equal(new Set(events.map((e) => e.eventId)).size, events.length);
    assert.deepEqual(await store.verifyChain(caseId), { ok: true, checked: events.length, brokenAtSeq: null });

    const record = await new CaseQueries(h.dataSource).get(caseId);
    assert.equal(record?.status, 'decided');
    assert.equal(record?.grantedLimit, 200_000);
    assert.equal(record?.version, events.length);
  });

  test('an English catering merchant is asked about seats, not trucks', async () => {
    const { handle, greeting } = await openCase(h, { industry: null, language: 'en' });
    assert.deepEqual(greeting.action, { kind: 'ask_fact', fact: 'industry' });
    const first = await say(handle, 'I run a small restaurant, revenue about 200k a month');
    assert.equal(first.language, 'en');
    assert.deepEqual(first.action, { kind: 'request_evidence', evidence: { kind: 'voucher', type: 'business_licence' } });
    const second = await say(handle, 'ok');
    assert.deepEqual(second.action, { kind: 'ask_fact', fact: 'seats' });
  });

  test('a retried turn gets the same reply and is recorded once', async () => {
    const { caseId, handle } = await openCase(h, { industry: 'retail' });
    const first = await say(handle, '月营业额20万', 'client-msg-1');
    const again = await say(handle, '月营业额20万', 'client-msg-1');
    assert.deepEqual(again, first);
    const events = await new EventStore(h.dataSource).readStream(caseId);
    assert.equal(events.filter((e) => e.event.type === 'MerchantMessageReceived').length, 1);
  });

  test('an invalid turn is rejected by the validator before it reaches history', async () => {
    const { caseId, handle } = await openCase(h);
    const before = (await new EventStore(h.dataSource).readStream(caseId)).length;
    await assert.rejects(say(handle, '   '), (error: unknown) => {
      assert.ok(error instanceof WorkflowUpdateFailedError);
      assert.ok(error.cause instanceof ApplicationFailure);
      assert.equal(error.cause.type, ErrorCode.ValidationFailed);
      return true;
    });
    await assert.rejects(say(handle, 'hello', 'bad id with spaces'), WorkflowUpdateFailedError);
    const history = await handle.fetchHistory();
    const updates = (history.events ?? []).filter((e) => e.workflowExecutionUpdateAcceptedEventAttributes);
    assert.equal(updates.length, 1, 'only the opening update was accepted');
    assert.equal((await new EventStore(h.dataSource).readStream(caseId)).length, before);
  });

  test('unreadable uploads are recorded with reasons and the merchant is asked again', async () => {
    const { caseId } = await openCase(h, { industry: 'retail', language: 'en' });
    const dark = await submitEvidence(h, caseId, await darkPhoto(), { kind: 'photo', class: 'storefront' }, 'image/jpeg');
    const broken = await submitEvidence(h, caseId, corruptJpeg(), { kind: 'voucher', type: 'business_licence' }, 'image/jpeg');
    const darkState = await assessedState(caseId, dark);
    assert.equal(darkState.evidence[dark]?.assessment?.verdict, 'unreadable');
    assert.ok(darkState.evidence[dark]?.assessment?.problems.includes('TOO_DARK'));
    const brokenState = await assessedState(caseId, broken);
    assert.deepEqual(brokenState.evidence[broken]?.assessment?.problems, ['UNDECODABLE']);
    const events = await new EventStore(h.dataSource).readStream(caseId);
    const feedback = events.filter((e) => e.event.type === 'AssistantReplied' && e.event.data.action.kind === 'evidence_feedback');
    assert.equal(feedback.length, 2);
    assert.ok(feedback.every((e) => e.event.type === 'AssistantReplied' && /could not use/i.test(e.event.data.text)));
  });

  test('an idle merchant is reminded, then the case closes on its deadline', async () => {
    const { caseId, handle } = await openCase(h, { language: 'en' }, { reminderAfterMs: 500, abandonAfterMs: 1_500 });
    const result = await handle.result();
    assert.equal(result.status, 'abandoned');
    const types = (await new EventStore(h.dataSource).readStream(caseId)).map((e) => e.event.type);
    assert.deepEqual(types.slice(-3), ['MerchantReminded', 'AssistantReplied', 'CaseAbandoned']);
  });

  test('an idle merchant who gave something is decided at the deadline rather than abandoned', async () => {
    const { handle } = await openCase(h, { industry: 'logistics', language: 'en' }, { reminderAfterMs: 500, abandonAfterMs: 1_500 });
    await say(handle, 'monthly revenue is 300k');
    const result = await handle.result();
    assert.equal(result.status, 'decided');
    assert.equal(result.decision?.outcome, 'declined');
    assert.ok(result.decision?.reasons.some((r: { code: string }) => r.code === 'NO_READABLE_VOUCHERS'));
  });

  test('a decided case completes its workflow, so Temporal refuses further turns', async () => {
    const { handle } = await openCase(h, { language: 'en' });
    await say(handle, 'done');
    await assert.rejects(say(handle, 'one more thing'), (error: unknown) => {
      assert.ok(error instanceof WorkflowNotFoundError);
      assert.match(error.message, /already completed/);
      return true;
    });
  });
});
