import { understandInContext } from '@uplift/dialogue';
import type { UnderstandingActivities } from '@uplift/domain';

/**
 * The dialogue's understanding as a local activity, for cases whose turns predate patch
 * `understanding-recorded-with-commit` (docs/adr/0030): their histories call it on replay.
 */
export function createUnderstandingActivities(): UnderstandingActivities {
  return {
    understandMessage({ text, context, advice }) {
      return Promise.resolve(understandInContext(text, context, advice));
    },
  };
}
