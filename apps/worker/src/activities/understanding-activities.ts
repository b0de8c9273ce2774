import { understandInContext } from '@uplift/dialogue';
import type { UnderstandingActivities } from '@uplift/domain';

/** The dialogue's understanding as a local activity: recorded in history, so replays never re-run changed rules. */
export function createUnderstandingActivities(): UnderstandingActivities {
  return {
    understandMessage({ text, context, advice }) {
      return Promise.resolve(understandInContext(text, context, advice));
    },
  };
}
