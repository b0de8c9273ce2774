import { initialCaseState, type CaseState, type MerchantFacts } from '@uplift/domain';

/** A case opened on the day the understanding tests count relative dates from ("since 2018", 去年). */
export function caseOpenedMidJune(caseId: string): CaseState {
  return { ...initialCaseState(caseId), openedAt: '2026-06-15T00:00:00.000Z', updatedAt: '2026-06-15T00:00:00.000Z' };
}

/** Same facts: numbers within 2% (at least 0.5, so counts match exactly), everything else equal. */
export function factsMatch(got: MerchantFacts, want: MerchantFacts): boolean {
  const keys = new Set([...Object.keys(got), ...Object.keys(want)]);
  for (const key of keys) {
    const g = (got as Record<string, unknown>)[key];
    const w = (want as Record<string, unknown>)[key];
    if (typeof g === 'number' && typeof w === 'number' ? Math.abs(g - w) > Math.max(0.5, w * 0.02) : g !== w) return false;
  }
  return true;
}
