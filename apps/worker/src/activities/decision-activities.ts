import { checkConsistency, METHOD_VERSIONS } from '@uplift/authenticity';
import { decideCase, evaluateLimit } from '@uplift/decision';
import type { CaseState, DecisionActivities } from '@uplift/domain';

/**
 * Uploads the cross-document check compares. Those that already failed authenticity (a recapture,
 * a reused photo) are left out: the decision ignores them anyway, and as a reference they would
 * only pass their taint on to the genuine documents they disagree with.
 */
function consistencyEvidence(state: CaseState) {
  return state.evidenceOrder.flatMap((id) => {
    const item = state.evidence[id];
    return item && item.authenticity?.verdict !== 'fail' ? [{ evidenceId: id, declared: item.declared, recognition: item.recognition }] : [];
  });
}

/** The limit decision and the cross-document check; pure, run as activities so history records each result once. */
export function createDecisionActivities(): DecisionActivities {
  return {
    evaluateLimit({ state }) {
      return Promise.resolve(evaluateLimit(state));
    },
    decideLimit({ state }) {
      return Promise.resolve(decideCase(state));
    },
    checkConsistency({ state }) {
      return Promise.resolve({ findings: checkConsistency({ evidence: consistencyEvidence(state) }), methodVersion: METHOD_VERSIONS.inconsistent });
    },
  };
}
