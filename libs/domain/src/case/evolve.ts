import { withFindings } from './authenticity';
import type { CaseEvent } from './events';
import type { CaseState } from './state';
import type { MerchantFacts } from './vocabulary';

function mergeFacts(known: MerchantFacts, stated: MerchantFacts): MerchantFacts {
  const merged: MerchantFacts = { ...known };
  for (const [key, value] of Object.entries(stated) as [keyof MerchantFacts, MerchantFacts[keyof MerchantFacts]][]) {
    if (value !== undefined) (merged as Record<string, unknown>)[key] = value;
  }
  return merged;
}

/** Applies one event to case state. Pure: the workflow, the projector and replay all use it. */
export function evolve(given: CaseState, event: CaseEvent): CaseState {
  const state = withCurrentShape(given);
  const next: CaseState = { ...state, version: state.version + 1, updatedAt: event.occurredAt };
  switch (event.type) {
    case 'CaseOpened': {
      const d = event.data;
      return {
        ...next,
        caseId: d.caseId,
        status: 'collecting',
        channel: d.channel,
        merchantRef: d.merchantRef,
        currentLimit: d.currentLimit,
        requestedLimit: d.requestedLimit,
        industry: d.industry,
        language: d.language,
        facts: d.industry ? { industry: d.industry } : {},
        openedAt: event.occurredAt,
        lastMerchantActivityAt: event.occurredAt,
      };
    }
    case 'MerchantMessageReceived': {
      const { understanding, messageId } = event.data;
      const facts = mergeFacts(state.facts, understanding.facts);
      return {
        ...next,
        facts,
        declined: understanding.declines ? [...state.declined, understanding.declines] : state.declined,
        industry: facts.industry ?? state.industry,
        language: understanding.language,
        messageOrder: [...state.messageOrder, messageId],
        lastMerchantActivityAt: event.occurredAt,
      };
    }
    case 'AssistantReplied': {
      const { inReplyTo, inReplyToAction, action, text } = event.data;
      const turns = inReplyTo ? { ...state.turns, [inReplyTo]: { messageId: inReplyTo, replyText: text, action } } : state.turns;
      const actionTurns = inReplyToAction
        ? { ...state.actionTurns, [inReplyToAction]: { messageId: inReplyToAction, replyText: text, action } }
        : state.actionTurns;
      return { ...next, actions: [...state.actions, action], turns, actionTurns };
    }
    case 'EvidenceSubmitted': {
      const d = event.data;
      return {
        ...next,
        evidence: {
          ...state.evidence,
          [d.evidenceId]: { ...d, submittedAt: event.occurredAt, assessment: null, recognition: null, authenticity: null },
        },
        evidenceOrder: [...state.evidenceOrder, d.evidenceId],
        lastMerchantActivityAt: event.occurredAt,
      };
    }
    case 'EvidenceAssessed': {
      const item = state.evidence[event.data.evidenceId];
      if (!item) return next;
      return { ...next, evidence: { ...state.evidence, [item.evidenceId]: { ...item, assessment: event.data.assessment } } };
    }
    case 'EvidenceRecognised': {
      const item = state.evidence[event.data.evidenceId];
      if (!item) return next;
      return { ...next, evidence: { ...state.evidence, [item.evidenceId]: { ...item, recognition: event.data.recognition } } };
    }
    case 'AuthenticityChecked': {
      const item = state.evidence[event.data.evidenceId];
      if (!item) return next;
      return { ...next, evidence: { ...state.evidence, [item.evidenceId]: { ...item, authenticity: event.data.authenticity } } };
    }
    case 'ConsistencyChecked': {
      // A cross-document finding concerns the uploads it names: it joins their authenticity verdicts.
      const evidence = { ...state.evidence };
      for (const id of Object.keys(evidence)) {
        const concerning = event.data.findings.filter((f) => f.relatedEvidenceIds?.includes(id));
        const item = evidence[id];
        if (item && concerning.length > 0) evidence[id] = { ...item, authenticity: withFindings(item.authenticity, concerning) };
      }
      return { ...next, evidence };
    }
    case 'HumanRequested':
      return { ...next, humanRequestedAt: state.humanRequestedAt ?? event.occurredAt };
    case 'MerchantReminded':
      return { ...next, remindersSent: event.data.reminder, lastReminderAt: event.occurredAt };
    case 'DecisionMade': {
      const decision = event.data.decision;
      const settled = { ...next, pendingProposal: null, confirmedAction: null };
      if (decision.outcome === 'referred') {
        const review = {
          referredAt: event.occurredAt,
          engineDecision: decision,
          escalatedAt: null,
          reviewerId: null,
          decidedAt: null,
          agreesWithEngine: null,
        };
        return { ...settled, status: 'in_review', decision, review };
      }
      return { ...settled, status: 'decided', decision, closedAt: event.occurredAt };
    }
    case 'ReviewEscalated':
      return state.review ? { ...next, review: { ...state.review, escalatedAt: event.occurredAt } } : next;
    case 'ReviewCompleted': {
      const { verdict, decision, agreesWithEngine } = event.data;
      const review = state.review
        ? { ...state.review, reviewerId: verdict.reviewerId, decidedAt: event.occurredAt, agreesWithEngine }
        : null;
      return { ...next, status: 'decided', decision, review, closedAt: event.occurredAt };
    }
    case 'CaseAbandoned':
      return { ...next, status: 'abandoned', closedAt: event.occurredAt, pendingProposal: null, confirmedAction: null };
    case 'ConsentWithdrawn':
      return {
        ...next,
        status: 'withdrawn',
        closedAt: event.occurredAt,
        pendingProposal: null,
        confirmedAction: null,
        erasure: { at: event.occurredAt, reason: 'consent_withdrawn' },
      };
    case 'CaseErased':
      return { ...next, erasure: { at: event.occurredAt, reason: event.data.reason } };
    case 'OperatorAction': {
      const { actionId, kind, operator, reason } = event.data;
      const record = { actionId, kind, operator, reason, at: event.occurredAt };
      // Escalating puts the case in the human queue, as a merchant asking for a person does.
      const humanRequestedAt = kind === 'escalate' ? (state.humanRequestedAt ?? event.occurredAt) : state.humanRequestedAt;
      return { ...next, operatorActions: [...state.operatorActions, record], humanRequestedAt };
    }
    case 'HistoryArchived':
      return { ...next, archive: { runId: event.data.runId, sha256: event.data.sha256, at: event.occurredAt } };
    case 'ActionProposed': {
      const { proposalId, proposal, inReplyTo, expiresAt } = event.data;
      return { ...next, pendingProposal: { proposalId, proposal, inReplyTo, expiresAt, proposedAt: event.occurredAt } };
    }
    case 'ProposalClosed':
      return state.pendingProposal?.proposalId === event.data.proposalId ? { ...next, pendingProposal: null } : next;
    case 'ActionConfirmed': {
      const { proposal, via, reference } = event.data;
      return { ...next, pendingProposal: null, confirmedAction: { proposal, via, reference, confirmedAt: event.occurredAt } };
    }
    default: {
      const unreachable: never = event;
      throw new Error(`unknown event ${(unreachable as { type: string }).type}`);
    }
  }
}

/** A state folded before fields were added (e.g. a stored read-model row) gets their initial values. */
function withCurrentShape(state: CaseState): CaseState {
  if (
    state.actionTurns &&
    state.pendingProposal !== undefined &&
    state.confirmedAction !== undefined &&
    state.erasure !== undefined &&
    state.operatorActions &&
    state.archive !== undefined
  )
    return state;
  return {
    ...state,
    actionTurns: state.actionTurns ?? {},
    pendingProposal: state.pendingProposal ?? null,
    confirmedAction: state.confirmedAction ?? null,
    erasure: state.erasure ?? (state.status === 'withdrawn' && state.closedAt ? { at: state.closedAt, reason: 'consent_withdrawn' } : null),
    operatorActions: state.operatorActions ?? [],
    archive: state.archive ?? null,
  };
}

/** Folds a whole stream into state. */
export function foldCase(initial: CaseState, events: readonly CaseEvent[]): CaseState {
  return events.reduce(evolve, initial);
}
