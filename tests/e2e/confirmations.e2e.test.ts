import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import type { INestApplication } from '@nestjs/common';
import { ErrorCode, isDomainError, workflowIdForCase } from '@uplift/domain';
import { syntheticVoucherPhoto } from '@uplift/evidence-synth';
import { EvidenceVault } from '@uplift/persistence';
import { startApi } from '../support/api-harness';
import { verifiedEventLog } from '../support/case-log';
import { createEngineHarness, eventually, type EngineHarness } from '../support/engine-harness';
import type { apiClient, CaseView } from '../support/http-client';

type Api = ReturnType<typeof apiClient>;
interface Reply {
  status: string;
  inReplyTo: string | null;
  action: { kind: string; proposal?: string };
  reply: string;
}

/** Opens a case and uploads a licence, waiting until it is examined; returns the case and upload ids. */
async function caseWithUpload(channel: Api, key: string): Promise<{ caseId: string; evidenceId: string }> {
  const opened = await channel.post<{ caseId: string }>(
    '/v1/cases',
    { merchantRef: key, currentLimit: 100_000, requestedLimit: 200_000, industry: 'retail', language: 'zh' },
    { 'idempotency-key': key },
  );
  assert.equal(opened.status, 201, JSON.stringify(opened.body));
  const caseId = opened.body.caseId;
  const upload = await channel.upload<{ evidenceId: string }>(
    `/v1/cases/${caseId}/evidence`,
    { kind: 'voucher:business_licence', consent: 'true' },
    { bytes: (await syntheticVoucherPhoto('business_licence', 81)).jpeg, name: 'licence.jpg', type: 'image/jpeg' },
  );
  assert.equal(upload.status, 202, JSON.stringify(upload.body));
  await eventually(
    async () =>
      (await channel.get<CaseView>(`/v1/cases/${caseId}`)).body.state.evidence[upload.body.evidenceId]?.assessment ? true : undefined,
    120_000,
    'the upload examined',
  );
  return { caseId, evidenceId: upload.body.evidenceId };
}

const readable = async (h: EngineHarness, caseId: string, evidenceId: string) =>
  (await new EvidenceVault(h.dataSource, h.masterKey).read(caseId, evidenceId)).bytes.length > 0;

describe('irreversible steps through the API happen only when the merchant confirms', () => {
  let h: EngineHarness;
  let app: INestApplication;
  let channel: Api;
  let compliance: Api;

  before(async () => {
    h = await createEngineHarness('confirm');
    await h.startWorkers();
    const http = await startApi(h);
    app = http.app;
    channel = (await http.client('wallet', 'channel', 'wallet app')).api;
    compliance = (await http.client('wallet', 'compliance', 'audit')).api;
  });
  after(async () => {
    await app?.close();
    await h?.stop();
  });

  test('negations, questions and hypotheticals never withdraw or submit; a declined proposal keeps everything', async () => {
    const { caseId, evidenceId } = await caseWithUpload(channel, 'confirm-negated');
    const messages = [
      '我不想撤回授权',
      '不要删除我的资料',
      '你们会删除我的资料吗？',
      "I don't want to withdraw my consent",
      'do not delete my data',
      "don't submit yet",
      'is it done?',
      '结束了吗？',
      '别结束，我还要传',
      '如果额度太低我就撤回授权',
    ];
    for (const [i, text] of messages.entries()) {
      const reply = await channel.post<Reply>(`/v1/cases/${caseId}/messages`, { messageId: `neg-${i}`, text });
      assert.equal(reply.status, 200, `${text}: ${JSON.stringify(reply.body)}`);
      assert.equal(reply.body.status, 'collecting', text);
      assert.notEqual(reply.body.action.kind, 'propose', `${text} must not even be proposed`);
    }
    const proposal = await channel.post<Reply>(`/v1/cases/${caseId}/messages`, {
      messageId: 'w-1',
      text: '算了，撤回授权吧，把我的资料都删掉',
    });
    assert.deepEqual([proposal.body.action.kind, proposal.body.action.proposal], ['propose', 'withdraw_consent']);
    const no = await channel.post<Reply>(`/v1/cases/${caseId}/messages`, { messageId: 'w-2', text: '不了' });
    assert.equal(no.body.status, 'collecting');
    assert.match(no.body.reply, /不撤回/);
    assert.equal(await readable(h, caseId, evidenceId), true, 'every upload stays readable');
    const types = (await verifiedEventLog(compliance, caseId)).map((e) => e.event.type);
    assert.ok(types.includes('ActionProposed') && types.includes('ProposalClosed'), types.join());
    assert.ok(!types.includes('ActionConfirmed') && !types.includes('ConsentWithdrawn') && !types.includes('DecisionMade'), types.join());
  });

  test('a confirmed withdrawal shreds every upload; the proposal and the confirmation are in the event log', async () => {
    const { caseId, evidenceId } = await caseWithUpload(channel, 'confirm-withdraw');
    await channel.post(`/v1/cases/${caseId}/messages`, { messageId: 'w-1', text: 'please withdraw my consent and delete my data' });
    const unclear = await channel.post<Reply>(`/v1/cases/${caseId}/messages`, { messageId: 'w-2', text: 'can I get them back later?' });
    assert.equal(unclear.body.status, 'collecting', 'a question is no answer');
    assert.equal(await readable(h, caseId, evidenceId), true);
    const confirmed = await channel.post<Reply>(`/v1/cases/${caseId}/messages`, { messageId: 'w-3', text: 'yes, withdraw' });
    assert.equal(confirmed.status, 200, JSON.stringify(confirmed.body));
    assert.equal(confirmed.body.status, 'withdrawn');
    assert.equal(confirmed.body.action.kind, 'confirm_withdrawal');
    await assert.rejects(
      readable(h, caseId, evidenceId),
      (error: unknown) => isDomainError(error) && error.code === ErrorCode.EvidenceKeyShredded,
    );
    const events = await verifiedEventLog(compliance, caseId);
    const types = events.map((e) => e.event.type);
    assert.ok(
      types.indexOf('ActionProposed') < types.indexOf('ActionConfirmed') &&
        types.indexOf('ActionConfirmed') < types.indexOf('ConsentWithdrawn'),
      types.join(),
    );
    const confirmation = events.find((e) => e.event.type === 'ActionConfirmed')?.event.data;
    assert.deepEqual(
      [confirmation?.['proposal'], confirmation?.['via'], confirmation?.['reference']],
      ['withdraw_consent', 'message', 'w-3'],
    );
  });

  test('structured actions (buttons) are the confirmation; resending one returns the same answer, even after the case closed', async () => {
    const { caseId, evidenceId } = await caseWithUpload(channel, 'confirm-button');
    const first = await channel.post<Reply>(`/v1/cases/${caseId}/withdrawal`, { actionId: 'tap-1' });
    assert.equal(first.status, 200, JSON.stringify(first.body));
    assert.equal(first.body.status, 'withdrawn');
    await assert.rejects(readable(h, caseId, evidenceId));
    const again = await channel.post<Reply>(`/v1/cases/${caseId}/withdrawal`, { actionId: 'tap-1' });
    assert.deepEqual(again.body.reply, first.body.reply);
    const other = await channel.post<{ error: { code: string } }>(`/v1/cases/${caseId}/submit`, { actionId: 'tap-2' });
    assert.equal(other.status, 409);
    assert.equal(other.body.error.code, 'CASE_CLOSED');
  });

  test('submit and withdrawal pressed at once, each twice: one order wins, the other step answers why, nothing is lost', async () => {
    const { caseId, evidenceId } = await caseWithUpload(channel, 'confirm-race');
    const press = (path: 'submit' | 'withdrawal', actionId: string) =>
      channel.post<Reply & { error?: { code: string } }>(`/v1/cases/${caseId}/${path}`, { actionId });
    const [submitA, withdrawA, submitB, withdrawB] = await Promise.all([
      press('submit', 'race-submit'),
      press('withdrawal', 'race-withdraw'),
      press('submit', 'race-submit'),
      press('withdrawal', 'race-withdraw'),
    ]);
    const all = [submitA, withdrawA, submitB, withdrawB];
    for (const r of all) assert.ok([200, 409].includes(r.status), `${r.status} ${JSON.stringify(r.body)}`);
    // The same button pressed twice gets one answer.
    assert.deepEqual([submitA.status, submitA.body.reply], [submitB.status, submitB.body.reply]);
    assert.deepEqual([withdrawA.status, withdrawA.body.reply], [withdrawB.status, withdrawB.body.reply]);
    const events = await verifiedEventLog(compliance, caseId);
    const count = (type: string) => events.filter((e) => e.event.type === type).length;
    const withdrawn = withdrawA.status === 200;
    assert.ok(submitA.status === 200 || withdrawn, 'at least the first step taken is answered 200');
    assert.equal(count('ConsentWithdrawn'), withdrawn ? 1 : 0);
    assert.equal(count('DecisionMade') <= 1, true, 'one decision at most');
    assert.equal(count('ActionConfirmed'), (submitA.status === 200 ? 1 : 0) + (withdrawn ? 1 : 0));
    // A refused step says why, with a code from the closed list.
    for (const r of [submitA, withdrawA].filter((x) => x.status === 409))
      assert.ok(['CASE_CLOSED', 'CASE_IN_REVIEW', 'ACTION_IN_PROGRESS'].includes(r.body.error?.code ?? ''), JSON.stringify(r.body));
    const view = (await channel.get<CaseView>(`/v1/cases/${caseId}`)).body;
    if (withdrawn) {
      assert.equal(view.state.status, 'withdrawn');
      await assert.rejects(readable(h, caseId, evidenceId));
    } else {
      assert.ok(['decided', 'in_review'].includes(view.state.status), view.state.status);
      assert.equal(await readable(h, caseId, evidenceId), true, 'a refused withdrawal erases nothing');
    }
    const description = await h.client.workflow.getHandle(workflowIdForCase(caseId)).describe();
    assert.notEqual(description.status.name, 'FAILED');
  });

  test('a withdrawal pressed while uploads are still being examined: nothing is recorded about them afterwards, the case completes', async () => {
    const opened = await channel.post<{ caseId: string }>(
      '/v1/cases',
      { merchantRef: 'confirm-midexam', currentLimit: 100_000, requestedLimit: 200_000, industry: 'retail', language: 'en' },
      { 'idempotency-key': 'confirm-midexam' },
    );
    const caseId = opened.body.caseId;
    const uploads = await Promise.all(
      [82, 83].map(async (seed) =>
        channel.upload<{ evidenceId: string }>(
          `/v1/cases/${caseId}/evidence`,
          { kind: 'voucher:business_licence', consent: 'true' },
          { bytes: (await syntheticVoucherPhoto('business_licence', seed)).jpeg, name: `licence-${seed}.jpg`, type: 'image/jpeg' },
        ),
      ),
    );
    for (const u of uploads) assert.equal(u.status, 202, JSON.stringify(u.body));
    const [first, again] = await Promise.all([
      channel.post<Reply>(`/v1/cases/${caseId}/withdrawal`, { actionId: 'midexam' }),
      channel.post<Reply>(`/v1/cases/${caseId}/withdrawal`, { actionId: 'midexam' }),
    ]);
    assert.equal(first.status, 200, JSON.stringify(first.body));
    assert.deepEqual(again.body, first.body);
    assert.equal(first.body.status, 'withdrawn');
    const late = await channel.upload<{ error: { code: string } }>(
      `/v1/cases/${caseId}/evidence`,
      { kind: 'voucher:business_licence', consent: 'true' },
      { bytes: (await syntheticVoucherPhoto('business_licence', 84)).jpeg, name: 'late.jpg', type: 'image/jpeg' },
    );
    assert.equal(late.status, 409, JSON.stringify(late.body));
    const handle = h.client.workflow.getHandle(workflowIdForCase(caseId));
    await eventually(
      async () => ((await handle.describe()).status.name === 'COMPLETED' ? true : undefined),
      120_000,
      'the case workflow completed',
    );
    const events = await verifiedEventLog(compliance, caseId);
    const types = events.map((e) => e.event.type);
    const after = types.slice(types.indexOf('ConsentWithdrawn') + 1);
    const before = types.slice(0, types.indexOf('ConsentWithdrawn'));
    assert.ok(before.filter((t) => t === 'EvidenceAssessed').length < uploads.length, 'an examination was still in flight');
    const aboutUploads = ['EvidenceAssessed', 'EvidenceRecognised', 'AuthenticityChecked'];
    assert.ok(!after.some((t) => aboutUploads.includes(t)), `recorded after the withdrawal: ${after.join()}`);
    for (const u of uploads) await assert.rejects(readable(h, caseId, u.body.evidenceId));
    const view = (await channel.get<CaseView>(`/v1/cases/${caseId}`)).body;
    assert.equal(view.state.status, 'withdrawn');
  });

  test('a message id sent again with another message is refused 422, never answered with the first reply', async () => {
    const { caseId } = await caseWithUpload(channel, 'confirm-reused-id');
    const first = await channel.post<Reply>(`/v1/cases/${caseId}/messages`, { messageId: 'm-1', text: 'we have 12 staff' });
    assert.equal(first.status, 200, JSON.stringify(first.body));
    assert.equal('answersRequest' in first.body, false, 'the digest stays between the case and the API');
    const retry = await channel.post<Reply>(`/v1/cases/${caseId}/messages`, { messageId: 'm-1', text: 'we have 12 staff' });
    assert.deepEqual(retry.body, first.body);
    // A channel whose message ids restart (a new session counting from 1 again) must not lose the merchant's words.
    const reused = await channel.post<{ error: { code: string; message: string } }>(`/v1/cases/${caseId}/messages`, {
      messageId: 'm-1',
      text: 'monthly takings about 80k',
    });
    assert.equal(reused.status, 422, JSON.stringify(reused.body));
    assert.equal(reused.body.error.code, 'IDEMPOTENCY_KEY_REUSED');
    const events = await verifiedEventLog(compliance, caseId);
    const received = events.filter((e) => e.event.type === 'MerchantMessageReceived' && e.event.data['messageId'] === 'm-1');
    assert.equal(received.length, 1);
  });

  test('submitting: "done" is proposed, "not yet" declines, a clear yes decides', async () => {
    const { caseId } = await caseWithUpload(channel, 'confirm-submit');
    const proposal = await channel.post<Reply>(`/v1/cases/${caseId}/messages`, { messageId: 's-1', text: '材料都交齐了' });
    assert.deepEqual([proposal.body.action.kind, proposal.body.action.proposal], ['propose', 'submit']);
    const notYet = await channel.post<Reply>(`/v1/cases/${caseId}/messages`, { messageId: 's-2', text: '先不要提交' });
    assert.equal(notYet.body.status, 'collecting');
    await channel.post(`/v1/cases/${caseId}/messages`, { messageId: 's-3', text: '好了，就这些，帮我评估吧' });
    const decided = await channel.post<Reply>(`/v1/cases/${caseId}/messages`, { messageId: 's-4', text: '确认提交' });
    assert.ok(['decided', 'in_review'].includes(decided.body.status), JSON.stringify(decided.body));
    assert.equal(decided.body.inReplyTo, 's-4');
  });
});

describe('a language model advises, the rules decide', () => {
  let h: EngineHarness;
  let app: INestApplication;
  let channel: Api;
  let fake: Server;

  before(async () => {
    // The "model" always claims the merchant wants everything deleted, and invents a revenue.
    fake = createServer((_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(
        JSON.stringify({
          choices: [{ message: { content: JSON.stringify({ intent: 'withdraw_consent', facts: { monthlyRevenue: 8_800_000 } }) } }],
        }),
      );
    });
    await new Promise<void>((resolve) => fake.listen(0, '127.0.0.1', resolve));
    h = await createEngineHarness('llm', { DIALOGUE_LLM_URL: `http://127.0.0.1:${(fake.address() as AddressInfo).port}/v1` });
    await h.startWorkers();
    const http = await startApi(h);
    app = http.app;
    channel = (await http.client('wallet', 'channel', 'wallet app')).api;
  });
  after(async () => {
    await app?.close();
    await h?.stop();
    await new Promise<void>((resolve) => fake.close(() => resolve()));
  });

  test('a model that says "withdraw" only leads to a proposal; its invented figure is dropped', async () => {
    const { caseId, evidenceId } = await caseWithUpload(channel, 'llm-1');
    const reply = await channel.post<Reply>(`/v1/cases/${caseId}/messages`, { messageId: 'm-1', text: 'hello there' });
    assert.equal(reply.status, 200, JSON.stringify(reply.body));
    assert.deepEqual(
      [reply.body.status, reply.body.action.kind, reply.body.action.proposal],
      ['collecting', 'propose', 'withdraw_consent'],
    );
    assert.equal(await readable(h, caseId, evidenceId), true);
    const view = (await channel.get<CaseView>(`/v1/cases/${caseId}`)).body;
    assert.equal(view.state.facts.monthlyRevenue, undefined, 'a figure the message does not carry is not taken');
  });
});
