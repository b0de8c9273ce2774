/** Temporal workflow id of a case: one workflow per case, derived from its id. */
export function workflowIdForCase(caseId: string): string {
  return `case-${caseId}`;
}

/** Case id from a workflow id made by workflowIdForCase, or null. */
export function caseIdFromWorkflowId(workflowId: string): string | null {
  return workflowId.startsWith('case-') ? workflowId.slice('case-'.length) : null;
}
