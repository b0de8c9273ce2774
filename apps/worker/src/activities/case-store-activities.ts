import { ErrorCode, isDomainError, type CaseStoreActivities, type EventStoreActivities } from '@uplift/domain';
import type { EventStore } from '@uplift/persistence';
import { toApplicationFailure } from '@uplift/workflows';

/**
 * The case's event stream as the workflow writes it. `commitCaseEvents` reports a stream that moved
 * on as a result carrying the events already stored (the workflow adopts them, docs/adr/0017), and
 * hands back the value a transaction was decided on, for the history (docs/adr/0030);
 * `appendCaseEvents` is the first workflow's append, kept for its histories.
 */
export function createCaseStoreActivities(store: EventStore): CaseStoreActivities & EventStoreActivities {
  return {
    async commitCaseEvents({ recorded, ...input }) {
      try {
        const { version } = await store.append(input);
        return recorded === undefined ? { status: 'committed', version } : { status: 'committed', version, recorded };
      } catch (error) {
        if (!isDomainError(error) || error.code !== ErrorCode.ConcurrencyConflict) throw toApplicationFailure(error);
        const events = await store.readEventsAfter(input.caseId, input.expectedVersion);
        return { status: 'conflict', version: input.expectedVersion + events.length, events };
      }
    },
    async appendCaseEvents(input) {
      try {
        return await store.append(input);
      } catch (error) {
        throw toApplicationFailure(error);
      }
    },
  };
}
