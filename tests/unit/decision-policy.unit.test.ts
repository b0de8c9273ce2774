import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { evaluateLimit, LIMIT_POLICY_VERSION } from '@uplift/decision';
import { initialCaseState, type CaseState, type EvidenceItem } from '@uplift/domain';

function evidence(id: string, kind: 'voucher' | 'photo', verdict: 'readable' | 'unreadable'): EvidenceItem {
  return {
    evidenceId: id,
    declared: kind === 'voucher' ? { kind, type: 'vat_special_invoice' } : { kind, class: 'commercial_vehicle' },
    mediaType: 'image/jpeg',
    sizeBytes: 1,
    sha256: id.padEnd(64, '0'),
    submittedAt: '2026-11-22T00:00:00.000Z',
    assessment: { verdict, problems: verdict === 'readable' ? [] : ['BLURRY'], format: 'jpeg', width: 1, height: 1, pages: null, sharpness: 1, brightness: 1, textCharacters: null, methodVersion: 't' },
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

describe('limit policy', () => {
  test('strong declared revenue backed by readable vouchers is approved, capped at the request', () => {
    const d = evaluateLimit(merchant(500_000, [evidence('a', 'voucher', 'readable'), evidence('b', 'voucher', 'readable'), evidence('c', 'voucher', 'readable')]));
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
    assert.ok(codes(unreadable).includes('NO_READABLE_VOUCHERS'));
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
