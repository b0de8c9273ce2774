import type { Decision } from './vocabulary';

/** What a human reviewer decides for a referred case. */
export interface ReviewerVerdict {
  reviewerId: string;
  outcome: 'approved' | 'partial' | 'declined';
  grantedLimit: number;
  note: string;
}

/** A referred case's review, as state holds it. */
export interface CaseReview {
  referredAt: string;
  /** The engine's referral, kept to measure agreement; its grantedLimit is the engine's provisional figure. */
  engineDecision: Decision;
  escalatedAt: string | null;
  reviewerId: string | null;
  decidedAt: string | null;
  agreesWithEngine: boolean | null;
}

/** Outcome implied by a granted limit (the same rule the engine uses). */
export function outcomeForLimit(granted: number, current: number, requested: number): 'approved' | 'partial' | 'declined' {
  if (granted <= current) return 'declined';
  return granted >= requested ? 'approved' : 'partial';
}

/**
 * A reviewer agrees with the engine when both land on the same outcome and the amounts are within 5% of
 * the requested uplift (at least CNY 1,000): the measure reported per industry and voucher type.
 */
export function reviewerAgrees(engine: Decision, verdict: ReviewerVerdict): boolean {
  const engineOutcome = outcomeForLimit(engine.grantedLimit, engine.currentLimit, engine.requestedLimit);
  const tolerance = Math.max(1_000, 0.05 * (engine.requestedLimit - engine.currentLimit));
  return engineOutcome === verdict.outcome && Math.abs(engine.grantedLimit - verdict.grantedLimit) <= tolerance;
}
