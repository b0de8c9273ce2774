import { isCancellation, patched } from '@temporalio/workflow';
import { TemporalFailure } from '@temporalio/common';
import { runCase } from './case/case-loop';
import type { CaseWorkflowInput, CaseWorkflowResult } from './definitions';
import { legacyCaseWorkflowV1 } from './legacy/case-workflow-v1';

/** Marks histories recorded by the re-cut workflow (confirmations, adoption, parallel examination). */
export const CASE_WORKFLOW_V2 = 'case-workflow-v2';

/**
 * One case, from opening to decision. A case never fails: a domain refusal answers its caller and
 * leaves the case running; an unexpected error fails the workflow task, which Temporal retries (after
 * a fix, it goes on) and shows operators as a stuck task. Only an operator's cancellation ends it early.
 */
export async function caseWorkflow(input: CaseWorkflowInput): Promise<CaseWorkflowResult> {
  if (!patched(CASE_WORKFLOW_V2)) return legacyCaseWorkflowV1(input);
  try {
    return await runCase(input);
  } catch (error) {
    if (isCancellation(error)) throw error;
    // A TemporalFailure thrown from here would fail the execution; a plain Error fails only the task.
    if (error instanceof TemporalFailure) throw new Error(`case workflow task failed: ${error.message}`);
    throw error;
  }
}
