import { DomainError, ErrorCode } from '../errors';
import type { CaseCommand, CommandMetadata } from './commands';
import type { CaseEvent } from './events';
import { CASE_LIMITS } from './limits';
import { isClosed, type CaseState } from './state';
import { outcomeForLimit, reviewerAgrees, type ReviewerVerdict } from './review';

function fail(code: ErrorCode, message: string, details: Record<string, unknown> = {}): never {
  throw new DomainError(code, message, details);
}

function requireOpen(state: CaseState): void {
  if (state.status === 'new') fail(ErrorCode.CaseNotFound, 'the case has not been opened');
  if (isClosed(state)) fail(ErrorCode.CaseClosed, `the case is ${state.status}`, { status: state.status });
}

function validLimit(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 0 && value <= CASE_LIMITS.maxLimitCny;
}

/**
 * Decides which events a command produces in the given state, or throws a DomainError.
 * Pure: time comes in `meta`, so the workflow and a compliance replay get the same answer.
 */
export function decide(command: CaseCommand, state: CaseState, meta: CommandMetadata): CaseEvent[] {
  const at = meta.now;
  switch (command.type) {
    case 'OpenCase': {
      if (state.status !== 'new') fail(ErrorCode.CaseAlreadyOpened, 'the case is already open');
      if (!validLimit(command.currentLimit) || !validLimit(command.requestedLimit)) {
        fail(ErrorCode.ValidationFailed, 'limits must be whole CNY amounts within range');
      }
      if (command.requestedLimit <= command.currentLimit) {
        fail(ErrorCode.ValidationFailed, 'the requested limit must be higher than the current limit');
      }
      const { type: _type, ...data } = command;
      return [{ type: 'CaseOpened', occurredAt: at, data }];
    }
    case 'RecordMerchantMessage': {
      requireOpen(state);
      if (state.turns[command.messageId] || state.messageOrder.includes(command.messageId)) {
        fail(ErrorCode.DuplicateMessage, 'this message was already received', { messageId: command.messageId });
      }
      const text = command.text.trim();
      if (text.length === 0 || text.length > CASE_LIMITS.maxMessageChars) {
        fail(ErrorCode.ValidationFailed, `a message has 1 to ${CASE_LIMITS.maxMessageChars} characters`);
      }
      return [
        {
          type: 'MerchantMessageReceived',
          occurredAt: at,
          data: { messageId: command.messageId, text, understanding: command.understanding },
        },
      ];
    }
    case 'RecordAssistantReply': {
      if (state.status === 'new') fail(ErrorCode.CaseNotFound, 'the case has not been opened');
      const { type: _type, ...data } = command;
      return [{ type: 'AssistantReplied', occurredAt: at, data }];
    }
    case 'SubmitEvidence': {
      requireOpen(state);
      if (state.status === 'in_review') fail(ErrorCode.CaseInReview, 'the case is with a reviewer; evidence is closed');
      if (state.evidence[command.evidenceId]) {
        fail(ErrorCode.DuplicateEvidence, 'this evidence was already submitted', { evidenceId: command.evidenceId });
      }
      if (state.evidenceOrder.length >= CASE_LIMITS.maxEvidencePerCase) {
        fail(ErrorCode.ValidationFailed, `a case holds at most ${CASE_LIMITS.maxEvidencePerCase} uploads`);
      }
      const { type: _type, ...data } = command;
      return [{ type: 'EvidenceSubmitted', occurredAt: at, data }];
    }
    case 'RecordAssessment': {
      const item = state.evidence[command.evidenceId];
      if (!item) fail(ErrorCode.EvidenceNotFound, 'no such evidence in this case', { evidenceId: command.evidenceId });
      if (item.assessment) return [];
      return [{ type: 'EvidenceAssessed', occurredAt: at, data: { evidenceId: command.evidenceId, assessment: command.assessment } }];
    }
    case 'RecordRecognition': {
      const item = state.evidence[command.evidenceId];
      if (!item) fail(ErrorCode.EvidenceNotFound, 'no such evidence in this case', { evidenceId: command.evidenceId });
      if (item.recognition) return [];
      return [{ type: 'EvidenceRecognised', occurredAt: at, data: { evidenceId: command.evidenceId, recognition: command.recognition } }];
    }
    case 'RecordAuthenticity': {
      const item = state.evidence[command.evidenceId];
      if (!item) fail(ErrorCode.EvidenceNotFound, 'no such evidence in this case', { evidenceId: command.evidenceId });
      if (item.authenticity) return [];
      return [{ type: 'AuthenticityChecked', occurredAt: at, data: { evidenceId: command.evidenceId, authenticity: command.authenticity } }];
    }
    case 'RecordConsistency':
      return [{ type: 'ConsistencyChecked', occurredAt: at, data: { findings: command.findings, methodVersion: command.methodVersion } }];
    case 'RequestHuman':
      requireOpen(state);
      return state.humanRequestedAt ? [] : [{ type: 'HumanRequested', occurredAt: at, data: { messageId: command.messageId } }];
    case 'RemindMerchant':
      requireOpen(state);
      return [{ type: 'MerchantReminded', occurredAt: at, data: { reminder: state.remindersSent + 1 } }];
    case 'RecordDecision':
      requireOpen(state);
      if (state.status === 'in_review') fail(ErrorCode.CaseInReview, 'the case is with a reviewer');
      return [{ type: 'DecisionMade', occurredAt: at, data: command.record ? { decision: command.decision, record: command.record } : { decision: command.decision } }];
    case 'EscalateReview':
      if (state.status !== 'in_review' || !state.review) fail(ErrorCode.ValidationFailed, 'only a case in review can be escalated');
      if (state.review.escalatedAt) return [];
      return [{ type: 'ReviewEscalated', occurredAt: at, data: { waitedMs: command.waitedMs } }];
    case 'CompleteReview':
      return completeReview(command.verdict, state, at);
    case 'AbandonCase':
      requireOpen(state);
      return [{ type: 'CaseAbandoned', occurredAt: at, data: { reason: 'inactivity' } }];
    case 'WithdrawConsent':
      requireOpen(state);
      return [{ type: 'ConsentWithdrawn', occurredAt: at, data: { messageId: command.messageId, erasedEvidence: command.erasedEvidence } }];
    default: {
      const unreachable: never = command;
      throw new Error(`unknown command ${(unreachable as { type: string }).type}`);
    }
  }
}

/** A reviewer's verdict on a referred case: validated against the case, then the final decision. */
function completeReview(verdict: ReviewerVerdict, state: CaseState, at: string): CaseEvent[] {
  if (state.status !== 'in_review' || !state.review) fail(ErrorCode.CaseClosed, 'the case is not waiting for a review', { status: state.status });
  const { currentLimit, requestedLimit } = state;
  if (!CASE_LIMITS.idPattern.test(verdict.reviewerId)) fail(ErrorCode.ValidationFailed, 'reviewerId is required');
  if (!Number.isSafeInteger(verdict.grantedLimit) || verdict.grantedLimit < currentLimit || verdict.grantedLimit > requestedLimit) {
    fail(ErrorCode.ValidationFailed, `grantedLimit must be a whole amount from ${currentLimit} to ${requestedLimit}`);
  }
  if (outcomeForLimit(verdict.grantedLimit, currentLimit, requestedLimit) !== verdict.outcome) {
    fail(ErrorCode.ValidationFailed, `outcome ${verdict.outcome} does not match grantedLimit ${verdict.grantedLimit}`);
  }
  if (verdict.note.length > CASE_LIMITS.maxMessageChars) fail(ErrorCode.ValidationFailed, 'the note is too long');
  const engine = state.review.engineDecision;
  const decision = {
    outcome: verdict.outcome,
    currentLimit,
    requestedLimit,
    grantedLimit: verdict.grantedLimit,
    uplift: verdict.grantedLimit - currentLimit,
    reasons: [{ code: 'HUMAN_REVIEW', params: { reviewerId: verdict.reviewerId, engineProvisionalLimit: engine.grantedLimit } }, ...engine.reasons],
    policyVersion: `human-review+${engine.policyVersion}`,
  };
  return [{ type: 'ReviewCompleted', occurredAt: at, data: { verdict, decision, agreesWithEngine: reviewerAgrees(engine, verdict) } }];
}
