import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { INestApplication } from '@nestjs/common';
import { WorkflowNotFoundError } from '@temporalio/client';
import { temporal } from '@temporalio/proto';
import { auditCase, type AuditReport, type AuditVerdict } from '@uplift/audit';
import { workflowIdForCase } from '@uplift/domain';
import { syntheticVoucherPhoto } from '@uplift/evidence-synth';
import { ApiKeys, CaseArchives, EventStore } from '@uplift/persistence';
import { deleteCaseExecution, engineDataConverter } from '@uplift/temporal';
import { startApi, type ApiHarness } from '../support/api-harness';
import { createEngineHarness, eventually, type EngineHarness } from '../support/engine-harness';
import type { apiClient, CaseView } from '../support/http-client';

type Api = ReturnType<typeof apiClient>;
type Replay = { ok: boolean; verdicts: AuditVerdict[]; historySource: string; stateAsOf: { status: string; version: number } | null };

let h: EngineHarness;
let http: ApiHarness;
let app: INestApplication;
let channel: Api;
let compliance: Api;
let operator: Api;
let caseId = '';

const verdict = (verdicts: AuditVerdict[], step: AuditVerdict['step']) => verdicts.find((v) => v.step === step);
const audit = () =>
  auditCase(
    {
      dataSource: h.dataSource,
      keys: { current: h.masterKey, previous: [] },
      dataConverter: engineDataConverter({ current: h.masterKey, previous: [] }),
      client: h.client,
    },
    caseId,
  );

before(async () => {
  h = await createEngineHarness('audit');
  await h.startWorkers();
  http = await startApi(h);
  app = http.app;
  channel = (await http.client('wallet', 'channel', 'wallet app')).api;
  compliance = (await http.client('ops', 'compliance', 'audit')).api;
  operator = (await http.client('ops', 'operator', 'on call')).api;
});
after(async () => {
  await app?.close();
  await h?.stop();
});

// One case, step by step: the negative checks tamper with the case the first step archived (subtests run
// in order; a failed step fails the scenario).
test('compliance audit of one case', async (t) => {
  await t.test(
    'a case driven through the API is archived, replayed from its archive after Temporal deleted it, and audited with its operator actions',
    async () => {
      const opened = await channel.post<{ caseId: string }>(
        '/v1/cases',
        { merchantRef: 'audit-1', currentLimit: 100_000, requestedLimit: 180_000, industry: 'retail', language: 'en' },
        { 'idempotency-key': 'audit-open' },
      );
      assert.equal(opened.status, 201, JSON.stringify(opened.body));
      caseId = opened.body.caseId;
      const said = await channel.post(`/v1/cases/${caseId}/messages`, {
        messageId: 'm1',
        text: 'We run a grocery shop, turnover about 400k a month, open since 2015.',
      });
      assert.equal(said.status, 200, JSON.stringify(said.body));
      const licence = await syntheticVoucherPhoto('business_licence', 12);
      const upload = await channel.upload<{ evidenceId: string }>(
        `/v1/cases/${caseId}/evidence`,
        { kind: 'voucher:business_licence', consent: 'true' },
        { bytes: licence.jpeg, name: 'licence.jpg', type: 'image/jpeg' },
      );
      assert.equal(upload.status, 202, JSON.stringify(upload.body));
      await eventually(
        async () =>
          (await channel.get<CaseView>(`/v1/cases/${caseId}`)).body.state.evidence[upload.body.evidenceId]?.authenticity ? true : undefined,
        180_000,
        'the upload examined',
      );

      // An operator escalates, twice with the same key: recorded once.
      const action = { kind: 'escalate', reason: 'merchant called the hotline, wants a person' };
      const first = await operator.post<{ seq: number; replayed: boolean; temporal: string }>(
        `/v1/operations/cases/${caseId}/actions`,
        action,
        { 'idempotency-key': 'ops-escalate-1' },
      );
      assert.equal(first.status, 201, JSON.stringify(first.body));
      assert.deepEqual([first.body.replayed, first.body.temporal], [false, 'recorded_only']);
      const again = await operator.post<{ seq: number; replayed: boolean }>(`/v1/operations/cases/${caseId}/actions`, action, {
        'idempotency-key': 'ops-escalate-1',
      });
      assert.deepEqual([again.status, again.body.seq, again.body.replayed], [201, first.body.seq, true]);
      // An action Temporal refuses (no such activity) answers 409 with the reason, and is still on record.
      const refused = await operator.post<{ error: { code: string; message: string } }>(
        `/v1/operations/cases/${caseId}/actions`,
        { kind: 'pause_activity', activityId: 'no-such-activity', reason: 'testing a refusal' },
        { 'idempotency-key': 'ops-pause-1' },
      );
      assert.equal(refused.status, 409, JSON.stringify(refused.body));
      assert.equal(refused.body.error.code, 'OPERATOR_ACTION_REJECTED');
      const invalid = await operator.post<{ error: { code: string } }>(
        `/v1/operations/cases/${caseId}/actions`,
        { kind: 'reset_activity', reason: 'no activity named' },
        { 'idempotency-key': 'ops-bad-1' },
      );
      assert.deepEqual([invalid.status, invalid.body.error.code], [400, 'VALIDATION_FAILED']);
      assert.equal((await channel.post(`/v1/operations/cases/${caseId}/actions`, action, { 'idempotency-key': 'ops-x' })).status, 403);

      const submitted = await channel.post<{ status: string }>(`/v1/cases/${caseId}/submit`, { actionId: 'audit-submit' });
      assert.equal(submitted.status, 200, JSON.stringify(submitted.body));
      if (submitted.body.status === 'in_review') {
        const reviewer = (await http.client('ops', 'reviewer', 'reviewer')).api;
        const reviewed = await reviewer.post(`/v1/cases/${caseId}/review`, {
          outcome: 'partial',
          grantedLimit: 140_000,
          note: 'licence checked by phone',
        });
        assert.equal(reviewed.status, 200, JSON.stringify(reviewed.body));
      }
      await h.client.workflow.getHandle(workflowIdForCase(caseId)).result();

      // The records sweep archives the closed case's history and anchors it in the chain.
      const sweep = (await h.client.workflow.execute('recordsSweepWorkflow', {
        taskQueue: h.config.temporal.taskQueue,
        workflowId: `records-sweep-${caseId}`,
        args: [],
      })) as Record<string, number>;
      assert.ok((sweep['stored'] ?? 0) >= 1, JSON.stringify(sweep));
      const anchored = (await new EventStore(h.dataSource, h.masterKey).readStream(caseId)).filter(
        (e) => e.event.type === 'HistoryArchived',
      );
      assert.equal(anchored.length, 1);

      // Temporal forgets the case: what is replayed from now on is the archive.
      assert.equal(await deleteCaseExecution(h.client, caseId), 'deleted');
      await eventually(
        async () =>
          h.client.workflow
            .getHandle(workflowIdForCase(caseId))
            .describe()
            .then(
              () => undefined,
              (e: unknown) => (e instanceof WorkflowNotFoundError ? true : undefined),
            ),
        60_000,
        'the execution deleted',
      );

      // The first replay in a process bundles the workflow code (seconds); measure the one after.
      const cold = Date.now();
      assert.equal((await compliance.get<Replay>(`/v1/cases/${caseId}/replay`)).status, 200);
      const coldMs = Date.now() - cold;
      const started = Date.now();
      const replay = await compliance.get<Replay>(`/v1/cases/${caseId}/replay?asOf=1`);
      const replayMs = Date.now() - started;
      assert.equal(replay.status, 200, JSON.stringify(replay.body));
      assert.equal(replay.body.historySource, 'archive');
      assert.ok(replay.body.ok, JSON.stringify(replay.body.verdicts));
      assert.deepEqual(
        replay.body.verdicts.map((v) => v.status),
        ['pass', 'pass', 'pass', 'pass', 'pass'],
      );
      assert.deepEqual([replay.body.stateAsOf?.version, replay.body.stateAsOf?.status], [1, 'collecting']);

      const reportStarted = Date.now();
      const report = await compliance.get<AuditReport>(`/v1/cases/${caseId}/audit`);
      const reportMs = Date.now() - reportStarted;
      console.log(
        `[audit] replay via API: first in the process ${coldMs} ms (bundles the workflow code), then ${replayMs} ms; audit bundle ${reportMs} ms`,
      );
      assert.equal(report.status, 200);
      assert.equal(report.body.operatorActions.length, 2, 'the escalation once and the refused pause');
      assert.deepEqual(report.body.operatorActions.map((a) => a.kind).sort(), ['escalate', 'pause_activity']);
      assert.ok(report.body.timeline.some((t) => t.type === 'HistoryArchived'));
      assert.ok(report.body.decision, 'the decision is in the bundle');
      assert.equal(report.body.evidence[0]?.recognised?.documentType, 'business_licence');
      assert.ok(report.body.verification.ok);
      const verified = await compliance.post<{ digestMatches: boolean; signatureValid: boolean }>('/v1/audit/verify', report.body);
      assert.deepEqual(verified.body, { digestMatches: true, signatureValid: true });
      const forged = await compliance.post<{ digestMatches: boolean; signatureValid: boolean }>('/v1/audit/verify', {
        ...report.body,
        decision: { ...report.body.decision, grantedLimit: 999_999 },
      });
      assert.deepEqual(forged.body, { digestMatches: false, signatureValid: false });

      const { token } = await new ApiKeys(h.dataSource).create({ channel: 'ops', role: 'compliance', name: 'printer' });
      const html = await fetch(`${http.base}/v1/cases/${caseId}/audit?format=html`, { headers: { authorization: `Bearer ${token}` } });
      assert.equal(html.status, 200);
      assert.match(html.headers.get('content-type') ?? '', /text\/html/);
      const page = await html.text();
      assert.match(page, new RegExp(`Audit of case <code>${caseId}</code>`));
      assert.match(page, /every check passed/);
      assert.equal((await fetch(`${http.base}/v1/cases/${caseId}/audit`)).status, 401, 'no key, no audit');
      assert.equal((await channel.get(`/v1/cases/${caseId}/audit`)).status, 403);
      assert.equal((await operator.get(`/v1/cases/${caseId}/audit`)).status, 403);
      assert.equal((await compliance.get(`/v1/cases/${caseId}/audit?asOf=yesterday`)).status, 400);
    },
  );

  await t.test('a tampered archive fails the archive check and names it', async () => {
    const [row] = await h.dataSource.query<{ sealed: Buffer; sha256: string }[]>(
      'SELECT sealed, sha256 FROM case_archives WHERE case_id = $1',
      [caseId],
    );
    assert.ok(row);
    const flipped = Buffer.from(row.sealed);
    flipped[flipped.length - 5] = (flipped[flipped.length - 5] ?? 0) ^ 0xff;
    await h.dataSource.query('UPDATE case_archives SET sealed = $1 WHERE case_id = $2', [flipped, caseId]);
    try {
      const result = await audit();
      assert.equal(result.ok, false);
      assert.equal(verdict(result.verdicts, 'archive')?.status, 'fail');
      assert.match(verdict(result.verdicts, 'archive')?.detail ?? '', /does not open: .*tampered/);
    } finally {
      await h.dataSource.query('UPDATE case_archives SET sealed = $1 WHERE case_id = $2', [row.sealed, caseId]);
    }
    assert.equal((await audit()).ok, true, 'restored, it passes again');
  });

  await t.test(
    'a history the current code would not produce (a workflow changed without patched()) fails the replay and names the nondeterminism',
    async () => {
      const keys = { current: h.masterKey, previous: [] };
      const archives = new CaseArchives(h.dataSource, new EventStore(h.dataSource, keys), keys);
      const opened = await archives.open(caseId);
      assert.equal(opened.status, 'opened');
      if (opened.status !== 'opened') return;
      // What an archive of today's code would look like had the decision activity been renamed unpatched.
      const history = temporal.api.history.v1.History.decode(opened.history);
      let renamed = 0;
      for (const event of history.events) {
        const scheduled = event.activityTaskScheduledEventAttributes;
        if (scheduled?.activityType?.name && /decide|evaluate/i.test(scheduled.activityType.name)) {
          scheduled.activityType.name = `${scheduled.activityType.name}Renamed`;
          renamed += 1;
        }
      }
      assert.ok(renamed > 0, 'the history has a decision activity');
      const changed = Buffer.from(temporal.api.history.v1.History.encode(history).finish());
      await archives.store({
        caseId,
        runId: opened.archive.runId,
        final: true,
        history: changed,
        historyEvents: history.events.length,
        now: new Date(Date.now() + 60_000),
      });
      const result = await audit();
      assert.equal(verdict(result.verdicts, 'archive')?.status, 'pass', 'a genuine, anchored archive');
      assert.equal(verdict(result.verdicts, 'replay')?.status, 'fail');
      assert.match(verdict(result.verdicts, 'replay')?.detail ?? '', /DeterminismViolation|[Nn]ondetermin/);
    },
  );

  await t.test('a broken chain fails the chain check at the event that was changed', async () => {
    // What someone with the database owner's rights could do behind the engine's back.
    await h.dataSource.query('ALTER TABLE case_events DISABLE TRIGGER USER');
    try {
      await h.dataSource.query(`UPDATE case_events SET data = jsonb_set(data, '{messageId}', '"forged"') WHERE case_id = $1 AND seq = 2`, [
        caseId,
      ]);
    } finally {
      await h.dataSource.query('ALTER TABLE case_events ENABLE TRIGGER USER');
    }
    const result = await audit();
    assert.equal(verdict(result.verdicts, 'chain')?.status, 'fail');
    assert.match(verdict(result.verdicts, 'chain')?.detail ?? '', /breaks at event 2 /);
  });
});
