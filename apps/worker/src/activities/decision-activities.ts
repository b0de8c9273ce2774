import { checkConsistency, METHOD_VERSIONS } from '@uplift/authenticity';
import { decideCase, evaluateLimit } from '@uplift/decision';
import type { DecisionActivities } from '@uplift/domain';
import { consistencyEvidence } from './case-decision-activities';

/** The first workflow's decision activities (state passed in); kept for its histories. */
export function createDecisionActivities(): DecisionActivities {
  return {
    evaluateLimit({ state }) {
      return Promise.resolve(evaluateLimit(state));
    },
    decideLimit({ state }) {
      return Promise.resolve(decideCase(state));
    },
    checkConsistency({ state }) {
      return Promise.resolve({
        findings: checkConsistency({ evidence: consistencyEvidence(state) }),
        methodVersion: METHOD_VERSIONS.inconsistent,
      });
    },
  };
}
