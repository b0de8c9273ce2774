import type { Client } from '@temporalio/client';
import {
  DomainError,
  ErrorCode,
  OPERATOR_ACTION_KINDS,
  workflowIdForCase,
  type CaseEvent,
  type OperatorActionKind,
  type StoredCaseEvent,
} from '@uplift/domain';
import type { EventStore } from '@uplift/persistence';
import Long from 'long';

/** An operator's intervention, as the operator API and CLI take it. */
export interface OperatorActionRequest {
  caseId: string;
  /** Chosen by the caller (an Idempotency-Key); the same id twice records and performs the action once. */
  actionId: string;
  kind: OperatorActionKind;
  operator: string;
  reason: string;
  /** The pending activity to pause, unpause or reset (its activity id as the Temporal UI shows it). */
  activityId?: string | null;
  /** For reset_workflow: the WorkflowTaskCompleted (or later task) event id to reset to. */
  resetToEventId?: number | null;
}

/** What an action did: the event that records it, and what Temporal was asked to do. */
export interface OperatorActionResult {
  actionId: string;
  seq: number;
  kind: OperatorActionKind;
  /** `performed`: Temporal accepted the call; `recorded_only`: nothing to ask Temporal (escalate). */
  temporal: 'performed' | 'recorded_only';
  /** The new run after a workflow reset. */
  newRunId: string | null;
  /** True when this actionId had been recorded before (a retry). */
  replayed: boolean;
}

const ACTIVITY_KINDS: readonly OperatorActionKind[] = ['pause_activity', 'unpause_activity', 'reset_activity'];

function validate(request: OperatorActionRequest): void {
  const problems: string[] = [];
  if (!OPERATOR_ACTION_KINDS.includes(request.kind)) problems.push(`kind must be one of ${OPERATOR_ACTION_KINDS.join(', ')}`);
  if (request.reason.trim().length < 3 || request.reason.length > 500) problems.push('reason must say why, in 3 to 500 characters');
  if (ACTIVITY_KINDS.includes(request.kind) && !request.activityId) problems.push(`${request.kind} needs activityId`);
  if (!ACTIVITY_KINDS.includes(request.kind) && request.activityId) problems.push(`${request.kind} takes no activityId`);
  if (request.kind === 'reset_workflow' && !(Number.isInteger(request.resetToEventId) && (request.resetToEventId ?? 0) > 0))
    problems.push('reset_workflow needs resetToEventId, a positive history event id');
  if (request.kind !== 'reset_workflow' && request.resetToEventId) problems.push(`${request.kind} takes no resetToEventId`);
  if (problems.length > 0) throw new DomainError(ErrorCode.ValidationFailed, problems.join('; '), { problems });
}

function recorded(stream: readonly StoredCaseEvent[], actionId: string): StoredCaseEvent | undefined {
  return stream.find((e) => e.event.type === 'OperatorAction' && e.event.data.actionId === actionId);
}

/**
 * Records the action as an OperatorAction event in the case's stream (who, what, why), then asks
 * Temporal to carry it out. Recording comes first: an action that reached Temporal is never missing
 * from the audit; one recorded whose call then failed shows in the audit and may be retried with the
 * same actionId.
 */
export async function performOperatorAction(
  deps: { client: Client; events: EventStore; now: () => Date },
  request: OperatorActionRequest,
): Promise<OperatorActionResult> {
  validate(request);
  const stream = await deps.events.readStream(request.caseId);
  if (stream.length === 0) throw new DomainError(ErrorCode.CaseNotFound, 'no such case', { caseId: request.caseId });
  const before = recorded(stream, request.actionId);
  if (before && (before.event.type !== 'OperatorAction' || before.event.data.kind !== request.kind)) {
    throw new DomainError(ErrorCode.IdempotencyKeyReused, 'this actionId was used for another action', { actionId: request.actionId });
  }
  const event: CaseEvent = {
    type: 'OperatorAction',
    occurredAt: deps.now().toISOString(),
    data: {
      actionId: request.actionId,
      kind: request.kind,
      operator: request.operator,
      reason: request.reason.trim(),
      activityId: request.activityId ?? null,
      resetToEventId: request.resetToEventId ?? null,
    },
  };
  const seq = before ? before.seq : (await deps.events.appendAtHead(request.caseId, event)).seq;
  const newRunId = await callTemporal(deps.client, request);
  return {
    actionId: request.actionId,
    seq,
    kind: request.kind,
    temporal: request.kind === 'escalate' ? 'recorded_only' : 'performed',
    newRunId,
    replayed: before !== undefined,
  };
}

async function callTemporal(client: Client, request: OperatorActionRequest): Promise<string | null> {
  const namespace = client.options.namespace;
  const execution = { workflowId: workflowIdForCase(request.caseId) };
  const identity = `uplift-operator:${request.operator}`;
  switch (request.kind) {
    case 'pause_activity':
      await client.workflowService.pauseActivity({ namespace, execution, id: request.activityId ?? '', identity, reason: request.reason });
      return null;
    case 'unpause_activity':
      await client.workflowService.unpauseActivity({ namespace, execution, id: request.activityId ?? '', identity, resetAttempts: true });
      return null;
    case 'reset_activity':
      await client.workflowService.resetActivity({ namespace, execution, id: request.activityId ?? '', identity, resetHeartbeat: true });
      return null;
    case 'reset_workflow': {
      const reset = await client.workflowService.resetWorkflowExecution({
        namespace,
        workflowExecution: execution,
        reason: `${request.operator}: ${request.reason}`,
        workflowTaskFinishEventId: Long.fromNumber(request.resetToEventId ?? 0),
        requestId: request.actionId,
      });
      return reset.runId ?? null;
    }
    case 'escalate':
      return null;
  }
}
