import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import { temporal } from '@temporalio/proto';
import { workflowIdForCase } from '@uplift/domain';

/** A case's workflow history as Temporal holds it now, as protobuf bytes (payloads stay codec-encrypted). */
export interface ExportedHistory {
  runId: string;
  /** The run has closed: nothing more will be added to this history. */
  closed: boolean;
  history: Buffer;
  historyEvents: number;
}

/** Exports the case's latest run; null when Temporal no longer has it (retention passed, or deleted). */
export async function exportCaseHistory(client: Client, caseId: string): Promise<ExportedHistory | null> {
  try {
    const description = await client.workflow.getHandle(workflowIdForCase(caseId)).describe();
    const handle = client.workflow.getHandle(workflowIdForCase(caseId), description.runId);
    const history = await handle.fetchHistory();
    return {
      runId: description.runId,
      closed: description.status.name !== 'RUNNING',
      history: Buffer.from(temporal.api.history.v1.History.encode(history).finish()),
      historyEvents: history.events?.length ?? 0,
    };
  } catch (error) {
    if (error instanceof WorkflowNotFoundError) return null;
    throw error;
  }
}

/** The protobuf bytes of an archive as the history object the replayer takes. */
export function decodeHistoryBytes(bytes: Buffer): temporal.api.history.v1.History {
  return temporal.api.history.v1.History.decode(bytes);
}
