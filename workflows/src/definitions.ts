import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type {
  AssistantAction,
  CaseCommand,
  CaseState,
  CaseStatus,
  Decision,
  EvidenceKind,
  ReviewerVerdict,
} from '@uplift/domain';

/** Workflow type name of a case; clients start it by this name. */
export const CASE_WORKFLOW_TYPE = 'caseWorkflow';

/** What opening a case needs: the OpenCase command's data. */
export type OpenCaseInput = Omit<Extract<CaseCommand, { type: 'OpenCase' }>, 'type'>;

/** Durations of the inactivity timers (configurable so tests never really wait). */
export interface CaseTimers {
  reminderAfterMs: number;
  abandonAfterMs: number;
  /** How long a referred case waits for a reviewer before it is escalated (default 24 h; absent in older histories). */
  reviewEscalateAfterMs?: number;
}

/** Input of the case workflow. */
export interface CaseWorkflowInput {
  open: OpenCaseInput;
  timers: CaseTimers;
  /** Task queue of the evidence activities (scaled separately from the case queue). */
  evidenceTaskQueue: string;
}

/** What the case workflow returns when it completes. */
export interface CaseWorkflowResult {
  caseId: string;
  status: CaseStatus;
  decision: Decision | null;
}

/** A merchant's turn, relayed by a channel. */
export interface MerchantMessageInput {
  messageId: string;
  text: string;
}

/** The assistant's answer to a turn (also the answer to opening a case). */
export interface TurnReply {
  caseId: string;
  inReplyTo: string | null;
  reply: string;
  action: AssistantAction;
  language: 'zh' | 'en';
  status: CaseStatus;
  decision: Decision | null;
  version: number;
}

/** Reference to evidence already stored (encrypted) outside Temporal; never the bytes. */
export interface EvidenceSubmittedInput {
  evidenceId: string;
  declared: EvidenceKind;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
}

/** Completes once the case is open; its result is the assistant's first message (Update-With-Start). */
export const openedUpdate = defineUpdate<TurnReply, []>('opened');
/** One merchant turn; validated before it reaches history. Idempotent by messageId. */
export const messageUpdate = defineUpdate<TurnReply, [MerchantMessageInput]>('message');
/** What a reviewer's decision returns. */
export interface ReviewResult {
  caseId: string;
  decision: Decision;
  agreesWithEngine: boolean;
}

/** A human reviewer's decision on a referred case; validated before it reaches history. */
export const reviewUpdate = defineUpdate<ReviewResult, [ReviewerVerdict]>('review');
/** Evidence was stored and is ready for assessment. */
export const evidenceSubmittedSignal = defineSignal<[EvidenceSubmittedInput]>('evidenceSubmitted');
/** The workflow's current case state. */
export const caseStateQuery = defineQuery<CaseState>('caseState');
