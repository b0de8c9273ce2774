import type { EvidenceKind } from '../catalogue/evidence-kind';
import type { IndustryId } from '../catalogue/industries';
import type { AuthenticityFinding, EvidenceAuthenticity } from './authenticity';
import type { EvidenceRecognition } from './recognition';
import type { ReviewerVerdict } from './review';
import type {
  AssistantAction,
  Decision,
  DecisionRecordData,
  DecisionTrigger,
  EvidenceAssessment,
  Language,
  ProposalKind,
  Understanding,
} from './vocabulary';

/** Schema version of the event payloads below; bump with an upcaster when a payload changes. */
export const EVENT_SCHEMA_VERSION = 1;

/** Every state change of a case. Events are facts: never edited, only appended. */
export type CaseEvent =
  | {
      type: 'CaseOpened';
      occurredAt: string;
      data: {
        caseId: string;
        channel: string;
        merchantRef: string;
        currentLimit: number;
        requestedLimit: number;
        industry: IndustryId | null;
        language: Language;
      };
    }
  | {
      type: 'MerchantMessageReceived';
      occurredAt: string;
      data: { messageId: string; text: string; understanding: Understanding };
    }
  | {
      type: 'AssistantReplied';
      occurredAt: string;
      data: {
        inReplyTo: string | null;
        /** Set instead of inReplyTo when the reply answers a structured action (its actionId). */
        inReplyToAction?: string;
        action: AssistantAction;
        text: string;
        language: Language;
        policyVersion: string;
        knowledgeVersion: string;
      };
    }
  | {
      type: 'EvidenceSubmitted';
      occurredAt: string;
      data: { evidenceId: string; declared: EvidenceKind; mediaType: string; sizeBytes: number; sha256: string };
    }
  | { type: 'EvidenceAssessed'; occurredAt: string; data: { evidenceId: string; assessment: EvidenceAssessment } }
  | { type: 'EvidenceRecognised'; occurredAt: string; data: { evidenceId: string; recognition: EvidenceRecognition } }
  | { type: 'AuthenticityChecked'; occurredAt: string; data: { evidenceId: string; authenticity: EvidenceAuthenticity } }
  | { type: 'ConsistencyChecked'; occurredAt: string; data: { findings: AuthenticityFinding[]; methodVersion: string } }
  | { type: 'MerchantReminded'; occurredAt: string; data: { reminder: number } }
  | { type: 'HumanRequested'; occurredAt: string; data: { messageId: string } }
  | { type: 'DecisionMade'; occurredAt: string; data: { decision: Decision; record?: DecisionRecordData; trigger?: DecisionTrigger } }
  | { type: 'ReviewEscalated'; occurredAt: string; data: { waitedMs: number } }
  | { type: 'ReviewCompleted'; occurredAt: string; data: { verdict: ReviewerVerdict; decision: Decision; agreesWithEngine: boolean } }
  | { type: 'CaseAbandoned'; occurredAt: string; data: { reason: 'inactivity' } }
  | { type: 'ConsentWithdrawn'; occurredAt: string; data: { messageId: string; erasedEvidence: number } }
  /**
   * An operator intervened (through Uplift's operator API or CLI, which then calls Temporal): who,
   * what, why. Appended by the operator API; a running workflow adopts it (docs/adr/0024).
   */
  | {
      type: 'OperatorAction';
      occurredAt: string;
      data: {
        actionId: string;
        kind: OperatorActionKind;
        operator: string;
        reason: string;
        activityId: string | null;
        resetToEventId: number | null;
      };
    }
  /** A closed case's Temporal history was archived (docs/adr/0024): its SHA-256 anchors the archive in the chain. */
  | { type: 'HistoryArchived'; occurredAt: string; data: { runId: string; sha256: string; historyEvents: number; bytes: number } }
  /** Appended by the retention policy to a closed case once its key is shredded (no workflow writes then). */
  | { type: 'CaseErased'; occurredAt: string; data: { reason: 'retention'; erasedEvidence: number; closedAt: string } }
  | {
      type: 'ActionProposed';
      occurredAt: string;
      data: { proposalId: string; proposal: ProposalKind; inReplyTo: string | null; expiresAt: string };
    }
  | {
      type: 'ProposalClosed';
      occurredAt: string;
      data: { proposalId: string; outcome: ProposalClosing; messageId: string | null };
    }
  | {
      type: 'ActionConfirmed';
      occurredAt: string;
      data: { proposal: ProposalKind; proposalId: string | null; via: ConfirmationChannel; reference: string };
    };

/** What an operator may do to a case's workflow through Uplift (each is recorded before Temporal is called). */
export type OperatorActionKind = 'pause_activity' | 'unpause_activity' | 'reset_activity' | 'reset_workflow' | 'escalate';

/** Every operator action kind (the Record fails to compile when a kind is added and not listed). */
export const OPERATOR_ACTION_KINDS = Object.keys({
  pause_activity: true,
  unpause_activity: true,
  reset_activity: true,
  reset_workflow: true,
  escalate: true,
} satisfies Record<OperatorActionKind, true>) as OperatorActionKind[];

/** How a proposal ended without being confirmed. */
export type ProposalClosing = 'declined' | 'expired' | 'superseded';

/** How the merchant confirmed: answering the proposal in a message, or a structured action (a button). */
export type ConfirmationChannel = 'message' | 'action';

/** The type tag of a case event. */
export type CaseEventType = CaseEvent['type'];

/** Every event type, for validation at the storage boundary. */
export const CASE_EVENT_TYPES: readonly CaseEventType[] = [
  'CaseOpened',
  'MerchantMessageReceived',
  'AssistantReplied',
  'EvidenceSubmitted',
  'EvidenceAssessed',
  'EvidenceRecognised',
  'AuthenticityChecked',
  'ConsistencyChecked',
  'MerchantReminded',
  'HumanRequested',
  'DecisionMade',
  'ReviewEscalated',
  'ReviewCompleted',
  'CaseAbandoned',
  'ConsentWithdrawn',
  'CaseErased',
  'OperatorAction',
  'HistoryArchived',
  'ActionProposed',
  'ProposalClosed',
  'ActionConfirmed',
];

/** An event ready to append: the id makes a retried append idempotent. */
export interface NewCaseEvent {
  eventId: string;
  event: CaseEvent;
}

/** An event as the store holds it: position in its stream and its link in the hash chain. */
export interface StoredCaseEvent {
  eventId: string;
  caseId: string;
  seq: number;
  schemaVersion: number;
  event: CaseEvent;
  /** Set when only the event's erased form could be read (the case key was shredded). */
  erased?: true;
  prevHash: string;
  hash: string;
  recordedAt: string;
}
