import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { enhancedStackTraceQuery } from '@temporalio/workflow';
import { ErrorCode, isDomainError, type CaseState } from '@uplift/domain';
import { CaseQueries, EventStore, EvidenceVault } from '@uplift/persistence';
import { caseStateQuery, reviewUpdate } from '@uplift/workflows';
import { act, openCase, say, sayDoneAndConfirm, submitEvidence } from '../support/case-driver';
import { recordHistoryIfAsked } from '../support/history-files';
import { createEngineHarness, eventually, type EngineHarness } from '../support/engine-harness';
import { syntheticVoucherPhoto } from '@uplift/evidence-synth';
import { corruptJpeg, darkPhoto, documentPhoto, textPdf } from '../support/evidence-fixtures';

let h: EngineHarness;

before(async () => {
  h = await createEngineHarness('wf');
  await h.startWorkers();
});
after(async () => {
  await h.stop();
});

/** Waits until the workflow's state shows `evidenceId` as far as `stage`, and returns that state. */
async function evidenceState(caseId: string, evidenceId: string, stage: 'assessment' | 'recognition' | 'authenticity'): Promise<CaseState> {
  const handle = h.client.workflow.getHandle(`case-${caseId}`);
  return eventually(
    async () => {
      const state = await handle.query(caseStateQuery);
      return state.evidence[evidenceId]?.[stage] ? state : undefined;
    },
    120_000,
    `${stage} of ${evidenceId}`,
  );
}

const assessedState = (caseId: string, evidenceId: string) => evidenceState(caseId, evidenceId, 'assessment');
const recognisedState = (caseId: string, evidenceId: string) => evidenceState(caseId, evidenceId, 'recognition');

describe('case workflow on a real Temporal server and PostgreSQL', () => {
  test('a Chinese logistics merchant goes from greeting to a decision; every change is an event', async () => {
    const { caseId, handle, greeting } = await openCase(h, { industry: 'logistics', language: 'zh' });
    assert.match(greeting.reply, /您好/);
    assert.deepEqual(greeting.action, { kind: 'ask_fact', fact: 'monthlyRevenue' });

    const turn = await say(handle, '月流水大概三十来万，有五辆重卡');
    assert.equal(turn.action.kind, 'request_evidence');
    assert.match(turn.reply, /30万元/);

    const licencePhoto = await syntheticVoucherPhoto('road_transport_operating_licence', 1);
    const licence = await submitEvidence(
      h,
      caseId,
      licencePhoto.jpeg,
      { kind: 'voucher', type: 'road_transport_operating_licence' },
      'image/jpeg',
    );
    const invoice = await submitEvidence(
      h,
      caseId,
      (await syntheticVoucherPhoto('vat_special_invoice', 1)).jpeg,
      { kind: 'voucher', type: 'vat_special_invoice' },
      'image/jpeg',
    );
    for (const [id, type] of [
      [licence, 'road_transport_operating_licence'],
      [invoice, 'vat_special_invoice'],
    ] as const) {
      const state = await recognisedState(caseId, id);
      const item = state.evidence[id];
      assert.equal(item?.assessment?.verdict, 'readable', JSON.stringify(item?.assessment));
      assert.equal(item?.recognition?.documentType, type);
      assert.ok(
        item?.recognition?.validations.every((v) => v.passed),
        JSON.stringify(item?.recognition?.validations),
      );
    }
    const licenceState = await recognisedState(caseId, licence);
    const operator = licenceState.evidence[licence]?.recognition?.fields.find((f) => f.name === 'operator_name');
    assert.equal(operator?.value, licencePhoto.truth.operator_name);
    const feedback = (await new EventStore(h.dataSource, h.masterKey).readStream(caseId)).filter(
      (e) => e.event.type === 'AssistantReplied' && e.event.data.action.kind === 'evidence_feedback',
    );
    assert.ok(
      feedback.some((e) => e.event.type === 'AssistantReplied' && e.event.data.text.includes('识别到')),
      'the merchant is told what was read',
    );

    const done = await sayDoneAndConfirm(handle, 'zh');
    assert.equal(done.status, 'decided');
    assert.ok(done.decision);
    assert.equal(done.action.kind, 'explain_decision');
    // The licence and the invoice name two different companies, neither shown to be the merchant's own
    // sales: nothing verifies the declared revenue, so the limit stays and the reply says what would help.
    assert.equal(done.decision.outcome, 'declined');
    assert.equal(done.decision.grantedLimit, 100_000);
    const codes = done.decision.reasons.map((r) => r.code);
    assert.ok(codes.includes('NO_VERIFIED_CAPACITY'), codes.join());
    assert.ok(codes.includes('NEXT_STEP'), codes.join());
    assert.equal(done.decision.policyVersion, '1.0.0');

    const result = await handle.result();
    assert.equal(result.status, 'decided');
    await recordHistoryIfAsked(handle, 'case-v4-understood-with-commit-logistics-zh-decided');

    const store = new EventStore(h.dataSource, h.masterKey);
    const events = await store.readStream(caseId);
    const types = events.map((e) => e.event.type);
    assert.equal(types[0], 'CaseOpened');
    assert.equal(types.at(-1), 'AssistantReplied');
    assert.equal(types.filter((t) => t === 'DecisionMade').length, 1);
    assert.equal(types.filter((t) => t === 'EvidenceAssessed').length, 2);
    assert.equal(types.filter((t) => t === 'EvidenceRecognised').length, 2);
    assert.equal(types.filter((t) => t === 'AuthenticityChecked').length, 2);
    const made = events.find((e) => e.event.type === 'DecisionMade');
    assert.ok(made?.event.type === 'DecisionMade' && made.event.data.record);
    assert.match(made.event.data.record.inputsHash, /^[0-9a-f]{64}$/);
    assert.deepEqual(
      events.map((e) => e.seq),
      events.map((_, i) => i + 1),
    );
    assert.equal(new Set(events.map((e) => e.eventId)).size, events.length);
    assert.deepEqual(await store.verifyChain(caseId), { ok: true, checked: events.length, brokenAtSeq: null });

    const record = await new CaseQueries(h.dataSource, h.masterKey).get(caseId);
    assert.equal(record?.status, 'decided');
    assert.equal(record?.grantedLimit, 100_000);
    assert.equal(record?.version, events.length);
  });

  test('an English catering merchant is asked for restaurant evidence, never about trucks', async () => {
    const { handle, greeting } = await openCase(h, { industry: null, language: 'en' });
    assert.deepEqual(greeting.action, { kind: 'ask_fact', fact: 'industry' });
    const first = await say(handle, 'I run a small restaurant, revenue about 200k a month');
    assert.equal(first.language, 'en');
    const actions = [first.action];
    for (let turn = 0; turn < 5; turn += 1) actions.push((await say(handle, 'ok, what next?')).action);
    const asked = JSON.stringify(actions);
    assert.doesNotMatch(asked, /vehicles|road_transport|commercial_vehicle/);
    assert.ok(
      actions.some((a) => a.kind === 'request_evidence' && a.evidence.kind === 'photo' && a.evidence.class === 'shop_interior'),
      asked,
    );
    assert.ok(
      actions.some((a) => a.kind === 'request_evidence' && a.evidence.kind === 'voucher' && a.evidence.type === 'food_business_permit'),
      JSON.stringify(actions),
    );
  });

  test('asking for a person puts the case in the human queue, once', async () => {
    const { caseId, handle } = await openCase(h, { industry: 'retail', language: 'zh' });
    const reply = await say(handle, '我想找人工客服聊一下');
    assert.deepEqual(reply.action, { kind: 'handoff_human' });
    await say(handle, '还是要人工');
    const events = await new EventStore(h.dataSource, h.masterKey).readStream(caseId);
    assert.equal(events.filter((e) => e.event.type === 'HumanRequested').length, 1);
    const queue = await new CaseQueries(h.dataSource, h.masterKey).list({ humanRequested: true, status: 'collecting', limit: 50 });
    assert.ok(queue.items.some((c) => c.caseId === caseId));
    const others = await new CaseQueries(h.dataSource, h.masterKey).list({ humanRequested: false, limit: 50 });
    assert.ok(!others.items.some((c) => c.caseId === caseId));
  });

  test('a retried turn gets the same reply and is recorded once', async () => {
    const { caseId, handle } = await openCase(h, { industry: 'retail' });
    const first = await say(handle, '月营业额20万', 'client-msg-1');
    const again = await say(handle, '月营业额20万', 'client-msg-1');
    assert.deepEqual(again, first);
    const events = await new EventStore(h.dataSource, h.masterKey).readStream(caseId);
    assert.equal(events.filter((e) => e.event.type === 'MerchantMessageReceived').length, 1);
  });

  test("operators see where a case waits in the Web UI's stack trace, from stacks of bounded depth", async () => {
    const { handle } = await openCase(h, { industry: 'retail' });
    await say(handle, '月营业额20万');
    const trace = await handle.query(enhancedStackTraceQuery);
    const frames = trace.stacks.flatMap((stack) => stack.locations);
    assert.ok(
      frames.some((frame) => frame.function_name === 'runCase' && frame.file_path?.endsWith('workflows/src/case/case-loop.ts')),
      JSON.stringify(trace.stacks),
    );
    // The sandbox captures six frames per stack (docs/adr/0032); the hook's own frames are cut off.
    assert.ok(Math.max(...trace.stacks.map((stack) => stack.locations.length)) <= 4, JSON.stringify(trace.stacks));
  });

  test('an invalid turn is rejected by the validator before it reaches history', async () => {
    const { caseId, handle } = await openCase(h);
    const before = (await new EventStore(h.dataSource, h.masterKey).readStream(caseId)).length;
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
    assert.equal((await new EventStore(h.dataSource, h.masterKey).readStream(caseId)).length, before);
  });

  test('a PDF is read from its text layer; a document that is not what was declared does not count', async () => {
    const { caseId, handle } = await openCase(h, { industry: 'wholesale', language: 'en' });
    await say(handle, 'our monthly revenue is 500k');
    const pdf = await submitEvidence(
      h,
      caseId,
      textPdf('Delivery schedule week 12 - pallets 40 - Shanghai'),
      { kind: 'voucher', type: 'vat_special_invoice' },
      'application/pdf',
    );
    const state = await recognisedState(caseId, pdf);
    assert.equal(state.evidence[pdf]?.assessment?.textCharacters !== null, true);
    assert.equal(state.evidence[pdf]?.recognition?.ocrEngine, 'pdf-text-layer');
    assert.notEqual(state.evidence[pdf]?.recognition?.documentType, 'vat_special_invoice');
    const done = await act(handle, 'submit');
    assert.ok(
      done.decision?.reasons.some((r) => r.code === 'EVIDENCE_NOT_AS_DECLARED_IGNORED'),
      JSON.stringify(done.decision),
    );
    assert.equal(done.decision?.outcome, 'declined');
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
    const events = await new EventStore(h.dataSource, h.masterKey).readStream(caseId);
    const feedback = events.filter((e) => e.event.type === 'AssistantReplied' && e.event.data.action.kind === 'evidence_feedback');
    assert.equal(feedback.length, 2);
    assert.ok(feedback.every((e) => e.event.type === 'AssistantReplied' && /could not use/i.test(e.event.data.text)));
  });

  test('withdrawing consent is proposed, confirmed, then erases every upload for good and closes the case', async () => {
    const { caseId, handle } = await openCase(h, { industry: 'retail', language: 'zh' });
    const licence = await submitEvidence(
      h,
      caseId,
      await documentPhoto({ seed: 21 }),
      { kind: 'voucher', type: 'business_licence' },
      'image/jpeg',
    );
    await assessedState(caseId, licence);
    const vault = new EvidenceVault(h.dataSource, h.masterKey);
    assert.equal((await vault.read(caseId, licence)).bytes.length > 0, true);

    for (const text of ['我不想撤回授权', '你们会删除我的资料吗？', '不要删除我的资料']) {
      const kept = await say(handle, text);
      assert.equal(kept.status, 'collecting', text);
      assert.notEqual(kept.action.kind, 'confirm_withdrawal', text);
    }
    const proposal = await say(handle, '我不想申请了，请撤回授权，删除我的资料');
    assert.equal(proposal.status, 'collecting');
    assert.equal(proposal.action.kind === 'propose' && proposal.action.proposal, 'withdraw_consent');
    assert.equal((await vault.read(caseId, licence)).bytes.length > 0, true, 'a proposal erases nothing');
    const reply = await say(handle, '确认撤回');
    assert.equal(reply.status, 'withdrawn');
    assert.deepEqual(reply.action, { kind: 'confirm_withdrawal' });
    assert.match(reply.reply, /已全部删除/);
    assert.equal((await handle.result()).status, 'withdrawn');

    await assert.rejects(
      vault.read(caseId, licence),
      (error: unknown) => isDomainError(error) && error.code === ErrorCode.EvidenceKeyShredded,
    );
    const events = await new EventStore(h.dataSource, h.masterKey).readStream(caseId);
    const withdrawn = events.find((e) => e.event.type === 'ConsentWithdrawn');
    assert.ok(withdrawn?.event.type === 'ConsentWithdrawn');
    assert.equal(withdrawn.event.data.erasedEvidence, 1);
    assert.equal((await new CaseQueries(h.dataSource, h.masterKey).get(caseId))?.status, 'withdrawn');
  });

  test('a photo already used in another case is a critical finding: the case is referred and a reviewer decides it', async () => {
    const photo = (await syntheticVoucherPhoto('business_licence', 31)).jpeg;
    const first = await openCase(h, { industry: 'retail', language: 'en' });
    const original = await submitEvidence(h, first.caseId, photo, { kind: 'voucher', type: 'business_licence' }, 'image/jpeg');
    assert.equal((await evidenceState(first.caseId, original, 'authenticity')).evidence[original]?.authenticity?.verdict, 'pass');

    const { caseId, handle } = await openCase(h, { industry: 'retail', language: 'en' });
    await say(handle, 'monthly revenue about 300k');
    const reused = await submitEvidence(h, caseId, photo, { kind: 'voucher', type: 'business_licence' }, 'image/jpeg');
    const checked = (await evidenceState(caseId, reused, 'authenticity')).evidence[reused]?.authenticity;
    assert.equal(checked?.verdict, 'fail');
    const finding = checked?.findings.find((f) => f.check === 'reuse_image');
    assert.equal(finding?.severity, 'critical');
    assert.deepEqual(finding?.relatedCaseIds, [first.caseId]);

    const done = await sayDoneAndConfirm(handle, 'en');
    assert.equal(done.status, 'in_review');
    assert.equal(done.decision?.outcome, 'referred');
    assert.ok(done.decision?.reasons.some((r) => r.code === 'AUTHENTICITY_CRITICAL_FINDING'));
    await assert.rejects(
      handle.executeUpdate(reviewUpdate, {
        updateId: 'review-bad',
        args: [{ reviewerId: 'rev-7', outcome: 'approved', grantedLimit: 120_000, note: 'x' }],
      }),
      WorkflowUpdateFailedError,
    );
    const reviewed = await handle.executeUpdate(reviewUpdate, {
      updateId: 'review',
      args: [{ reviewerId: 'rev-7', outcome: 'declined', grantedLimit: 100_000, note: 'licence photo belongs to another case' }],
    });
    assert.equal(reviewed.decision.outcome, 'declined');
    assert.equal(reviewed.decision.policyVersion, 'human-review+1.0.0');
    assert.equal((await handle.result()).status, 'decided');
    await recordHistoryIfAsked(handle, 'case-v4-understood-with-commit-retail-en-referred-reviewed');
    const types = (await new EventStore(h.dataSource, h.masterKey).readStream(caseId)).map((e) => e.event.type);
    assert.ok(types.includes('ReviewCompleted'));
  });

  test('an idle merchant is reminded, then the case closes on its deadline', async () => {
    const { caseId, handle } = await openCase(h, { language: 'en' }, { reminderAfterMs: 500, abandonAfterMs: 1_500 });
    const result = await handle.result();
    assert.equal(result.status, 'abandoned');
    const types = (await new EventStore(h.dataSource, h.masterKey).readStream(caseId)).map((e) => e.event.type);
    assert.deepEqual(types.slice(-3), ['MerchantReminded', 'AssistantReplied', 'CaseAbandoned']);
  });

  test('an idle merchant who gave something is decided at the deadline rather than abandoned', async () => {
    const { handle } = await openCase(h, { industry: 'logistics', language: 'en' }, { reminderAfterMs: 500, abandonAfterMs: 1_500 });
    await say(handle, 'monthly revenue is 300k');
    const result = await handle.result();
    assert.equal(result.status, 'decided');
    assert.equal(result.decision?.outcome, 'declined');
    assert.ok(result.decision?.reasons.some((r: { code: string }) => r.code === 'NO_VERIFIED_CAPACITY'));
  });

  test('a decided case completes its workflow, so Temporal refuses further turns', async () => {
    const { handle } = await openCase(h, { language: 'en' });
    await act(handle, 'submit');
    await assert.rejects(say(handle, 'one more thing'), (error: unknown) => {
      assert.ok(error instanceof WorkflowNotFoundError);
      assert.match(error.message, /already completed/);
      return true;
    });
  });
});
