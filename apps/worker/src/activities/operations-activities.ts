import type { Client } from '@temporalio/client';
import type { PayloadCodec } from '@temporalio/common';
import type { OperationsActivities } from '@uplift/domain';
import type { CaseOperations } from '@uplift/persistence';
import { findStuckCases, type StuckThresholds } from '@uplift/temporal';

/** The sweep: asks Temporal which running cases cannot go on, and records them where operators and the API look. */
export function createOperationsActivities(deps: {
  client: Client;
  operations: CaseOperations;
  thresholds: StuckThresholds;
  codecs?: PayloadCodec[];
}): OperationsActivities {
  return {
    async sweepStuckCases() {
      const checkedAt = new Date();
      const found = await findStuckCases(deps.client, deps.thresholds, deps.codecs ?? []);
      await deps.operations.replace(found, checkedAt);
      return { stuck: found.length };
    },
  };
}
