import type { Client, WorkflowExecutionDescription } from '@temporalio/client';
import { defaultPayloadConverter, type PayloadCodec, type ProtoFailure } from '@temporalio/common';
import { decodeOptionalFailureToOptionalError } from '@temporalio/common/lib/internal-non-workflow';
import { failureConverter } from './failure-converter';
import { caseIdFromWorkflowId } from '@uplift/domain';

/** A running case that does not go on by itself, as Temporal describes it. */
export interface StuckCaseFinding {
  caseId: string;
  problem: 'workflow_task_failing' | 'activity_retrying';
  detail: { attempts: number; lastFailure: string; activityType?: string; workflowId: string };
}

/** When a case counts as stuck. */
export interface StuckThresholds {
  /** An activity retried at least this many times (its backoff is then minutes long). */
  activityAttempts: number;
}

/** Running case workflows, as a visibility query (also what an operator types in the Web UI). */
export const RUNNING_CASES_QUERY = `WorkflowType = 'caseWorkflow' AND ExecutionStatus = 'Running'`;

/** A finding before the history is read: a failing workflow task's message is not in its description. */
export type CaseProblem = Omit<StuckCaseFinding, 'detail'> & {
  detail: Omit<StuckCaseFinding['detail'], 'lastFailure'> & { lastFailure: string | null };
};

/**
 * A failure's real message (failures travel encoded through the payload codec). One this engine's
 * keys cannot open (a retired key, another deployment's workflow in the namespace) does not stop
 * the sweep: it is reported as such.
 */
async function failureMessage(failure: ProtoFailure | null | undefined, codecs: PayloadCodec[]): Promise<string | null> {
  if (!failure) return null;
  try {
    const error = await decodeOptionalFailureToOptionalError(
      { payloadConverter: defaultPayloadConverter, failureConverter, payloadCodecs: codecs },
      failure,
    );
    return error?.message ?? null;
  } catch (error) {
    return `(the failure could not be decoded: ${(error as Error).message})`;
  }
}

/** What is wrong with one described case workflow, or null when it goes on. Pure. */
export function classifyCase(description: WorkflowExecutionDescription, thresholds: StuckThresholds): CaseProblem | null {
  const caseId = caseIdFromWorkflowId(description.workflowId);
  if (!caseId) return null;
  const task = description.raw.pendingWorkflowTask;
  if (task && (task.attempt ?? 0) >= 2) {
    return {
      caseId,
      problem: 'workflow_task_failing',
      detail: { attempts: task.attempt ?? 0, lastFailure: null, workflowId: description.workflowId },
    };
  }
  const activity = (description.raw.pendingActivities ?? []).find((a) => (a.attempt ?? 0) >= thresholds.activityAttempts);
  if (activity) {
    return {
      caseId,
      problem: 'activity_retrying',
      detail: {
        attempts: activity.attempt ?? 0,
        lastFailure: null,
        activityType: activity.activityType?.name ?? 'unknown',
        workflowId: description.workflowId,
      },
    };
  }
  return null;
}

/** The last failure of a stuck case: its retrying activity's, or the last workflow task failure in its history. */
async function lastFailure(
  client: Client,
  description: WorkflowExecutionDescription,
  problem: CaseProblem,
  codecs: PayloadCodec[],
): Promise<string> {
  if (problem.problem === 'activity_retrying') {
    const activity = (description.raw.pendingActivities ?? []).find((a) => a.activityType?.name === problem.detail.activityType);
    return (await failureMessage(activity?.lastFailure, codecs)) ?? 'unknown';
  }
  const history = await client.workflow.getHandle(description.workflowId).fetchHistory();
  const failed = [...(history.events ?? [])].reverse().find((e) => e.workflowTaskFailedEventAttributes);
  return (
    (await failureMessage(failed?.workflowTaskFailedEventAttributes?.failure, codecs)) ??
    'the workflow task keeps failing (see the Temporal UI)'
  );
}

/**
 * Describes every running case workflow (`concurrency` at a time) and returns those that need an
 * operator: a workflow task failing again and again, or an activity retrying for long.
 */
export async function findStuckCases(
  client: Client,
  thresholds: StuckThresholds,
  codecs: PayloadCodec[] = [],
  concurrency = 8,
): Promise<StuckCaseFinding[]> {
  const ids: string[] = [];
  for await (const execution of client.workflow.list({ query: RUNNING_CASES_QUERY })) ids.push(execution.workflowId);
  const findings: StuckCaseFinding[] = [];
  let next = 0;
  const lane = async () => {
    for (let i = next++; i < ids.length; i = next++) {
      const workflowId = ids[i] ?? '';
      const description = await client.workflow.getHandle(workflowId).describe();
      const found = classifyCase(description, thresholds);
      if (!found) continue;
      findings.push({ ...found, detail: { ...found.detail, lastFailure: await lastFailure(client, description, found, codecs) } });
    }
  };
  await Promise.all(Array.from({ length: concurrency }, lane));
  return findings.sort((a, b) => a.caseId.localeCompare(b.caseId));
}
