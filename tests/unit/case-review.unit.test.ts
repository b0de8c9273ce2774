import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { agreementReport, decide, ErrorCode, foldCase } from '@uplift/domain';
import { domainErrorCode } from '../support/domain-errors';
import { now, referral, referredCase, verdict } from '../support/review-fixtures';

describe('human review of a referred case', () => {
  test('a referral puts the case in review, keeps the engine decision, and closes nothing', () => {
    const state = referredCase();
    assert.equal(state.status, 'in_review');
    assert.equal(state.review?.engineDecision.grantedLimit, 150_000);
    assert.equal(state.closedAt, null);
  });

  test('in review, uploads and a second engine decision are refused', () => {
    const state = referredCase();
    const upload = {
      type: 'SubmitEvidence',
      evidenceId: 'e2',
      declared: { kind: 'photo', class: 'storefront' },
      mediaType: 'image/jpeg',
      sizeBytes: 1,
      sha256: 'b'.repeat(64),
    } as const;
    assert.equal(
      domainErrorCode(() => decide(upload, state, { now })),
      ErrorCode.CaseInReview,
    );
    assert.equal(
      domainErrorCode(() => decide({ type: 'RecordDecision', decision: referral, trigger: 'deadline' }, state, { now })),
      ErrorCode.CaseInReview,
    );
  });

  test("the reviewer's verdict decides the case and records agreement with the engine", () => {
    const state = referredCase();
    const events = decide({ type: 'CompleteReview', verdict: verdict() }, state, { now });
    const decided = foldCase(state, events);
    assert.equal(decided.status, 'decided');
    assert.equal(decided.decision?.grantedLimit, 150_000);
    assert.equal(decided.decision?.policyVersion, 'human-review+1.0.0');
    assert.equal(decided.review?.agreesWithEngine, true);
    const declined = foldCase(
      state,
      decide({ type: 'CompleteReview', verdict: verdict({ outcome: 'declined', grantedLimit: 100_000 }) }, state, { now }),
    );
    assert.equal(declined.review?.agreesWithEngine, false);
  });

  test('a verdict that contradicts itself or the case is refused', () => {
    const state = referredCase();
    assert.equal(
      domainErrorCode(() =>
        decide({ type: 'CompleteReview', verdict: verdict({ outcome: 'approved', grantedLimit: 150_000 }) }, state, { now }),
      ),
      ErrorCode.ValidationFailed,
    );
    assert.equal(
      domainErrorCode(() => decide({ type: 'CompleteReview', verdict: verdict({ grantedLimit: 250_000 }) }, state, { now })),
      ErrorCode.ValidationFailed,
    );
    assert.equal(
      domainErrorCode(() =>
        decide({ type: 'CompleteReview', verdict: verdict({ grantedLimit: 90_000, outcome: 'declined' }) }, state, { now }),
      ),
      ErrorCode.ValidationFailed,
    );
    const decided = foldCase(state, decide({ type: 'CompleteReview', verdict: verdict() }, state, { now }));
    assert.equal(
      domainErrorCode(() => decide({ type: 'CompleteReview', verdict: verdict() }, decided, { now })),
      ErrorCode.CaseClosed,
    );
  });

  test('escalation happens once', () => {
    const state = referredCase();
    const escalated = foldCase(state, decide({ type: 'EscalateReview', waitedMs: 1 }, state, { now }));
    assert.equal(escalated.review?.escalatedAt, now);
    assert.deepEqual(decide({ type: 'EscalateReview', waitedMs: 2 }, escalated, { now }), []);
  });

  test('agreement is reported overall, per industry and per voucher type', () => {
    const state = referredCase();
    const agreed = foldCase(state, decide({ type: 'CompleteReview', verdict: verdict() }, state, { now }));
    const disagreed = foldCase(
      state,
      decide({ type: 'CompleteReview', verdict: verdict({ outcome: 'declined', grantedLimit: 100_000 }) }, state, { now }),
    );
    const report = agreementReport([agreed, disagreed, state]);
    assert.deepEqual(report.overall, { key: 'all', reviewed: 2, agreed: 1, rate: 0.5 });
    assert.deepEqual(report.byIndustry, [{ key: 'logistics', reviewed: 2, agreed: 1, rate: 0.5 }]);
    assert.deepEqual(report.byVoucherType, [{ key: 'vat_special_invoice', reviewed: 2, agreed: 1, rate: 0.5 }]);
  });
});
