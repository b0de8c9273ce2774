import { renderDecision } from '@uplift/dialogue';
import type { ReviewerVerdict } from '@uplift/domain';
import type { ReviewResult } from '../definitions';
import { assistantReply } from './replies';
import type { CaseRuntime } from './runtime';

/** A reviewer's verdict on a referred case: the final decision, explained to the merchant. */
export function completeReview(rt: CaseRuntime, verdict: ReviewerVerdict): Promise<ReviewResult> {
  return rt.step((tx) => {
    tx.apply({ type: 'CompleteReview', verdict });
    const decision = tx.draft.decision;
    if (!decision) throw new Error('a completed review has a decision');
    const language = tx.draft.language;
    tx.apply(assistantReply({ kind: 'explain_decision' }, renderDecision(decision, language), language, null));
    return { caseId: rt.caseId, decision, agreesWithEngine: tx.draft.review?.agreesWithEngine ?? false };
  });
}
