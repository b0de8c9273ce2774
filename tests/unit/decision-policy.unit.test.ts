import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { decideCase, policy } from '@uplift/decision';
import { initialCaseState, type CaseState, type Decision, type EvidenceItem } from '@uplift/domain';

// Policy 0.2.0 is frozen in the registry so its recorded decisions re-run exactly; these tests pin it.
const LIMIT_POLICY_VERSION = '0.2.0';
const evaluateLimit = (state: CaseState): Decision => decideCase(state, {}, policy(LIMIT_POLICY_VERSION)).decision;

function evidence(id: string, kind: 'voucher' | 'photo', verdict: 'readable' | 'unreadable'): EvidenceItem {
  return {
    evidenceId: id,
    declared: kind === 'voucher' ? { kind, type: 'vat_special_invoice' } : { kind, class: 'commercial_vehicle' },
    mediaType: 'image/jpeg',
    sizeBytes: 1,
    sha256: id.padEnd(64, '0'),
    submittedAt: '2026-11-22T00:00:00.000Z',
    assessment: {
      verdict,
      problems: verdict === 'readable' ? [] : ['BLURRY'],
      format: 'jpeg',
      width: 1,
      height: 1,
      pages: null,
      sharpness: 1,
      brightness: 1,
      textCharacters: null,
      methodVersion: 't',
    },
    recognition: null,
    authenticity: null,
  };
}

function merchant(monthlyRevenue: number | undefined, items: EvidenceItem[]): CaseState {
  return {
    ...initialCaseState('c1'),
    status: 'collecting',
    industry: 'logistics',
    currentLimit: 100_000,
    requestedLimit: 200_000,
    facts: monthlyRevenue === undefined ? { industry: 'logistics' } : { industry: 'logistics', monthlyRevenue },
    evidence: Object.fromEntries(items.map((e) => [e.evidenceId, e])),
    evidenceOrder: items.map((e) => e.evidenceId),
  };
}

const codes = (state: CaseState) => evaluateLimit(state).reasons.map((r) => r.code);

describe('limit policy 0.2.0 (frozen)', () => {
  test('strong declared revenue backed by readable vouchers is approved, capped at the request', () => {
    const d = evaluateLimit(
      merchant(500_000, [evidence('a', 'voucher', 'readable'), evidence('b', 'voucher', 'readable'), evidence('c', 'voucher', 'readable')]),
    );
    assert.equal(d.outcome, 'approved');
    assert.equal(d.grantedLimit, 200_000);
    assert.equal(d.uplift, 100_000);
    assert.equal(d.policyVersion, LIMIT_POLICY_VERSION);
    assert.ok(d.reasons.some((r) => r.code === 'CAPPED_AT_REQUEST'));
  });

  test('less evidence supports less: a partial uplift, in steps of 1,000', () => {
    const d = evaluateLimit(merchant(300_000, [evidence('a', 'voucher', 'readable'), evidence('p', 'photo', 'readable')]));
    // 3.6M annual × 0.15 × (0.2 + 0.05) = 135,000
    assert.equal(d.outcome, 'partial');
    assert.equal(d.grantedLimit, 135_000);
    assert.equal(d.grantedLimit % 1_000, 0);
  });

  test('no declared revenue or no readable voucher: declined with reasons', () => {
    assert.equal(evaluateLimit(merchant(undefined, [evidence('a', 'voucher', 'readable')])).outcome, 'declined');
    assert.ok(codes(merchant(undefined, [])).includes('NO_DECLARED_REVENUE'));
    const unreadable = merchant(400_000, [evidence('a', 'voucher', 'unreadable')]);
    assert.equal(evaluateLimit(unreadable).outcome, 'declined');
    assert.ok(codes(unreadable).includes('UNREADABLE_EVIDENCE_IGNORED'));
    assert.ok(codes(unreadable).includes('NO_USABLE_VOUCHERS'));
  });

  test('revenue above the industry range is capped and says so', () => {
    assert.ok(codes(merchant(50_000_000, [evidence('a', 'voucher', 'readable')])).includes('DECLARED_REVENUE_ABOVE_INDUSTRY_RANGE'));
  });

  test('the limit never goes down and the decision is deterministic', () => {
    const state = merchant(10_000, [evidence('a', 'voucher', 'readable')]);
    const d = evaluateLimit(state);
    assert.equal(d.grantedLimit, 100_000);
    assert.deepEqual(evaluateLimit(state), d);
  });
});

describe('limit policy 0.2.0 with recognition', () => {
  const recognised = (type: 'vat_special_invoice' | 'business_licence' | 'unknown', passed = true): EvidenceItem['recognition'] => ({
    documentType: type,
    classificationConfidence: 0.9,
    fields: [],
    validations: [{ rule: 'amount_plus_tax_equals_total', fields: ['amount', 'tax', 'total'], passed, detail: '' }],
    seals: [],
    signatures: [],
    objects: [],
    text: '',
    ocrEngine: 'pp-ocrv4',
    methodVersions: {},
    timingsMs: {},
  });
  const withRecognition = (id: string, recognition: EvidenceItem['recognition']): EvidenceItem => ({
    ...evidence(id, 'voucher', 'readable'),
    recognition,
  });

  test('a voucher recognised as what was declared, with passing checks, counts', () => {
    const d = evaluateLimit(merchant(300_000, [withRecognition('a', recognised('vat_special_invoice'))]));
    assert.ok(d.reasons.some((r) => r.code === 'EVIDENCE_SUPPORT' && r.params.vouchers === 1));
  });

  test('a voucher that is something else, or unreadable to recognition, is ignored with a reason', () => {
    for (const type of ['business_licence', 'unknown'] as const) {
      const state = merchant(300_000, [withRecognition('a', recognised(type))]);
      assert.ok(codes(state).includes('EVIDENCE_NOT_AS_DECLARED_IGNORED'));
      assert.equal(evaluateLimit(state).outcome, 'declined');
    }
  });

  test('a voucher whose checks fail is ignored with a reason', () => {
    const state = merchant(300_000, [withRecognition('a', recognised('vat_special_invoice', false))]);
    assert.ok(codes(state).includes('EVIDENCE_FAILED_CHECKS_IGNORED'));
    assert.ok(codes(state).includes('NO_USABLE_VOUCHERS'));
  });
});
