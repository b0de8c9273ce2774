import { formatEvidenceKind, parseEvidenceKind } from '../catalogue/evidence-kind';
import { DomainError, ErrorCode } from '../errors';
import type { CaseCommand, CommandMetadata } from './commands';
import type { CaseEvent } from './events';
import type { DecisionTrigger } from './vocabulary';
import { CASE_LIMITS } from './limits';
import { isClosed, openProposal, type CaseState } from './state';
import { outcomeForLimit, reviewerAgrees, type ReviewerVerdict } from './review';

function fail(code: ErrorCode, message: string, details: Record<string, unknown> = {}): never {
  throw new DomainError(code, message, details);
}

function requireOpen(state: Pick<CaseState, 'status'>): void {
  if (state.status === 'new') fail(ErrorCode.CaseNotFound, 'the case has not been opened');
  if (isClosed(state)) fail(ErrorCode.CaseClosed, `the case is ${state.status}`, { status: state.status });
}

/** Refuses evidence unless the case is collecting it: the one rule the API and the workflow both ask. */
export function assertAcceptsEvidence(state: Pick<CaseState, 'status'>): void {
  requireOpen(state);
  if (state.status === 'in_review') fail(ErrorCode.CaseInReview, 'the case is with a reviewer; evidence is closed');
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
  const confirmationsRequired = (meta.rules ?? 'v2') === 'v2';
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
      if (!CASE_LIMITS.idPattern.test(command.messageId))
        fail(ErrorCode.ValidationFailed, 'messageId must be 1-128 characters of letters, digits and ._:-');
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
      assertAcceptsEvidence(state);
      if (state.evidence[command.evidenceId]) {
        fail(ErrorCode.DuplicateEvidence, 'this evidence was already submitted', { evidenceId: command.evidenceId });
      }
      if (!CASE_LIMITS.idPattern.test(command.evidenceId)) fail(ErrorCode.ValidationFailed, 'evidenceId is not a valid id');
      if (parseEvidenceKind(formatEvidenceKind(command.declared)) === null)
        fail(ErrorCode.ValidationFailed, 'the declared kind is not in the catalogue');
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
      return [
        { type: 'AuthenticityChecked', occurredAt: at, data: { evidenceId: command.evidenceId, authenticity: command.authenticity } },
      ];
    }
    case 'RecordConsistency':
      return [{ type: 'ConsistencyChecked', occurredAt: at, data: { findings: command.findings, methodVersion: command.methodVersion } }];
    case 'RequestHuman':
      requireOpen(state);
      return state.humanRequestedAt ? [] : [{ type: 'HumanRequested', occurredAt: at, data: { messageId: command.messageId } }];
    case 'RemindMerchant':
      requireOpen(state);
      return [{ type: 'MerchantReminded', occurredAt: at, data: { reminder: state.remindersSent + 1 } }];
    case 'RecordDecision': {
      requireOpen(state);
      if (state.status === 'in_review') fail(ErrorCode.CaseInReview, 'the case is with a reviewer');
      if (confirmationsRequired) requireTrigger(command.trigger, state);
      const data = command.record ? { decision: command.decision, record: command.record } : { decision: command.decision };
      return [{ type: 'DecisionMade', occurredAt: at, data: command.trigger ? { ...data, trigger: command.trigger } : data }];
    }
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
      if (confirmationsRequired && state.confirmedAction?.proposal !== 'withdraw_consent') {
        fail(ErrorCode.ConfirmationRequired, 'withdrawing consent erases every upload; the merchant must confirm it first');
      }
      return [{ type: 'ConsentWithdrawn', occurredAt: at, data: { messageId: command.messageId, erasedEvidence: command.erasedEvidence } }];
    case 'ProposeAction':
      requireOpen(state);
      if (command.proposal === 'submit' && state.status === 'in_review') fail(ErrorCode.CaseInReview, 'the case is with a reviewer');
      if (!CASE_LIMITS.idPattern.test(command.proposalId)) fail(ErrorCode.ValidationFailed, 'proposalId is not a valid id');
      if (!(Date.parse(command.expiresAt) > Date.parse(at))) fail(ErrorCode.ValidationFailed, 'a proposal must expire after it is made');
      return [
        ...supersede(state, at),
        {
          type: 'ActionProposed',
          occurredAt: at,
          data: { proposalId: command.proposalId, proposal: command.proposal, inReplyTo: command.inReplyTo, expiresAt: command.expiresAt },
        },
      ];
    case 'CloseProposal': {
      const pending = state.pendingProposal;
      if (!pending) return [];
      const outcome = command.outcome === 'declined' && !openProposal(state, at) ? 'expired' : command.outcome;
      return [{ type: 'ProposalClosed', occurredAt: at, data: { proposalId: pending.proposalId, outcome, messageId: command.messageId } }];
    }
    case 'ConfirmAction':
      return confirmAction(command, state, at);
    default: {
      const unreachable: never = command;
      throw new Error(`unknown command ${(unreachable as { type: string }).type}`);
    }
  }
}

/** A decision is made only when the merchant confirmed a submission, or when the inactivity deadline passed. */
function requireTrigger(trigger: DecisionTrigger | undefined, state: CaseState): void {
  if (trigger === 'deadline') return;
  if (trigger === 'merchant_confirmed' && state.confirmedAction?.proposal === 'submit') return;
  fail(ErrorCode.ConfirmationRequired, 'a decision needs the merchant to confirm the submission (or the inactivity deadline)');
}

/** A new proposal replaces the one on the table. */
function supersede(state: CaseState, at: string): CaseEvent[] {
  const pending = state.pendingProposal;
  return pending
    ? [{ type: 'ProposalClosed', occurredAt: at, data: { proposalId: pending.proposalId, outcome: 'superseded', messageId: null } }]
    : [];
}

/**
 * The merchant confirms an irreversible step: in a message, only as the answer to the open proposal of
 * that step; as a structured action (a button the channel showed), at any time the step is allowed.
 */
function confirmAction(command: Extract<CaseCommand, { type: 'ConfirmAction' }>, state: CaseState, at: string): CaseEvent[] {
  requireOpen(state);
  if (!CASE_LIMITS.idPattern.test(command.reference)) fail(ErrorCode.ValidationFailed, 'the confirmation reference is not a valid id');
  if (state.confirmedAction) {
    fail(ErrorCode.ActionInProgress, `a confirmed ${state.confirmedAction.proposal} is being carried out`, {
      proposal: state.confirmedAction.proposal,
    });
  }
  if (command.proposal === 'submit' && state.status === 'in_review') fail(ErrorCode.CaseInReview, 'the case is with a reviewer');
  const open = openProposal(state, at);
  if (command.via === 'message' && open?.proposal !== command.proposal) {
    fail(ErrorCode.ConfirmationRequired, 'there is no open proposal of this step to confirm');
  }
  const proposalId = open?.proposal === command.proposal ? open.proposalId : null;
  return [
    {
      type: 'ActionConfirmed',
      occurredAt: at,
      data: { proposal: command.proposal, proposalId, via: command.via, reference: command.reference },
    },
  ];
}

/** A reviewer's verdict on a referred case: validated against the case, then the final decision. */
function completeReview(verdict: ReviewerVerdict, state: CaseState, at: string): CaseEvent[] {
  requireOpen(state);
  if (state.status !== 'in_review' || !state.review)
    fail(ErrorCode.CaseNotInReview, `the case is ${state.status}, not waiting for a review`, { status: state.status });
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
    reasons: [
      { code: 'HUMAN_REVIEW', params: { reviewerId: verdict.reviewerId, engineProvisionalLimit: engine.grantedLimit } },
      ...engine.reasons,
    ],
    policyVersion: `human-review+${engine.policyVersion}`,
  };
  return [{ type: 'ReviewCompleted', occurredAt: at, data: { verdict, decision, agreesWithEngine: reviewerAgrees(engine, verdict) } }];
}
