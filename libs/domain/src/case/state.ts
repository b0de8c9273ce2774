import type { IndustryId } from '../catalogue/industries';
import type { CaseReview } from './review';
import type { ConfirmationChannel, OperatorActionKind } from './events';
import type { ErasureReason } from './erasure';
import type { AssistantAction, CaseStatus, Decision, EvidenceItem, Language, MerchantFacts, ProposalKind } from './vocabulary';

/** One answered merchant message, kept so a retried turn gets the same reply. */
export interface AnsweredTurn {
  messageId: string;
  replyText: string;
  action: AssistantAction;
}

/** An irreversible step the assistant proposed and the merchant has not yet answered. */
export interface PendingProposal {
  proposalId: string;
  proposal: ProposalKind;
  inReplyTo: string | null;
  proposedAt: string;
  expiresAt: string;
}

/** An irreversible step the merchant confirmed and the engine has not yet carried out. */
export interface ConfirmedAction {
  proposal: ProposalKind;
  via: ConfirmationChannel;
  reference: string;
  confirmedAt: string;
}

/** Case state: a pure fold of the case's events (see evolve). Plain JSON, so it is also the read model. */
export interface CaseState {
  caseId: string;
  status: CaseStatus | 'new';
  channel: string;
  merchantRef: string;
  currentLimit: number;
  requestedLimit: number;
  industry: IndustryId | null;
  language: Language;
  facts: MerchantFacts;
  /** Actions the assistant has taken, oldest first (the policy avoids repeating itself). */
  actions: AssistantAction[];
  /** Questions and evidence requests the merchant declined; the policy does not ask them again. */
  declined: AssistantAction[];
  turns: Record<string, AnsweredTurn>;
  /** Structured actions (by actionId) already answered, so a retried action gets the same answer. */
  actionTurns: Record<string, AnsweredTurn>;
  /** The proposal waiting for the merchant's answer (it lapses at expiresAt). */
  pendingProposal: PendingProposal | null;
  /** Confirmed and not yet carried out; an irreversible command needs it (rules v2). */
  confirmedAction: ConfirmedAction | null;
  /** Message ids in arrival order. */
  messageOrder: string[];
  evidence: Record<string, EvidenceItem>;
  evidenceOrder: string[];
  remindersSent: number;
  /** When the merchant asked for a person: the case is in the human queue until it closes. */
  humanRequestedAt: string | null;
  lastReminderAt: string | null;
  decision: Decision | null;
  /** Present once the engine referred the case to a human reviewer. */
  review: CaseReview | null;
  openedAt: string | null;
  lastMerchantActivityAt: string | null;
  updatedAt: string | null;
  closedAt: string | null;
  /** When and why the case's personal data was erased (its key shredded); null while it is kept. */
  erasure: { at: string; reason: ErasureReason } | null;
  /** Operators' interventions, oldest first. */
  operatorActions: { actionId: string; kind: OperatorActionKind; operator: string; reason: string; at: string }[];
  /** The archived Temporal history anchored in the chain (closed cases). */
  archive: { runId: string; sha256: string; at: string } | null;
  /** Number of events folded so far: the stream version. */
  version: number;
}

/** State before the first event. */
export function initialCaseState(caseId: string): CaseState {
  return {
    caseId,
    status: 'new',
    channel: '',
    merchantRef: '',
    currentLimit: 0,
    requestedLimit: 0,
    industry: null,
    language: 'zh',
    facts: {},
    actions: [],
    declined: [],
    turns: {},
    actionTurns: {},
    pendingProposal: null,
    confirmedAction: null,
    messageOrder: [],
    evidence: {},
    evidenceOrder: [],
    remindersSent: 0,
    humanRequestedAt: null,
    lastReminderAt: null,
    decision: null,
    review: null,
    openedAt: null,
    lastMerchantActivityAt: null,
    updatedAt: null,
    closedAt: null,
    erasure: null,
    operatorActions: [],
    archive: null,
    version: 0,
  };
}

/** True once a case can no longer change. */
export function isClosed(state: Pick<CaseState, 'status'>): boolean {
  return state.status === 'decided' || state.status === 'abandoned' || state.status === 'withdrawn';
}

const STATUS_SET: Record<CaseStatus, true> = { collecting: true, in_review: true, decided: true, abandoned: true, withdrawn: true };

/** Every case status (the Record above fails to compile when a status is added and not listed). */
export const CASE_STATUSES = Object.keys(STATUS_SET) as CaseStatus[];

/** The pending proposal when it is still open at `now`; null once it lapsed or when there is none. */
export function openProposal(state: CaseState, now: string): PendingProposal | null {
  const pending = state.pendingProposal;
  return pending && Date.parse(now) < Date.parse(pending.expiresAt) ? pending : null;
}
