import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { askOrRecall, recordedReview } from '@uplift/api';
import {
  decide,
  DomainError,
  ErrorCode,
  foldCase,
  initialCaseState,
  type CaseState,
  type Decision,
  type ReviewerVerdict,
} from '@uplift/domain';

const now = '2026-11-29T08:00:00.000Z';
const referral: Decision = {
  outcome: 'referred',
  currentLimit: 100_000,
  requestedLimit: 200_000,
  grantedLimit: 150_000,
  uplift: 50_000,
  reasons: [{ code: 'DECLARED_FAR_ABOVE_VERIFIED', params: {} }],
  policyVersion: '1.0.0',
};
const verdict: ReviewerVerdict = { reviewerId: 'rev-1', outcome: 'partial', grantedLimit: 150_000, note: 'checked the invoices' };

function apply(state: CaseState, command: Parameters<typeof decide>[0]): CaseState {
  return foldCase(state, decide(command, state, { now }));
}

function reviewedCase(): CaseState {
  let state = apply(initialCaseState('c1'), {
    type: 'OpenCase',
    caseId: 'c1',
    channel: 'app',
    merchantRef: 'm',
    currentLimit: 100_000,
    requestedLimit: 200_000,
    industry: 'logistics',
    language: 'zh',
  });
  state = apply(state, { type: 'RecordDecision', decision: referral, trigger: 'deadline' });
  return apply(state, { type: 'CompleteReview', verdict });
}

const closed = (): Promise<never> => Promise.reject(new DomainError(ErrorCode.CaseClosed, 'the case is decided'));

describe('a review whose answer was lost is answered again', () => {
  test('the same reviewer resending the same verdict gets the recorded result', async () => {
    const state = reviewedCase();
    const result = await askOrRecall(
      closed,
      () => Promise.resolve(state),
      (s) => recordedReview(s, verdict),
    );
    assert.equal(result.caseId, 'c1');
    assert.equal(result.decision.outcome, 'partial');
    assert.equal(result.decision.grantedLimit, 150_000);
    assert.equal(result.agreesWithEngine, true);
  });

  test('another reviewer, another outcome or another limit is still refused as closed', async () => {
    const state = reviewedCase();
    for (const other of [
      { ...verdict, reviewerId: 'rev-2' },
      { ...verdict, outcome: 'declined' as const, grantedLimit: 100_000 },
      { ...verdict, grantedLimit: 140_000 },
    ]) {
      assert.equal(recordedReview(state, other), undefined);
      await assert.rejects(
        askOrRecall(
          closed,
          () => Promise.resolve(state),
          (s) => recordedReview(s, other),
        ),
        (error: unknown) => error instanceof DomainError && error.code === ErrorCode.CaseClosed,
      );
    }
  });

  test('a case without a review recalls nothing, and other errors pass through without a read', async () => {
    const open = initialCaseState('c2');
    assert.equal(recordedReview(open, verdict), undefined);
    let read = 0;
    await assert.rejects(
      askOrRecall(
        () => Promise.reject(new DomainError(ErrorCode.ValidationFailed, 'bad')),
        () => Promise.resolve(((read += 1), open)),
        (s) => recordedReview(s, verdict),
      ),
      (error: unknown) => error instanceof DomainError && error.code === ErrorCode.ValidationFailed,
    );
    assert.equal(read, 0);
  });
});
