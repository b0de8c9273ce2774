import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type {
  AnsweredTurn,
  AssistantAction,
  CaseCommand,
  CaseState,
  CaseStatus,
  Decision,
  EvidenceKind,
  ProposalKind,
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

/** How the case workflow paces its work (absent in histories from before they existed: defaults apply). */
export interface CaseSettings {
  /** How long a proposal of an irreversible step waits for the merchant's answer. */
  proposalTtlMs: number;
  /** Uploads of one case examined at the same time. */
  assessmentConcurrency: number;
  /** How long a decision waits for uploads still being examined before it goes ahead without them. */
  assessmentGraceMs: number;
  /** Ask the configured language model (an activity) how to read each message; the rules guard it. */
  languageModel: boolean;
}

/** Input of the case workflow. */
export interface CaseWorkflowInput {
  open: OpenCaseInput;
  timers: CaseTimers;
  /** Task queue of the evidence activities (scaled separately from the case queue). */
  evidenceTaskQueue: string;
  settings?: Partial<CaseSettings>;
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
  /**
   * requestDigest of the message or step this call recorded, so the API can refuse an id reused for
   * another request (Temporal answers an update id it has seen with its first result). Absent when
   * the answer was recalled rather than recorded by this call; never sent to a channel.
   */
  answersRequest?: string;
}

/** The reply of an answered turn, as the case stands now (the workflow and the API both answer with it). */
export function turnReplyOf(
  state: CaseState,
  turn: AnsweredTurn | { messageId: string | null; replyText: string; action: AssistantAction },
): TurnReply {
  return {
    caseId: state.caseId,
    inReplyTo: turn.messageId,
    reply: turn.replyText,
    action: turn.action,
    language: state.language,
    status: state.status === 'new' ? 'collecting' : state.status,
    decision: state.decision,
    version: state.version,
  };
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

/** A structured action from the channel (a button the merchant pressed): it is the confirmation itself. */
export interface CaseActionInput {
  /** Makes the action idempotent: resending it returns the first answer. */
  actionId: string;
  action: ProposalKind;
}

/** What the case answers to an upload it accepted. */
export interface EvidenceReceipt {
  caseId: string;
  evidenceId: string;
  status: CaseStatus;
  version: number;
}

/** An irreversible step the merchant confirms with a button; the reply is its outcome. Idempotent by actionId. */
export const actionUpdate = defineUpdate<TurnReply, [CaseActionInput]>('action');
/** Evidence was stored; the case accepts it (or refuses it: closed, with a reviewer) before it is examined. */
export const evidenceUpdate = defineUpdate<EvidenceReceipt, [EvidenceSubmittedInput]>('evidence');

/** A human reviewer's decision on a referred case; validated before it reaches history. */
export const reviewUpdate = defineUpdate<ReviewResult, [ReviewerVerdict]>('review');
/** Evidence was stored and is ready for assessment (older API processes; the evidence update replaces it). */
export const evidenceSubmittedSignal = defineSignal<[EvidenceSubmittedInput]>('evidenceSubmitted');
/** The workflow's current case state. */
export const caseStateQuery = defineQuery<CaseState>('caseState');
