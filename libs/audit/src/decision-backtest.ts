import { decisionInputs, findPolicy } from '@uplift/decision';
import { DomainError, ErrorCode } from '@uplift/domain';
import { CaseQueries, MAX_CASE_PAGE, type DataSource, type MasterKeyRing } from '@uplift/persistence';
import { loadDecision } from './decision-replay';

// `decision backtest`: a candidate policy run over every stored case (champion/challenger), against
// the decisions recorded.

/** How a candidate policy would have decided the stored cases. */
export interface BacktestReport {
  policyVersion: string;
  cases: number;
  compared: number;
  /** "recorded→candidate" outcome pairs ("none" when a case has no decision yet) with counts. */
  transitions: Record<string, number>;
  changedOutcome: number;
  meanGrantedChange: number;
  meanUpliftChange: number;
  candidateOutcomes: Record<string, number>;
}

/** Runs a policy version over every stored case (decided cases: the state their decision was made on). */
export async function backtestPolicy(ds: DataSource, keys: MasterKeyRing, version: string): Promise<BacktestReport> {
  const candidate = findPolicy(version);
  if (!candidate) throw new DomainError(ErrorCode.ValidationFailed, `unknown policy version ${version}`, { version });
  const queries = new CaseQueries(ds, keys);
  const transitions: Record<string, number> = {};
  const candidateOutcomes: Record<string, number> = {};
  let cases = 0;
  let compared = 0;
  let changedOutcome = 0;
  let grantedDelta = 0;
  let upliftDelta = 0;
  let cursor: string | undefined;
  do {
    const page = await queries.list({ limit: MAX_CASE_PAGE, ...(cursor ? { cursor } : {}) });
    for (const c of page.items) {
      const { decided, finalState } = await loadDecision(ds, keys, c.caseId);
      const state = decided?.state ?? finalState;
      if (state.status === 'new') continue;
      cases += 1;
      const next = candidate.evaluate(decisionInputs(state));
      candidateOutcomes[next.outcome] = (candidateOutcomes[next.outcome] ?? 0) + 1;
      const key = `${decided?.recorded.outcome ?? 'none'}→${next.outcome}`;
      transitions[key] = (transitions[key] ?? 0) + 1;
      if (!decided) continue;
      compared += 1;
      if (decided.recorded.outcome !== next.outcome) changedOutcome += 1;
      grantedDelta += next.grantedLimit - decided.recorded.grantedLimit;
      upliftDelta += next.uplift - decided.recorded.uplift;
    }
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  const mean = (total: number) => (compared === 0 ? 0 : Math.round(total / compared));
  return {
    policyVersion: version,
    cases,
    compared,
    transitions,
    changedOutcome,
    meanGrantedChange: mean(grantedDelta),
    meanUpliftChange: mean(upliftDelta),
    candidateOutcomes,
  };
}
