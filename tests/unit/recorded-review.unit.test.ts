import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { askOrRecall, recordedReview } from '@uplift/api';
import { decide, DomainError, ErrorCode, foldCase, initialCaseState, type CaseState } from '@uplift/domain';
import { now, referredCase, verdict } from '../support/review-fixtures';

const decided = verdict({ note: 'checked the invoices' });

function reviewedCase(): CaseState {
  const state = referredCase();
  return foldCase(state, decide({ type: 'CompleteReview', verdict: decided }, state, { now }));
}

const closed = (): Promise<never> => Promise.reject(new DomainError(ErrorCode.CaseClosed, 'the case is decided'));

describe('a review whose answer was lost is answered again', () => {
  test('the same reviewer resending the same verdict gets the recorded result', async () => {
    const state = reviewedCase();
    const result = await askOrRecall(
      closed,
      () => Promise.resolve(state),
      (s) => recordedReview(s, decided),
    );
    assert.equal(result.caseId, 'c1');
    assert.equal(result.decision.outcome, 'partial');
    assert.equal(result.decision.grantedLimit, 150_000);
    assert.equal(result.agreesWithEngine, true);
  });

  test('another reviewer, another outcome or another limit is still refused as closed', async () => {
    const state = reviewedCase();
    for (const other of [
      { ...decided, reviewerId: 'rev-2' },
      { ...decided, outcome: 'declined' as const, grantedLimit: 100_000 },
      { ...decided, grantedLimit: 140_000 },
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
    assert.equal(recordedReview(open, decided), undefined);
    let read = 0;
    await assert.rejects(
      askOrRecall(
        () => Promise.reject(new DomainError(ErrorCode.ValidationFailed, 'bad')),
        () => Promise.resolve(((read += 1), open)),
        (s) => recordedReview(s, decided),
      ),
      (error: unknown) => error instanceof DomainError && error.code === ErrorCode.ValidationFailed,
    );
    assert.equal(read, 0);
  });
});
