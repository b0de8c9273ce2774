import type { EvidenceKind } from '../catalogue/evidence-kind';
import type { IndustryId } from '../catalogue/industries';
import type { AuthenticityFinding, EvidenceAuthenticity } from './authenticity';
import type { EvidenceRecognition } from './recognition';
import type { ReviewerVerdict } from './review';
import type { ConfirmationChannel, ProposalClosing } from './events';
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

/** Everything that can be asked of a case. Each becomes zero or more events through decide. */
export type CaseCommand =
  | {
      type: 'OpenCase';
      caseId: string;
      channel: string;
      merchantRef: string;
      currentLimit: number;
      requestedLimit: number;
      industry: IndustryId | null;
      language: Language;
    }
  | { type: 'RecordMerchantMessage'; messageId: string; text: string; understanding: Understanding }
  | {
      type: 'RecordAssistantReply';
      inReplyTo: string | null;
      action: AssistantAction;
      text: string;
      language: Language;
      policyVersion: string;
      knowledgeVersion: string;
      inReplyToAction?: string;
    }
  | { type: 'SubmitEvidence'; evidenceId: string; declared: EvidenceKind; mediaType: string; sizeBytes: number; sha256: string }
  | { type: 'RecordAssessment'; evidenceId: string; assessment: EvidenceAssessment }
  | { type: 'RecordRecognition'; evidenceId: string; recognition: EvidenceRecognition }
  | { type: 'RecordAuthenticity'; evidenceId: string; authenticity: EvidenceAuthenticity }
  | { type: 'RecordConsistency'; findings: AuthenticityFinding[]; methodVersion: string }
  | { type: 'RemindMerchant' }
  | { type: 'RequestHuman'; messageId: string }
  | { type: 'RecordDecision'; decision: Decision; record?: DecisionRecordData; trigger?: DecisionTrigger }
  | { type: 'EscalateReview'; waitedMs: number }
  | { type: 'CompleteReview'; verdict: ReviewerVerdict }
  | { type: 'AbandonCase' }
  | { type: 'WithdrawConsent'; messageId: string; erasedEvidence: number }
  | { type: 'ProposeAction'; proposal: ProposalKind; proposalId: string; inReplyTo: string | null; expiresAt: string }
  | { type: 'CloseProposal'; outcome: ProposalClosing; messageId: string | null }
  | { type: 'ConfirmAction'; proposal: ProposalKind; via: ConfirmationChannel; reference: string };

/**
 * Which rules decide: `v2` (the default) requires an explicit confirmation before an irreversible
 * step; `v1` is kept only so histories recorded before confirmations existed replay unchanged.
 */
export type DecisionRules = 'v1' | 'v2';

/** Context a decision needs from outside: time is passed in, never read. */
export interface CommandMetadata {
  now: string;
  rules?: DecisionRules;
}
