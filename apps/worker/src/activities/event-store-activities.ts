import type { EventStoreActivities } from '@uplift/domain';
import type { EventStore } from '@uplift/persistence';
import { toApplicationFailure } from '@uplift/workflows';

/** The case's event stream, appended from the workflow (idempotent by event id). */
export function createEventStoreActivities(store: EventStore): EventStoreActivities {
  return {
    async appendCaseEvents(input) {
      try {
        return await store.append(input);
      } catch (error) {
        throw toApplicationFailure(error);
      }
    },
  };
}
