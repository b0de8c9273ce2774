import { decide, foldCase, initialCaseState, type CaseState, type Decision, type ReviewerVerdict } from '@uplift/domain';

/** Shared fixtures of the review tests: a case the engine referred to a reviewer, and verdicts on it. */
export const now = '2026-11-22T08:00:00.000Z';

/** The engine's referral: provisional 150k of a requested 200k on a current 100k. */
export const referral: Decision = {
  outcome: 'referred',
  currentLimit: 100_000,
  requestedLimit: 200_000,
  grantedLimit: 150_000,
  uplift: 50_000,
  reasons: [{ code: 'DECLARED_FAR_ABOVE_VERIFIED', params: {} }],
  policyVersion: '1.0.0',
};

/** Case c1: opened, one invoice submitted, referred on the deadline. */
export function referredCase(): CaseState {
  let state = initialCaseState('c1');
  for (const command of [
    {
      type: 'OpenCase',
      caseId: 'c1',
      channel: 'app',
      merchantRef: 'm',
      currentLimit: 100_000,
      requestedLimit: 200_000,
      industry: 'logistics',
      language: 'zh',
    },
    {
      type: 'SubmitEvidence',
      evidenceId: 'e1',
      declared: { kind: 'voucher', type: 'vat_special_invoice' },
      mediaType: 'image/jpeg',
      sizeBytes: 1,
      sha256: 'a'.repeat(64),
    },
    { type: 'RecordDecision', decision: referral, trigger: 'deadline' },
  ] as const) {
    state = foldCase(state, decide(command, state, { now }));
  }
  return state;
}

/** Reviewer rev-1's verdict: partial at the engine's provisional 150k unless overridden. */
export const verdict = (overrides: Partial<ReviewerVerdict> = {}): ReviewerVerdict => ({
  reviewerId: 'rev-1',
  outcome: 'partial',
  grantedLimit: 150_000,
  note: 'ok',
  ...overrides,
});
