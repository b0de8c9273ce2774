import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { INestApplication } from '@nestjs/common';
import type { AuthenticityCheck, AuthenticityFinding, Decision, EvidenceAuthenticity, EvidenceItem } from '@uplift/domain';
import {
  conflictingHaulier,
  exaggeratingWholesaler,
  honestManufacturer,
  renderUpload,
  type DecisionScenario,
  type ScenarioUpload,
} from '../support/decision-merchants';
import { decisionLine, verifiedEventLog } from '../support/case-log';
import { createEngineHarness, eventually, type EngineHarness } from '../support/engine-harness';
import { editedVoucher, passedOn, recapturedVoucher, storefrontPhoto, VISIBLE_SCREEN } from '../support/forged-uploads';
import type { apiClient } from '../support/http-client';
import { startApi } from '../support/api-harness';

// Done-when of the authenticity issue, through the HTTP API with real uploads, Temporal and PostgreSQL:
// a screen-recaptured business licence, an edited VAT invoice and a shop photo already used in another
// case each produce a finding that the case's event log (AuthenticityChecked) and the evidence detail
// show, and the case's decision sets them aside (excluded, no estimator reads them). The genuine
// uploads next to them stay unflagged and keep counting, so each test can fail in both directions.

type Api = ReturnType<typeof apiClient>;

let h: EngineHarness;
let app: INestApplication;
let channel: Api;
let otherChannel: Api;
let compliance: Api;
const today = new Date();

before(async () => {
  h = await createEngineHarness('e2e_forged');
  await h.startWorkers();
  const http = await startApi(h);
  app = http.app;
  channel = (await http.client('app', 'channel', 'mobile app')).api;
  otherChannel = (await http.client('other-app', 'channel', 'another channel')).api;
  compliance = (await http.client('app', 'compliance', 'audit')).api;
});
after(async () => {
  await app?.close();
  await h?.stop();
});

interface DecisionRecordView {
  inputs: { evidence: { evidenceId: string; authenticity: { verdict: string; findings: { code: string; critical: boolean }[] } | null }[] };
  decision: Decision;
}

/** Opens a case for the scenario's merchant and tells its revenue. */
async function openCase(api: Api, ref: string, s: DecisionScenario): Promise<string> {
  const opened = await api.post<{ caseId: string }>(
    '/v1/cases',
    { merchantRef: ref, currentLimit: s.currentLimit, requestedLimit: s.requestedLimit, industry: s.industry, language: 'zh' },
    { 'idempotency-key': `open-${ref}` },
  );
  assert.equal(opened.status, 201, JSON.stringify(opened.body));
  const told = await api.post(`/v1/cases/${opened.body.caseId}/messages`, { messageId: 'revenue', text: s.revenueMessage });
  assert.equal(told.status, 200, JSON.stringify(told.body));
  return opened.body.caseId;
}

/** Uploads one file; returns its evidence id. */
async function upload(api: Api, caseId: string, kind: string, bytes: Buffer, name: string): Promise<string> {
  const sent = await api.upload<{ evidenceId: string }>(
    `/v1/cases/${caseId}/evidence`,
    { kind, consent: 'true' },
    { bytes, name, type: 'image/jpeg' },
  );
  assert.equal(sent.status, 202, JSON.stringify(sent.body));
  return sent.body.evidenceId;
}

const voucher = (u: ScenarioUpload): string => `voucher:${u.type}`;
const uploadOf = (s: DecisionScenario, label: string): ScenarioUpload => {
  const found = s.uploads.find((u) => u.label === label);
  assert.ok(found, `scenario ${s.merchantRef} has no upload ${label}`);
  return found;
};

/** The event log of a case (hash chain verified). */
const eventLog = (caseId: string) => verifiedEventLog(compliance, caseId);

/** Waits until the event log holds an AuthenticityChecked event for every upload; returns them by evidence id. */
async function authenticityChecked(caseId: string, ids: string[]): Promise<Record<string, EvidenceAuthenticity>> {
  return eventually(
    async () => {
      const checked = (await eventLog(caseId))
        .filter((e) => e.event.type === 'AuthenticityChecked')
        .map((e) => e.event.data as { evidenceId: string; authenticity: EvidenceAuthenticity });
      if (!ids.every((id) => checked.some((c) => c.evidenceId === id))) return undefined;
      for (const id of ids) assert.equal(checked.filter((c) => c.evidenceId === id).length, 1, `one AuthenticityChecked for ${id}`);
      return Object.fromEntries(checked.map((c) => [c.evidenceId, c.authenticity]));
    },
    150_000,
    `AuthenticityChecked for ${ids.length} uploads of case ${caseId}`,
  );
}

/** What the evidence detail endpoint shows of one upload. */
async function evidenceDetail(caseId: string, evidenceId: string): Promise<EvidenceItem> {
  const detail = await compliance.get<EvidenceItem>(`/v1/cases/${caseId}/evidence/${evidenceId}`);
  assert.equal(detail.status, 200, JSON.stringify(detail.body));
  return detail.body;
}

const describeFindings = (a: EvidenceAuthenticity | null | undefined): string =>
  JSON.stringify(a?.findings.map((f) => [f.check, f.severity, f.score]) ?? null);

/** The finding of `check`, which must weigh in the decision (warning or critical) and be explainable. */
function decisiveFinding(a: EvidenceAuthenticity | undefined, check: AuthenticityCheck, label: string): AuthenticityFinding {
  const found = a?.findings.find((f) => f.check === check);
  assert.ok(found, `${label}: no ${check} finding in ${describeFindings(a)}`);
  assert.ok(found.severity === 'warning' || found.severity === 'critical', `${label}: ${check} is only ${found.severity}: ${found.detail}`);
  assert.ok(found.score > 0 && found.score <= 1, `${label}: score ${found.score}`);
  assert.ok(found.methodVersion.length > 0, `${label}: method version`);
  assert.ok(found.detail.length > 0, `${label}: detail`);
  assert.notEqual(a?.verdict, 'pass', `${label}: verdict`);
  return found;
}

/**
 * A finding shown to reviewers but kept out of the decision: its check has not yet met its goal on the
 * independent split of bench:authenticity (ADR 0019), so it may not set evidence aside on its own.
 */
function advisoryFinding(a: EvidenceAuthenticity | undefined, check: AuthenticityCheck, label: string): AuthenticityFinding {
  const found = a?.findings.find((f) => f.check === check);
  assert.ok(found, `${label}: no ${check} finding in ${describeFindings(a)}`);
  assert.equal(found.severity, 'info', `${label}: ${check} is advisory`);
  assert.match(found.detail, /advisory/);
  assert.ok(found.score > 0 && found.score <= 1, `${label}: score ${found.score}`);
  assert.ok(found.methodVersion.length > 0, `${label}: method version`);
  return found;
}

/** A genuine upload: nothing that weighs in the decision. */
function assertUnflagged(a: EvidenceAuthenticity | undefined, label: string): void {
  assert.ok(a, `${label} checked`);
  assert.equal(a.verdict, 'pass', `${label} is genuine: ${describeFindings(a)}`);
  assert.ok(!a.findings.some((f) => f.severity !== 'info'), `${label}: ${describeFindings(a)}`);
}

const overlaps = (a: readonly number[], b: readonly number[]): boolean =>
  (a[0] ?? 0) < (b[0] ?? 0) + (b[2] ?? 0) &&
  (b[0] ?? 0) < (a[0] ?? 0) + (a[2] ?? 0) &&
  (a[1] ?? 0) < (b[1] ?? 0) + (b[3] ?? 0) &&
  (b[1] ?? 0) < (a[1] ?? 0) + (a[3] ?? 0);

/** The merchant is done: the decision from the reply, and its DecisionMade event with the record. */
async function decide(caseId: string): Promise<{ decision: Decision; record: DecisionRecordView }> {
  const done = await channel.post<{ decision: Decision }>(`/v1/cases/${caseId}/submit`, { actionId: 'submit-1' });
  assert.equal(done.status, 200, JSON.stringify(done.body));
  const made = (await eventLog(caseId)).filter((e) => e.event.type === 'DecisionMade');
  assert.equal(made.length, 1);
  const data = made[0]?.event.data as unknown as { decision: Decision; record: DecisionRecordView };
  assert.deepEqual(data.decision, done.body.decision);
  return data;
}

const listed = (d: Decision, code: string): string[] =>
  String(d.reasons.find((r) => r.code === code)?.params['evidenceIds'] ?? '')
    .split(',')
    .filter(Boolean);
const estimatorInputs = (d: Decision): string[] =>
  d.reasons
    .filter((r) => r.code.startsWith('ESTIMATE_'))
    .flatMap((r) => String(r.params['evidenceIds'] ?? '').split(','))
    .filter(Boolean);

/**
 * The decision sets the upload aside: a failed one is excluded (and, being critical, refers the case
 * to a reviewer), a suspect one only discounted; either way no estimator reads a failed one.
 */
function assertSetAside(d: Decision, record: DecisionRecordView, id: string, check: AuthenticityCheck): void {
  const authenticity = record.inputs.evidence.find((e) => e.evidenceId === id)?.authenticity;
  assert.ok(authenticity, `the decision record carries the authenticity of ${id}`);
  assert.ok(
    authenticity.findings.some((f) => f.code === check),
    `the decision record carries the ${check} finding`,
  );
  if (authenticity.verdict === 'fail') {
    assert.ok(listed(d, 'EVIDENCE_FAILED_AUTHENTICITY_IGNORED').includes(id), 'excluded as failed authenticity');
    assert.ok(!estimatorInputs(d).includes(id), 'no estimator reads it');
    assert.ok(listed(d, 'AUTHENTICITY_CRITICAL_FINDING').includes(id), 'named as a critical finding');
    assert.equal(d.outcome, 'referred');
  } else {
    assert.equal(authenticity.verdict, 'suspect');
    assert.ok(listed(d, 'EVIDENCE_AUTHENTICITY_SUSPECT_DISCOUNTED').includes(id), 'discounted as suspect');
  }
}

/** Genuine uploads are neither excluded nor discounted by the decision (a forgery next to them must not taint them). */
function assertCounted(d: Decision, record: DecisionRecordView, ids: string[]): void {
  for (const id of ids) {
    const findings = record.inputs.evidence
      .find((e) => e.evidenceId === id)
      ?.authenticity?.findings.map((f) => `${f.code}${f.critical ? '!' : ''}`);
    for (const code of [
      'EVIDENCE_FAILED_AUTHENTICITY_IGNORED',
      'EVIDENCE_AUTHENTICITY_SUSPECT_DISCOUNTED',
      'EVIDENCE_FAILED_CHECKS_IGNORED',
    ]) {
      assert.ok(!listed(d, code).includes(id), `genuine upload ${id} is in ${code} (its findings at decision time: ${String(findings)})`);
    }
  }
}

describe(
  'forged evidence is found and shown to reviewers; validated checks set it aside (authenticity done-when)',
  { timeout: 900_000 },
  () => {
    test(
      'a screen-recaptured business licence: the finding and its region reach reviewers; the genuine invoices count',
      { timeout: 300_000 },
      async (t) => {
        const s = honestManufacturer(today);
        const caseId = await openCase(channel, 'recaptured-licence', s);
        // This test follows a recapture finding to reviewers (finding, region, heatmap, a decision that
        // excludes nothing), not the detector's recall, which bench:authenticity measures: so a recapture
        // whose screen is plainly visible, fixed by its camera parameters rather than picked by a score.
        const licence = await upload(
          channel,
          caseId,
          voucher(uploadOf(s, 'licence')),
          await recapturedVoucher(uploadOf(s, 'licence'), 4, VISIBLE_SCREEN),
          'licence.jpg',
        );
        const invoices: string[] = [];
        for (const label of ['invoice-1', 'invoice-2'])
          invoices.push(await upload(channel, caseId, voucher(uploadOf(s, label)), await renderUpload(uploadOf(s, label)), `${label}.jpg`));

        const checked = await authenticityChecked(caseId, [licence, ...invoices]);
        // Screen recapture is advisory until it holds on independent captures (own-v4: AUC 0.882 there, 49 % of
        // recaptures caught at 1 % of genuine photos; ADR 0019, 0031, 0039).
        const recapture = advisoryFinding(checked[licence], 'screen_recapture', 'recaptured licence');
        assert.ok(recapture.region && recapture.region[2] > 0 && recapture.region[3] > 0, `region ${JSON.stringify(recapture.region)}`);
        for (const id of invoices) assertUnflagged(checked[id], `genuine invoice ${id}`);

        const detail = await evidenceDetail(caseId, licence);
        assert.deepEqual(
          detail.authenticity?.findings.find((f) => f.check === 'screen_recapture'),
          recapture,
        );
        const heatmap = detail.authenticity?.heatmaps.recapture ?? [];
        assert.ok(heatmap.length > 0 && heatmap.some((row) => row.some((v) => v >= 0.5)), 'a recapture heatmap with hot cells');

        const { decision, record } = await decide(caseId);
        t.diagnostic(decisionLine(decision));
        assertCounted(decision, record, invoices);
      },
    );

    test(
      'a VAT invoice whose amount was edited and saved again at a higher quality: the edit is located for reviewers',
      { timeout: 300_000 },
      async (t) => {
        const s = exaggeratingWholesaler(today);
        const caseId = await openCase(channel, 'edited-invoice', s);
        const genuine: string[] = [];
        for (const label of ['licence', 'invoice-1'])
          genuine.push(await upload(channel, caseId, voucher(uploadOf(s, label)), await renderUpload(uploadOf(s, label)), `${label}.jpg`));
        // Seed 574 types a new figure over the invoice's total (read as ¥480,165 instead of ¥122,430).
        const forged = await editedVoucher(uploadOf(s, 'invoice-2'), 574, 94);
        const edited = await upload(channel, caseId, voucher(uploadOf(s, 'invoice-2')), forged.jpeg, 'invoice-2.jpg');

        const checked = await authenticityChecked(caseId, [...genuine, edited]);
        for (const id of genuine) assertUnflagged(checked[id], `genuine upload ${id}`);
        // Compression traces are advisory until edits are found on independent data (ADR 0019).
        const found = advisoryFinding(checked[edited], 'double_compression', 'edited invoice');
        assert.ok(found.region, `a localised double_compression finding: ${describeFindings(checked[edited])}`);
        assert.ok(
          overlaps(found.region, forged.region),
          `finding region ${JSON.stringify(found.region)} covers the edit ${JSON.stringify(forged.region)}`,
        );
        const detail = await evidenceDetail(caseId, edited);
        assert.deepEqual(
          detail.authenticity?.findings.find((f) => f.check === 'double_compression'),
          found,
        );

        const { decision, record } = await decide(caseId);
        t.diagnostic(decisionLine(decision));
        assertCounted(decision, record, genuine);
      },
    );

    test('a shop photo already used in another case', { timeout: 300_000 }, async (t) => {
      const photo = await storefrontPhoto(7601);
      const s = conflictingHaulier(today);
      const elsewhere = await openCase(otherChannel, 'storefront-owner', s);
      const original = await upload(otherChannel, elsewhere, 'photo:storefront', photo, 'shop.jpg');
      assertUnflagged((await authenticityChecked(elsewhere, [original]))[original], 'the first upload of the shop photo');

      const caseId = await openCase(channel, 'reused-storefront', s);
      const genuine: string[] = [];
      for (const label of ['licence', 'invoice-1'])
        genuine.push(await upload(channel, caseId, voucher(uploadOf(s, label)), await renderUpload(uploadOf(s, label)), `${label}.jpg`));
      const reused = await upload(channel, caseId, 'photo:storefront', await passedOn(photo), 'my-shop.jpg');

      const checked = await authenticityChecked(caseId, [...genuine, reused]);
      for (const id of genuine) assertUnflagged(checked[id], `genuine upload ${id}`);
      const reuse = decisiveFinding(checked[reused], 'reuse_image', 'reused shop photo');
      assert.deepEqual(reuse.relatedCaseIds, [elsewhere], 'names the other case');
      assert.deepEqual(reuse.relatedEvidenceIds, [original], 'names the other upload');
      const detail = await evidenceDetail(caseId, reused);
      assert.deepEqual(
        detail.authenticity?.findings.find((f) => f.check === 'reuse_image'),
        reuse,
      );
      // The other case belongs to another channel: this channel learns its id, never its content.
      assert.equal((await channel.get(`/v1/cases/${elsewhere}`)).status, 404);
      assert.ok(!reuse.detail.includes('storefront-owner'));

      const { decision, record } = await decide(caseId);
      t.diagnostic(decisionLine(decision));
      assertSetAside(decision, record, reused, 'reuse_image');
      assertCounted(decision, record, genuine);
      assert.ok(estimatorInputs(decision).includes(genuine[1] ?? '-'), 'the genuine invoice still counts');
    });
  },
);
