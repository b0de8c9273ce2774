import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, test } from 'node:test';
import {
  canonicalJson,
  CHAMPION_POLICY_VERSION,
  decideCase,
  evaluateLimit,
  explainDecision,
  hashDecisionInputs,
  listPolicies,
  policy,
  reevaluate,
  sha256Hex,
  verifyRecord,
  type DecisionRecord,
} from '@uplift/decision';
import { bankStatement, caseWith, invoice, licence, taxCertificate, vehicleLicence } from '@uplift/decision/testing';
import type { CaseState, Decision } from '@uplift/domain';

const M = 'Shunda Logistics Co';
const fleet = [vehicleLicence('v1', '沪A10001'), vehicleLicence('v2', '沪A10002'), vehicleLicence('v3', '沪A10003')];
const invoices = [
  invoice('i1', M, 150_000, '2026-09-05'),
  invoice('i2', M, 150_000, '2026-10-05'),
  invoice('i3', M, 150_000, '2026-11-05'),
];
const statement = bankStatement('b', M, 450_000, '2026-08-22', '2026-11-21');
const logistics = (monthlyRevenue: number, evidence: CaseState['evidence'][string][]) =>
  caseWith({ industry: 'logistics', currentLimit: 100_000, requestedLimit: 200_000, facts: { monthlyRevenue }, evidence });
const code = (d: Decision, c: string) => d.reasons.find((r) => r.code === c);

describe('limit policy 1.0.0', () => {
  test('given an honest merchant with consistent invoices, statement and fleet, when decided, then approved at the request with reasons', () => {
    const d = evaluateLimit(logistics(150_000, [licence('l', M), ...invoices, statement, ...fleet]));
    assert.equal(d.outcome, 'approved');
    assert.equal(d.grantedLimit, 200_000);
    assert.equal(d.policyVersion, CHAMPION_POLICY_VERSION);
    assert.ok(code(d, 'VERIFIED_CAPACITY'));
    assert.ok(code(d, 'CAPPED_AT_REQUEST'));
    assert.equal(code(d, 'NEXT_STEP')?.params.action, 'none');
  });

  test('given a merchant declaring three times what the evidence shows, when decided, then a partial uplift resting on the evidence, with the exaggeration stated', () => {
    const small = [
      licence('l', M),
      invoice('i1', M, 90_000, '2026-09-05'),
      invoice('i2', M, 90_000, '2026-10-05'),
      invoice('i3', M, 90_000, '2026-11-05'),
      bankStatement('b', M, 270_000, '2026-08-22', '2026-11-21'),
    ];
    const d = evaluateLimit(logistics(270_000, small));
    assert.equal(d.outcome, 'partial');
    assert.ok(d.uplift > 0 && d.grantedLimit < 200_000);
    assert.ok(code(d, 'DECLARED_ABOVE_VERIFIED'));
    assert.equal(code(d, 'NEXT_STEP')?.params.action, 'upload');
  });

  test('given declared revenue far above everything verified, when decided, then referred to a reviewer', () => {
    const d = evaluateLimit(
      logistics(2_000_000, [
        licence('l', M),
        invoice('i1', M, 30_000, '2026-11-05'),
        bankStatement('b', M, 90_000, '2026-08-22', '2026-11-21'),
      ]),
    );
    assert.equal(d.outcome, 'referred');
    assert.ok(code(d, 'DECLARED_FAR_ABOVE_VERIFIED'));
    assert.match(String(code(d, 'REFERRED_TO_REVIEWER')?.params.triggers), /DECLARED_FAR_ABOVE_VERIFIED/);
  });

  test('given bank inflows and declared sales to the tax office that disagree fivefold, when decided, then referred for the conflict', () => {
    const d = evaluateLimit(logistics(150_000, [licence('l', M), statement, taxCertificate('t', 2_250_000, '2026-07-01', '2026-09-30')]));
    assert.equal(d.outcome, 'referred');
    assert.ok(code(d, 'EVIDENCE_CONFLICT'));
  });

  test('given a forged invoice caught by authenticity, when decided, then it is excluded, the case referred, and the provisional limit ignores it', () => {
    const forged = invoice('f', M, 3_000_000, '2026-11-01', 'seller', {
      authenticity: { verdict: 'fail', findings: [{ check: 'screen_recapture', severity: 'critical' }] },
    });
    const withForgery = evaluateLimit(logistics(150_000, [licence('l', M), ...invoices, statement, forged]));
    const without = evaluateLimit(logistics(150_000, [licence('l', M), ...invoices, statement]));
    assert.equal(withForgery.outcome, 'referred');
    assert.ok(code(withForgery, 'EVIDENCE_FAILED_AUTHENTICITY_IGNORED'));
    assert.ok(code(withForgery, 'AUTHENTICITY_CRITICAL_FINDING'));
    assert.equal(withForgery.grantedLimit, without.grantedLimit);
  });

  test('given only declared revenue and no admissible evidence, when decided, then declined with a next step naming a bank statement', () => {
    const d = evaluateLimit(logistics(300_000, [invoice('x', M, 1, '2026-11-01', 'seller', { readable: false })]));
    assert.equal(d.outcome, 'declined');
    assert.ok(code(d, 'NO_VERIFIED_CAPACITY'));
    assert.equal(code(d, 'NEXT_STEP')?.params.suggest, 'voucher:bank_statement');
    assert.match(explainDecision(d, 'en'), /bank statement/);
  });

  test('given invoices only, when decided, then the explanation names what supported the uplift and what could support more', () => {
    const d = evaluateLimit(
      caseWith({
        industry: 'logistics',
        currentLimit: 100_000,
        requestedLimit: 400_000,
        facts: { monthlyRevenue: 150_000 },
        evidence: [licence('l', M), ...invoices],
      }),
    );
    assert.equal(d.outcome, 'partial');
    assert.match(explainDecision(d, 'en'), /^Your invoices support \+CNY \d+k; a bank statement could support more\.$/);
    assert.match(explainDecision(d, 'zh'), /您的发票支持提额.*银行流水/);
  });

  test('the limit never goes down', () => {
    const d = evaluateLimit(
      caseWith({
        industry: 'logistics',
        currentLimit: 900_000,
        requestedLimit: 1_000_000,
        facts: { monthlyRevenue: 150_000 },
        evidence: [statement],
      }),
    );
    assert.equal(d.outcome, 'declined');
    assert.equal(d.grantedLimit, 900_000);
  });
});

describe('decision records', () => {
  const state = logistics(150_000, [licence('l', M), ...invoices, statement, ...fleet]);

  test('sha256 in pure TypeScript equals node:crypto, including non-ASCII text', () => {
    for (const text of ['', 'abc', '顺达物流有限公司 ¥1,234.00 🚚', 'x'.repeat(1000)]) {
      assert.equal(sha256Hex(text), createHash('sha256').update(text, 'utf8').digest('hex'));
    }
  });

  test('canonical JSON sorts keys and drops undefined members', () => {
    assert.equal(canonicalJson({ b: 1, a: [true, null, { d: undefined, c: 'x' }] }), '{"a":[true,null,{"c":"x"}],"b":1}');
  });

  test('given a recorded decision, when it is stored as JSON and re-evaluated, then it reproduces exactly and its hash verifies', () => {
    const record = JSON.parse(JSON.stringify(decideCase(state))) as DecisionRecord;
    assert.equal(record.inputsHash, hashDecisionInputs(record.inputs));
    assert.deepEqual(reevaluate(record), record.decision);
    const check = verifyRecord(record);
    assert.deepEqual([check.match, check.hashMatches, check.knowledgeMatches], [true, true, true]);
  });

  test('given a record made by 0.2.0, when re-evaluated, then the 0.2.0 policy runs, not the champion', () => {
    const old = decideCase(state, {}, policy('0.2.0'));
    assert.equal(old.decision.policyVersion, '0.2.0');
    assert.deepEqual(reevaluate(old), old.decision);
    assert.notDeepEqual(reevaluate({ ...old, policyVersion: CHAMPION_POLICY_VERSION }), old.decision);
  });

  test('given a tampered record, when verified, then the mismatch and the broken hash are reported', () => {
    const record = decideCase(state);
    const tampered: DecisionRecord = { ...record, decision: { ...record.decision, grantedLimit: 999_000 } };
    assert.deepEqual(verifyRecord(tampered).differences, ['grantedLimit']);
    const edited: DecisionRecord = { ...record, inputs: { ...record.inputs, requestedLimit: 1 } };
    assert.equal(verifyRecord(edited).hashMatches, false);
  });

  test('the same state always gives the same record; the registry has one champion and candidates', () => {
    assert.deepEqual(decideCase(state), decideCase(state));
    const statuses = listPolicies().map((p) => p.status);
    assert.deepEqual(
      statuses.filter((s) => s === 'champion'),
      ['champion'],
    );
    assert.ok(statuses.includes('candidate') && statuses.includes('retired'));
    assert.throws(() => reevaluate({ policyVersion: '9.9.9', inputs: decideCase(state).inputs }), /not registered/);
  });
});
