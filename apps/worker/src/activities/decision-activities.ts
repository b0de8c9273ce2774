import { evaluateLimit } from '@uplift/decision';
import type { DecisionActivities } from '@uplift/domain';

/** The limit decision; pure, run as an activity so history records the result once. */
export function createDecisionActivities(): DecisionActivities {
  return {
    evaluateLimit({ state }) {
      return Promise.resolve(evaluateLimit(state));
    },
  };
}
