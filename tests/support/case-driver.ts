import { randomUUID } from 'node:crypto';
import { WithStartWorkflowOperation, type WorkflowHandle } from '@temporalio/client';
import { workflowIdForCase, type EvidenceKind } from '@uplift/domain';
import { EvidenceVault } from '@uplift/persistence';
import {
  actionUpdate,
  CASE_WORKFLOW_TYPE,
  evidenceUpdate,
  messageUpdate,
  openedUpdate,
  type CaseTimers,
  type CaseWorkflowInput,
  type CaseWorkflowResult,
  type OpenCaseInput,
  type TurnReply,
} from '@uplift/workflows';
import type { EngineHarness } from './engine-harness';

/** A handle on a case workflow with its input and result types. */
export type CaseHandle = WorkflowHandle<(input: CaseWorkflowInput) => Promise<CaseWorkflowResult>>;

/** Timers long enough never to fire during a test. */
export const QUIET_TIMERS: CaseTimers = { reminderAfterMs: 3_600_000, abandonAfterMs: 7_200_000 };

/** Opens a case straight through Temporal (Update-With-Start), as the API does. */
export async function openCase(
  h: EngineHarness,
  open: Partial<OpenCaseInput> = {},
  timers: CaseTimers = QUIET_TIMERS,
): Promise<{ caseId: string; handle: CaseHandle; greeting: TurnReply }> {
  const caseId = open.caseId ?? randomUUID();
  const input: CaseWorkflowInput = {
    open: {
      caseId,
      channel: 'test',
      merchantRef: 'merchant-1',
      currentLimit: 100_000,
      requestedLimit: 200_000,
      industry: null,
      language: 'zh',
      ...open,
    },
    timers,
    evidenceTaskQueue: h.config.temporal.evidenceTaskQueue,
  };
  const startWorkflowOperation = new WithStartWorkflowOperation(CASE_WORKFLOW_TYPE, {
    workflowId: workflowIdForCase(caseId),
    taskQueue: h.config.temporal.taskQueue,
    args: [input],
    workflowIdConflictPolicy: 'USE_EXISTING',
  });
  const greeting = await h.client.workflow.executeUpdateWithStart(openedUpdate, { updateId: 'opened', startWorkflowOperation });
  return {
    caseId,
    handle: h.client.workflow.getHandle<CaseHandle extends WorkflowHandle<infer W> ? W : never>(workflowIdForCase(caseId)),
    greeting,
  };
}

/** Sends one merchant turn. */
export function say(handle: CaseHandle, text: string, messageId: string = randomUUID()): Promise<TurnReply> {
  return handle.executeUpdate(messageUpdate, { updateId: `msg-${messageId}`, args: [{ messageId, text }] });
}

/** Stores bytes encrypted and hands them to the workflow, as the API's upload endpoint does. */
export async function submitEvidence(
  h: EngineHarness,
  caseId: string,
  bytes: Buffer,
  declared: EvidenceKind,
  mediaType: string,
): Promise<string> {
  const vault = new EvidenceVault(h.dataSource, h.masterKey);
  const declaredKind = declared.kind === 'voucher' ? `voucher:${declared.type}` : `photo:${declared.class}`;
  const stored = await vault.store({ caseId, bytes, mediaType, declaredKind });
  const evidence = { evidenceId: stored.evidenceId, declared, mediaType, sizeBytes: stored.sizeBytes, sha256: stored.sha256 };
  await h.client.workflow
    .getHandle(workflowIdForCase(caseId))
    .executeUpdate(evidenceUpdate, { updateId: `evidence-${stored.evidenceId}`, args: [evidence] });
  return stored.evidenceId;
}

/** The merchant says they are done, is asked to confirm, and confirms: the reply is the decision. */
export async function sayDoneAndConfirm(handle: CaseHandle, language: 'zh' | 'en' = 'zh'): Promise<TurnReply> {
  const proposal = await say(handle, language === 'zh' ? '好了，就这些' : 'that is all');
  if (proposal.action.kind !== 'propose' || proposal.action.proposal !== 'submit')
    throw new Error(`expected a submission proposal, got ${JSON.stringify(proposal.action)}`);
  return say(handle, language === 'zh' ? '确认提交' : 'yes, submit');
}

/** The channel's structured action: the merchant pressed a button (the confirmation itself). */
export function act(handle: CaseHandle, action: 'submit' | 'withdraw_consent', actionId: string = randomUUID()): Promise<TurnReply> {
  return handle.executeUpdate(actionUpdate, { updateId: `action-${actionId}`, args: [{ actionId, action }] });
}
