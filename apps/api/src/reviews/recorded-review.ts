import type { CaseState, ReviewerVerdict } from '@uplift/domain';
import type { ReviewResult } from '@uplift/workflows';

/**
 * The result of `verdict` when the case already holds it: decided by this reviewer's review, with this
 * outcome and limit. A review whose answer was lost (the workflow task that committed it never
 * reached Temporal, or the workflow ended since) is answered again instead of refused as closed.
 */
export function recordedReview(state: CaseState, verdict: ReviewerVerdict): ReviewResult | undefined {
  const { review, decision } = state;
  if (!review?.decidedAt || review.reviewerId !== verdict.reviewerId || !decision) return undefined;
  if (decision.outcome !== verdict.outcome || decision.grantedLimit !== verdict.grantedLimit) return undefined;
  return { caseId: state.caseId, decision, agreesWithEngine: review.agreesWithEngine ?? false };
}
