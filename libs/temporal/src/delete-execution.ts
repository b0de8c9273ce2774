import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import { workflowIdForCase } from '@uplift/domain';

/**
 * Deletes a closed case's Temporal execution (its history, with whatever payloads it held) from the
 * cluster. A running case is left alone ('running': the caller tries again later).
 */
export async function deleteCaseExecution(client: Client, caseId: string): Promise<'deleted' | 'gone' | 'running'> {
  const workflowId = workflowIdForCase(caseId);
  try {
    const description = await client.workflow.getHandle(workflowId).describe();
    if (description.status.name === 'RUNNING') return 'running';
    await client.workflowService.deleteWorkflowExecution({ namespace: client.options.namespace, workflowExecution: { workflowId } });
    return 'deleted';
  } catch (error) {
    if (error instanceof WorkflowNotFoundError || (error as { code?: number }).code === 5) return 'gone';
    throw error;
  }
}
