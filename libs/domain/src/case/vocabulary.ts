import type { EvidenceKind } from '../catalogue/evidence-kind';
import type { IndustryId } from '../catalogue/industries';
import type { EvidenceAuthenticity } from './authenticity';
import type { EvidenceRecognition } from './recognition';

/** Languages the assistant speaks. */
export type Language = 'zh' | 'en';

/** Lifecycle of a case. `decided`, `abandoned` and `withdrawn` (consent withdrawn, evidence erased) are final. */
export type CaseStatus = 'collecting' | 'in_review' | 'decided' | 'abandoned' | 'withdrawn';

/** What a merchant's message is trying to do. */
export type Intent =
  'provide_info' | 'ask_question' | 'ask_what_to_upload' | 'done' | 'ask_human' | 'greeting' | 'off_topic' | 'withdraw_consent' | 'decline';

/** Every intent, in one order (the Record fails to compile when an intent is added and not listed). */
export const INTENTS = Object.keys({
  provide_info: true,
  ask_question: true,
  ask_what_to_upload: true,
  done: true,
  ask_human: true,
  greeting: true,
  off_topic: true,
  withdraw_consent: true,
  decline: true,
} satisfies Record<Intent, true>) as Intent[];

/** An irreversible step: the assistant proposes it and only the merchant's explicit confirmation carries it out. */
export type ProposalKind = 'submit' | 'withdraw_consent';

/** Every proposal kind (the Record fails to compile when a kind is added and not listed). */
export const PROPOSAL_KINDS = Object.keys({ submit: true, withdraw_consent: true } satisfies Record<ProposalKind, true>) as ProposalKind[];

/** What set a decision off: the merchant's confirmed submission, or the inactivity deadline. */
export type DecisionTrigger = 'merchant_confirmed' | 'deadline';

/** Facts a merchant can state about their business (amounts in CNY). */
export interface MerchantFacts {
  industry?: IndustryId;
  monthlyRevenue?: number;
  employees?: number;
  vehicles?: number;
  seats?: number;
  yearsInBusiness?: number;
  paymentCycleDays?: number;
}

/** Name of a fact the assistant can ask about. */
export type FactName = keyof MerchantFacts;

/** What a language model proposed a message means: advice the rules guard, never a decision. */
export interface ModelProposal {
  model: string;
  intent: Intent;
  facts: MerchantFacts;
}

/** What the dialogue understood from one merchant message. */
export interface Understanding {
  language: Language;
  intent: Intent;
  facts: MerchantFacts;
  understandingVersion: string;
  /** The question or request on the table that the merchant declined this turn, if any. */
  declines?: AssistantAction;
  /** A clear answer to the proposal on the table (absent when the message does not clearly answer it). */
  answer?: 'yes' | 'no';
  /** When a language model advised: what it proposed, and which of its facts the guard dropped. */
  model?: { name: string; intent: Intent; dropped: FactName[] };
}

/** The assistant's chosen next step, recorded with every reply. */
export type AssistantAction =
  | { kind: 'greet' }
  | { kind: 'ask_fact'; fact: FactName }
  | { kind: 'request_evidence'; evidence: EvidenceKind }
  | { kind: 'evidence_feedback'; evidenceId: string; next?: AssistantAction }
  | { kind: 'invite_done' }
  | { kind: 'explain_decision' }
  | { kind: 'handoff_human' }
  | { kind: 'remind' }
  | { kind: 'confirm_withdrawal' }
  | { kind: 'review_pending' }
  | { kind: 'propose'; proposal: ProposalKind; proposalId: string };

/** Format of an upload, sniffed from its content. */
export type EvidenceFormat = 'jpeg' | 'png' | 'webp' | 'pdf';

/** Result of checking that an upload is readable evidence (decoding and capture quality). */
export interface EvidenceAssessment {
  verdict: 'readable' | 'unreadable';
  /** Closed problem codes, e.g. BLURRY, TOO_DARK, TOO_SMALL, UNDECODABLE, NO_TEXT_LAYER. */
  problems: string[];
  format: EvidenceFormat;
  width: number | null;
  height: number | null;
  pages: number | null;
  sharpness: number | null;
  brightness: number | null;
  textCharacters: number | null;
  methodVersion: string;
}

/** Outcome of a limit decision. */
export type DecisionOutcome = 'approved' | 'partial' | 'declined' | 'referred';

/** One reason behind a decision: a stable code plus the numbers that explain it. */
export interface DecisionReason {
  code: string;
  params: Record<string, number | string>;
}

/** A limit decision with its reasons and the policy that made it. */
export interface Decision {
  outcome: DecisionOutcome;
  currentLimit: number;
  requestedLimit: number;
  grantedLimit: number;
  uplift: number;
  reasons: DecisionReason[];
  policyVersion: string;
}

/** The reproducible record of a decision: the policy, knowledge base and the exact inputs, hashed. */
export interface DecisionRecordData {
  policyVersion: string;
  knowledgeVersion: string;
  inputs: unknown;
  /** SHA-256 (hex) of the canonical JSON of `inputs`. */
  inputsHash: string;
  decision: Decision;
}

/** A piece of evidence the case holds, as state sees it. */
export interface EvidenceItem {
  evidenceId: string;
  declared: EvidenceKind;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  submittedAt: string;
  assessment: EvidenceAssessment | null;
  /** What recognition read from it (null until recognised, and for cases from before recognition). */
  recognition: EvidenceRecognition | null;
  /** What the authenticity checks concluded (null until checked, and for cases from before them). */
  authenticity: EvidenceAuthenticity | null;
}
