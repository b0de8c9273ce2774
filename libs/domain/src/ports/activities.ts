import type { CaseEvent, NewCaseEvent } from '../case/events';
import type { CaseState } from '../case/state';
import type { EvidenceKind } from '../catalogue/evidence-kind';
import type { EvidenceRecognition } from '../case/recognition';
import type { AuthenticityFinding, EvidenceAuthenticity } from '../case/authenticity';
import type {
  AssistantAction,
  Decision,
  DecisionRecordData,
  EvidenceAssessment,
  FactName,
  Language,
  MerchantFacts,
  ModelProposal,
  ProposalKind,
  Understanding,
} from '../case/vocabulary';

/** Append request for a case stream: the version the writer last saw, and the new events. */
export interface AppendEventsInput {
  caseId: string;
  expectedVersion: number;
  events: NewCaseEvent[];
}

/** Where the stream stands after an append. `replayed` is true when the events were already stored. */
export interface AppendEventsResult {
  version: number;
  lastHash: string;
  replayed: boolean;
}

/** Activities that persist the case's events (run on the case task queue, as local activities). */
export interface EventStoreActivities {
  appendCaseEvents(input: AppendEventsInput): Promise<AppendEventsResult>;
}

/** Activities that look at uploaded bytes (run on the evidence task queue). */
export interface EvidenceActivities {
  assessEvidence(input: { caseId: string; evidenceId: string }): Promise<EvidenceAssessment>;
  /** Reads an upload: document type, fields and their validations, seals, objects (OCR and detection, offline). */
  recogniseEvidence(input: { caseId: string; evidenceId: string; declared: EvidenceKind; caseDate: string }): Promise<EvidenceRecognition>;
  /** Screen recapture, tampering and reuse across cases (perceptual hashes, document numbers). */
  checkAuthenticity(input: {
    caseId: string;
    evidenceId: string;
    channel: string;
    uploadedAt: string;
    recognition: EvidenceRecognition | null;
  }): Promise<EvidenceAuthenticity>;
  /** Crypto-shreds every upload of the case (its data key and ciphertexts); returns how many were erased. */
  eraseCaseEvidence(input: { caseId: string }): Promise<{ erased: number }>;
}

/** Activities that decide a limit from case state (pure computations, recorded once in history). */
export interface DecisionActivities {
  /** The decision alone; kept for cases whose history predates decision records. */
  evaluateLimit(input: { state: CaseState }): Promise<Decision>;
  /** The decision with its reproducible record (policy, knowledge base, inputs and their hash). */
  decideLimit(input: { state: CaseState }): Promise<DecisionRecordData>;
  /** Names, credit codes, addresses, plates, amounts and dates compared across all evidence of the case. */
  checkConsistency(input: { state: CaseState }): Promise<{ findings: AuthenticityFinding[]; methodVersion: string }>;
}

/**
 * What committing a transaction to a case stream found: stored, or the stream had already moved
 * past the expected version (events an earlier, lost workflow task committed): here they are.
 */
export type CommitResult =
  { status: 'committed'; version: number; recorded?: unknown } | { status: 'conflict'; version: number; events: CaseEvent[] };

/**
 * A transaction for the case stream, with the value it was decided on when that value is worked out
 * by code an upgrade may change (what a message means): the commit hands `recorded` back unchanged,
 * so it is kept in the workflow's history with the commit and a replay decides with it again.
 */
export interface CommitCaseEventsInput extends AppendEventsInput {
  recorded?: unknown;
}

/** The case stream as the case workflow (v2) writes it: a local activity on the case queue. */
export interface CaseStoreActivities {
  commitCaseEvents(input: CommitCaseEventsInput): Promise<CommitResult>;
}

/** What examining one upload needs: where it is stored and what the merchant said it is. */
export interface EvidenceExaminationInput {
  caseId: string;
  evidenceId: string;
  declared: EvidenceKind;
  /** Day validity is judged against (YYYY-MM-DD). */
  caseDate: string;
  channel: string;
  uploadedAt: string;
}

/** Legibility, recognition and authenticity of one upload, from one decryption. */
export interface EvidenceExamination {
  assessment: EvidenceAssessment;
  recognition: EvidenceRecognition | null;
  authenticity: EvidenceAuthenticity | null;
}

/** Evidence work of the case workflow (v2), on the evidence task queue. */
export interface EvidenceExaminationActivities {
  examineEvidence(input: EvidenceExaminationInput): Promise<EvidenceExamination>;
  /** Crypto-shreds every upload of the case; idempotent. */
  eraseCaseEvidence(input: { caseId: string }): Promise<{ erased: number }>;
}

/** A decision with the cross-document findings it was made on. */
export interface CaseDecisionOutcome {
  consistency: { findings: AuthenticityFinding[]; methodVersion: string };
  record: DecisionRecordData;
}

/** The limit decision of the case workflow (v2): reads the case from its stream, by id and version. */
export interface CaseDecisionActivities {
  decideCase(input: { caseId: string; throughVersion: number; asOf: string }): Promise<CaseDecisionOutcome>;
}

/** The operations sweep (run by a Temporal schedule): lists stuck cases for operators. */
export interface OperationsActivities {
  sweepStuckCases(): Promise<{ stuck: number }>;
}

/** What one privacy sweep did (docs/adr/0020). */
export interface PrivacySweepResult {
  /** Cases the retention policy erased this run. */
  erased: number;
  /** Closed long enough but under a legal hold. */
  held: number;
  /** Erased cases whose Temporal execution was deleted this run. */
  executionsDeleted: number;
  /** Erased cases whose workflow is still running (deleted on a later run). */
  stillRunning: number;
}

/** The privacy sweep (a Temporal schedule): the retention policy, and erased cases' executions deleted. */
export interface PrivacyActivities {
  sweepPrivacy(): Promise<PrivacySweepResult>;
}

/** Counts of one archiving sweep (docs/adr/0024), by what happened to each due case. */
export interface ArchiveSweepCounts {
  stored: number;
  unchanged: number;
  erased: number;
  gone: number;
  not_closed_yet: number;
}

/** The records sweep: archives the Temporal histories of closed cases, and of open ones periodically. */
export interface RecordsActivities {
  archiveHistories(): Promise<ArchiveSweepCounts>;
}

/**
 * What understanding a merchant message needs to know about the case: the language so far, the
 * question on the table, the facts already known, the day, and the proposal awaiting an answer.
 */
export interface DialogueContext {
  language: Language;
  pendingAsk: AssistantAction | null;
  knownFacts: MerchantFacts;
  now: string | null;
  pendingProposal: ProposalKind | null;
}

/**
 * Understanding as a (local) activity: its result is recorded in the workflow's history, so a case
 * replays with the understanding it had even after the rules change (docs/adr/0018).
 */
export interface UnderstandingActivities {
  understandMessage(input: { text: string; context: DialogueContext; advice: ModelProposal | null }): Promise<Understanding>;
}

/** An optional language model's reading of a message (DIALOGUE_LLM_URL); null when off or when it failed. */
export interface LanguageModelActivities {
  proposeUnderstanding(input: {
    text: string;
    language: Language;
    pendingFact: FactName | null;
    today: string;
  }): Promise<ModelProposal | null>;
}
