import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { INestApplication } from '@nestjs/common';
import { outcomeForLimit, reviewerAgrees, type Decision, type DecisionReason } from '@uplift/domain';
import {
  conflictingHaulier,
  exaggeratingWholesaler,
  honestManufacturer,
  renderUpload,
  type DecisionScenario,
} from '../support/decision-merchants';
import { decisionLine, verifiedEventLog } from '../support/case-log';
import { createEngineHarness, eventually, type EngineHarness } from '../support/engine-harness';
import type { apiClient, CaseView } from '../support/http-client';
import { startApi } from '../support/api-harness';

// Acceptance scenarios of the limit decision (issue 6), through the HTTP API with real uploads: an
// honest merchant is approved, an exaggerating one gets a partial uplift, a conflicting one is referred
// and a reviewer's decision completes it. Vouchers are rendered for each merchant by @uplift/evidence-synth.

type Api = ReturnType<typeof apiClient>;

let h: EngineHarness;
let app: INestApplication;
let channel: Api;
let compliance: Api;
let reviewer: Api;
let reviewerKeyId = '';
const today = new Date();

before(async () => {
  h = await createEngineHarness('e2e_decision');
  await h.startWorkers();
  const http = await startApi(h);
  app = http.app;
  channel = (await http.client('app', 'channel', 'mobile app')).api;
  compliance = (await http.client('app', 'compliance', 'audit')).api;
  const reviewerKey = await http.client('app', 'reviewer', 'credit reviewer');
  reviewerKeyId = reviewerKey.keyId;
  reviewer = reviewerKey.api;
});
after(async () => {
  await app?.close();
  await h?.stop();
});

interface DecisionRecordView {
  policyVersion: string;
  knowledgeVersion: string;
  inputsHash: string;
  inputs: { caseId: string; evidence: unknown[] };
  decision: Decision;
}

/** A case opened, told its revenue, given its uploads and decided through the API. */
interface DecidedCase {
  caseId: string;
  /** Evidence id per upload label of the scenario. */
  evidence: Record<string, string>;
  status: string;
  decision: Decision;
  view: CaseView;
}

const reason = (decision: Decision, code: string): DecisionReason => {
  const found = decision.reasons.find((r) => r.code === code);
  assert.ok(found, `reason ${code} missing: ${decision.reasons.map((r) => r.code).join(', ')}`);
  return found;
};
const codes = (decision: Decision) => decision.reasons.map((r) => r.code);
const num = (r: DecisionReason, key: string): number => {
  const v = r.params[key];
  assert.equal(typeof v, 'number', `${r.code}.${key} is ${String(v)}`);
  return v as number;
};

/** Opens the scenario's case, tells the revenue, uploads every voucher, waits for authenticity, says done. */
async function runScenario(s: DecisionScenario): Promise<DecidedCase> {
  const opened = await channel.post<{ caseId: string; status: string }>(
    '/v1/cases',
    { merchantRef: s.merchantRef, currentLimit: s.currentLimit, requestedLimit: s.requestedLimit, industry: s.industry, language: 'zh' },
    { 'idempotency-key': `open-${s.merchantRef}` },
  );
  assert.equal(opened.status, 201, JSON.stringify(opened.body));
  const caseId = opened.body.caseId;

  const told = await channel.post<{ action: { kind: string } }>(`/v1/cases/${caseId}/messages`, {
    messageId: 'revenue',
    text: s.revenueMessage,
  });
  assert.equal(told.status, 200, JSON.stringify(told.body));

  const evidence: Record<string, string> = {};
  for (const upload of s.uploads) {
    const bytes = await renderUpload(upload);
    const sent = await channel.upload<{ evidenceId: string }>(
      `/v1/cases/${caseId}/evidence`,
      { kind: `voucher:${upload.type}`, consent: 'true' },
      { bytes, name: `${upload.label}.jpg`, type: 'image/jpeg' },
    );
    assert.equal(sent.status, 202, JSON.stringify(sent.body));
    evidence[upload.label] = sent.body.evidenceId;
  }

  // Recognition and the image authenticity checks run on the evidence queue; wait until every upload has both.
  const ready = await eventually(
    async () => {
      const view = await channel.get<CaseView>(`/v1/cases/${caseId}`);
      const items = Object.values(evidence).map((id) => view.body.state.evidence[id]);
      return items.every((e) => e?.recognition && e.authenticity) ? view.body : undefined;
    },
    150_000,
    `recognition and authenticity of ${s.merchantRef}'s ${s.uploads.length} uploads`,
  );
  assert.equal(ready.state.facts.monthlyRevenue, s.declaredMonthlyRevenue, 'the dialogue read the declared revenue');
  for (const upload of s.uploads) {
    assert.equal(
      ready.state.evidence[evidence[upload.label] ?? '']?.recognition?.documentType,
      upload.type,
      `${upload.label} recognised as declared`,
    );
  }

  const done = await channel.post<{ status: string; decision: Decision; reply: string }>(`/v1/cases/${caseId}/submit`, {
    actionId: 'submit-1',
  });
  assert.equal(done.status, 200, JSON.stringify(done.body));
  const view = (await channel.get<CaseView>(`/v1/cases/${caseId}`)).body;
  return { caseId, evidence, status: done.body.status, decision: done.body.decision, view };
}

/** The DecisionMade event of a case, with its reproducible record. */
async function decisionEvent(caseId: string): Promise<{ decision: Decision; record: DecisionRecordView }> {
  const made = (await verifiedEventLog(compliance, caseId)).filter((e) => e.event.type === 'DecisionMade');
  assert.equal(made.length, 1);
  return made[0]?.event.data as unknown as { decision: Decision; record: DecisionRecordView };
}

function assertRecord(c: DecidedCase, record: DecisionRecordView): void {
  assert.equal(record.policyVersion, '1.0.0');
  assert.match(record.inputsHash, /^[0-9a-f]{64}$/);
  assert.equal(record.inputs.caseId, c.caseId);
  assert.equal(record.inputs.evidence.length, Object.keys(c.evidence).length);
  assert.deepEqual(record.decision, c.decision);
}

describe('limit decision acceptance scenarios (issue 6)', { timeout: 600_000 }, () => {
  test('an honest merchant with consistent evidence is approved, with reasons naming the estimators', { timeout: 240_000 }, async (t) => {
    const s = honestManufacturer(today);
    const c = await runScenario(s);
    const d = c.decision;
    t.diagnostic(decisionLine(d));
    assert.equal(c.status, 'decided', JSON.stringify(d));
    assert.equal(d.outcome, 'approved', JSON.stringify(d.reasons));
    assert.equal(d.policyVersion, '1.0.0');
    assert.equal(d.grantedLimit, s.requestedLimit);
    assert.equal(d.uplift, s.requestedLimit - s.currentLimit);

    // Every upload is the merchant's own: nothing excluded, discounted or inconsistent.
    for (const [label, id] of Object.entries(c.evidence))
      assert.equal(c.view.state.evidence[id]?.authenticity?.verdict, 'pass', `${label} passes authenticity`);
    for (const code of [
      'EVIDENCE_FAILED_CHECKS_IGNORED',
      'EVIDENCE_AUTHENTICITY_SUSPECT_DISCOUNTED',
      'ESTIMATE_INCONSISTENT_DISCOUNTED',
      'DECLARED_ABOVE_VERIFIED',
      'REFERRED_TO_REVIEWER',
    ]) {
      assert.ok(!codes(d).includes(code), `unexpected ${code}`);
    }

    const invoices = reason(d, 'ESTIMATE_INVOICES');
    assert.equal(invoices.params['invoices'], 3);
    assert.equal(invoices.params['totalAmount'], 745_800);
    assert.equal(invoices.params['merchantIdentity'], 'business_licence');
    assert.equal(invoices.params['purchasesSkipped'], 0);
    const contracts = reason(d, 'ESTIMATE_CONTRACTS');
    assert.equal(contracts.params['contracts'], 1);
    const verified = reason(d, 'VERIFIED_CAPACITY');
    assert.deepEqual(String(verified.params['sources']).split(',').sort(), ['contracts', 'invoices']);
    const annual = num(verified, 'annualRevenue');
    assert.ok(annual > 2_500_000 && annual < 3_100_000, `verified ${annual}`);
    const capacity = reason(d, 'CAPACITY_ESTIMATE');
    assert.equal(capacity.params['creditRatio'], 0.15);
    assert.ok(num(capacity, 'supportedLimit') > s.requestedLimit, 'the evidence supports more than requested');
    assert.equal(reason(d, 'CAPPED_AT_REQUEST').params['requestedLimit'], s.requestedLimit);
    assert.deepEqual(reason(d, 'NEXT_STEP').params, {
      action: 'none',
      supportedBy: reason(d, 'NEXT_STEP').params['supportedBy'],
      supportedUplift: 150_000,
      suggest: 'none',
    });
    assert.ok(['invoices', 'contracts'].includes(String(reason(d, 'NEXT_STEP').params['supportedBy'])));

    assert.equal(c.view.outcome, 'approved');
    assert.equal(c.view.grantedLimit, s.requestedLimit);
    const { record } = await decisionEvent(c.caseId);
    assertRecord(c, record);
  });

  test(
    'an exaggerating merchant gets a partial uplift resting on the evidence, with the exaggeration stated',
    { timeout: 240_000 },
    async (t) => {
      const s = exaggeratingWholesaler(today);
      const c = await runScenario(s);
      const d = c.decision;
      t.diagnostic(decisionLine(d));
      assert.equal(c.status, 'decided', JSON.stringify(d));
      assert.equal(d.outcome, 'partial', JSON.stringify(d.reasons));
      assert.ok(d.grantedLimit > s.currentLimit && d.grantedLimit < s.requestedLimit, `granted ${d.grantedLimit}`);
      for (const [label, id] of Object.entries(c.evidence))
        assert.equal(c.view.state.evidence[id]?.authenticity?.verdict, 'pass', `${label} passes authenticity`);

      const invoices = reason(d, 'ESTIMATE_INVOICES');
      assert.equal(invoices.params['invoices'], 2);
      assert.equal(invoices.params['totalAmount'], 258_030);
      assert.equal(invoices.params['merchantIdentity'], 'business_licence');
      const verified = num(reason(d, 'VERIFIED_CAPACITY'), 'annualRevenue');
      const declared = reason(d, 'DECLARED_ABOVE_VERIFIED');
      assert.equal(declared.params['declaredAnnual'], 3_600_000);
      assert.equal(declared.params['verifiedAnnual'], verified);
      const factor = num(declared, 'factor');
      assert.ok(factor > 2 && factor < 4.5, `declared/verified ${factor}`);
      assert.ok(!codes(d).includes('DECLARED_FAR_ABOVE_VERIFIED') && !codes(d).includes('REFERRED_TO_REVIEWER'));

      // The limit rests on the verified figure, not on the declared one: the discount is the whole gap.
      const capacity = reason(d, 'CAPACITY_ESTIMATE');
      assert.equal(capacity.params['annualRevenue'], verified);
      assert.equal(capacity.params['creditRatio'], 0.1);
      const trust = num(capacity, 'trust');
      assert.equal(num(capacity, 'supportedLimit'), Math.floor((verified * 0.1 * trust) / 1000) * 1000);
      assert.equal(d.grantedLimit, num(capacity, 'supportedLimit'));
      const next = reason(d, 'NEXT_STEP');
      assert.equal(next.params['action'], 'upload');
      assert.equal(next.params['supportedUplift'], d.grantedLimit - s.currentLimit);
      assert.equal(next.params['suggest'], 'voucher:bank_statement');

      const { record } = await decisionEvent(c.caseId);
      assertRecord(c, record);
    },
  );

  test('a merchant with conflicting evidence is referred; a reviewer decision completes the case', { timeout: 240_000 }, async (t) => {
    const s = conflictingHaulier(today);
    const c = await runScenario(s);
    const d = c.decision;
    t.diagnostic(decisionLine(d));
    assert.equal(d.outcome, 'referred', JSON.stringify(d.reasons));
    assert.equal(c.status, 'in_review');
    assert.equal(c.view.status, 'in_review');

    // The other taxpayer's certificate contradicts the licence's USCC (critical); the invoice between
    // two other companies names neither the merchant nor its USCC (warnings).
    const tax = c.view.state.evidence[c.evidence['foreign-tax'] ?? ''];
    assert.equal(tax?.authenticity?.verdict, 'fail');
    assert.ok(tax?.authenticity?.findings.some((f) => f.check === 'inconsistent' && f.severity === 'critical' && /USCC/.test(f.detail)));
    const foreign = c.view.state.evidence[c.evidence['foreign-invoice'] ?? ''];
    assert.equal(foreign?.authenticity?.verdict, 'suspect');
    assert.ok(foreign?.authenticity?.findings.some((f) => f.check === 'inconsistent' && f.severity === 'warning'));
    const critical = reason(d, 'AUTHENTICITY_CRITICAL_FINDING');
    assert.ok(
      String(critical.params['evidenceIds'])
        .split(',')
        .includes(c.evidence['foreign-tax'] ?? '-'),
    );
    const referred = reason(d, 'REFERRED_TO_REVIEWER');
    assert.ok(String(referred.params['triggers']).split('+').includes('AUTHENTICITY_CRITICAL'));
    assert.equal(referred.params['provisionalLimit'], d.grantedLimit);
    assert.deepEqual(reason(d, 'NEXT_STEP').params['action'], 'wait_for_review');
    const { record } = await decisionEvent(c.caseId);
    assertRecord(c, record);

    // The case waits in the reviewers' queue; a channel key cannot decide it.
    const queue = await reviewer.get<{ items: { caseId: string }[] }>('/v1/cases?status=in_review');
    assert.equal(queue.status, 200);
    assert.ok(queue.body.items.some((i) => i.caseId === c.caseId));
    const verdict = {
      outcome: 'declined' as const,
      grantedLimit: s.currentLimit,
      note: 'The VAT certificate belongs to another taxpayer; resubmit your own.',
    };
    const forbidden = await channel.post(`/v1/cases/${c.caseId}/review`, verdict);
    assert.equal(forbidden.status, 403);

    const reviewed = await reviewer.post<{ caseId: string; decision: Decision; agreesWithEngine: boolean }>(
      `/v1/cases/${c.caseId}/review`,
      verdict,
    );
    assert.equal(reviewed.status, 200, JSON.stringify(reviewed.body));
    assert.equal(reviewed.body.decision.outcome, 'declined');
    assert.equal(reviewed.body.decision.grantedLimit, s.currentLimit);
    assert.equal(reviewed.body.decision.policyVersion, 'human-review+1.0.0');
    assert.equal(reviewed.body.decision.reasons[0]?.code, 'HUMAN_REVIEW');
    assert.equal(reviewed.body.decision.reasons[0]?.params['engineProvisionalLimit'], d.grantedLimit);
    const agrees = reviewerAgrees(d, { reviewerId: reviewerKeyId, ...verdict });
    assert.equal(agrees, outcomeForLimit(d.grantedLimit, d.currentLimit, d.requestedLimit) === 'declined');
    assert.equal(reviewed.body.agreesWithEngine, agrees);

    const decided = await eventually(async () => {
      const v = await channel.get<CaseView>(`/v1/cases/${c.caseId}`);
      return v.body.status === 'decided' ? v.body : undefined;
    });
    assert.equal(decided.outcome, 'declined');
    assert.equal(decided.grantedLimit, s.currentLimit);
    assert.equal(decided.state.review?.agreesWithEngine, agrees);
    // A reviewer whose answer was lost resends the same verdict: the same result, and no second review.
    const resent = await reviewer.post<{ caseId: string; decision: Decision; agreesWithEngine: boolean }>(
      `/v1/cases/${c.caseId}/review`,
      verdict,
    );
    assert.equal(resent.status, 200, JSON.stringify(resent.body));
    assert.deepEqual(resent.body, reviewed.body);
    assert.equal((await verifiedEventLog(compliance, c.caseId)).filter((e) => e.event.type === 'ReviewCompleted').length, 1);

    const report = await compliance.get<{
      overall: { reviewed: number; agreed: number };
      byIndustry: { key: string; reviewed: number }[];
      byVoucherType: { key: string; reviewed: number }[];
    }>('/v1/reports/review-agreement');
    assert.equal(report.status, 200);
    assert.equal(report.body.overall.reviewed, 1);
    assert.equal(report.body.overall.agreed, agrees ? 1 : 0);
    assert.deepEqual(
      report.body.byIndustry.map((r) => [r.key, r.reviewed]),
      [['logistics', 1]],
    );
    assert.ok(report.body.byVoucherType.some((r) => r.key === 'tax_payment_certificate' && r.reviewed === 1));
  });
});
