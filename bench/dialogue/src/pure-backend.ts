import {
  DIALOGUE_POLICY_VERSION,
  joinSentences,
  nextAction,
  pendingAsk,
  renderAction,
  renderEvidenceFeedback,
  renderTurnReply,
  understand,
} from '@uplift/dialogue';
import {
  decide,
  evolve,
  initialCaseState,
  type AssistantAction,
  type CaseCommand,
  type CaseState,
  type EvidenceAssessment,
  type EvidenceKind,
  type Intent,
  type Understanding,
  KNOWLEDGE_BASE_VERSION,
} from '@uplift/domain';
import { keyOf, type DialogueBackend, type MessageReply, type UploadReply } from './conversation';
import type { Persona } from './personas';
import { prng } from './random';

const START = Date.parse('2026-03-15T08:00:00.000Z');

const readable: EvidenceAssessment = {
  verdict: 'readable',
  problems: [],
  format: 'jpeg',
  width: 1600,
  height: 1200,
  pages: null,
  sharpness: 0.8,
  brightness: 0.5,
  textCharacters: null,
  methodVersion: 'bench',
};
const blurry: EvidenceAssessment = { ...readable, verdict: 'unreadable', problems: ['BLURRY'] };

const elapsedMs = (started: bigint) => Number(process.hrtime.bigint() - started) / 1e6;

/**
 * The dialogue's pure functions, with state folded by the domain's decide/evolve exactly as the
 * workflow's CaseTransaction does; no Temporal, no database. Uploads are assessed by a coin
 * (10% blurry) instead of the real checks, and not recognised (the policy does not read recognition).
 */
export class PureBackend implements DialogueBackend {
  private state: CaseState = initialCaseState('bench');
  private clock = START;
  private readonly understood = new Map<string, Understanding>();
  private uploads = 0;
  private readonly coin: () => number;

  /** `maxUploads` mirrors the API driver's cap, so the two modes can be compared at the same cap. */
  constructor(
    persona: Persona,
    private readonly maxUploads = Number.POSITIVE_INFINITY,
  ) {
    this.coin = prng(persona.seed ^ 0x5bd1e995);
  }

  open(persona: Persona): Promise<{ action: AssistantAction; text: string }> {
    const language = persona.language;
    this.apply({
      type: 'OpenCase',
      caseId: persona.id,
      channel: 'bench',
      merchantRef: persona.id,
      currentLimit: 100_000,
      requestedLimit: 300_000,
      industry: persona.industryAtOpen ? persona.industry : null,
      language,
    });
    const action = nextAction(this.state, null);
    const text = joinSentences(language, [
      renderAction({ kind: 'greet' }, this.state, language),
      renderAction(action, this.state, language),
    ]);
    this.reply(null, action, text);
    return Promise.resolve({ action, text });
  }

  send(messageId: string, text: string, meant: Intent): Promise<MessageReply> {
    const started = process.hrtime.bigint();
    const understanding = understand(text, this.state);
    this.apply({ type: 'RecordMerchantMessage', messageId, text, understanding });
    this.understood.set(messageId, understanding);
    const proposal = understanding.intent === 'done' ? 'submit' : understanding.intent === 'withdraw_consent' ? 'withdraw_consent' : null;
    if (proposal) {
      // The workflow proposes; the persona confirms what they meant (the case then closes) or says no.
      if ((meant === 'done' && proposal === 'submit') || (meant === 'withdraw_consent' && proposal === 'withdraw_consent'))
        return Promise.resolve({ action: { kind: 'explain_decision' }, text: '', closed: true, latencyMs: elapsedMs(started) });
    }
    const action = nextAction(this.state, understanding.intent);
    const reply = renderTurnReply(action, this.state, understanding.facts, understanding.language, { intent: understanding.intent, text });
    const latencyMs = elapsedMs(started);
    this.reply(messageId, action, reply, understanding.language);
    return Promise.resolve({ action, text: reply, closed: false, latencyMs });
  }

  canUpload(): boolean {
    return this.uploads < this.maxUploads;
  }

  upload(evidence: EvidenceKind): Promise<UploadReply> {
    const evidenceId = `e${(this.uploads += 1)}`;
    this.apply({
      type: 'SubmitEvidence',
      evidenceId,
      declared: evidence,
      mediaType: 'image/jpeg',
      sizeBytes: 200_000,
      sha256: evidenceId.padEnd(64, '0'),
    });
    const assessment = this.coin() < 0.1 ? blurry : readable;
    this.apply({ type: 'RecordAssessment', evidenceId, assessment });
    const language = this.state.language;
    const next = nextAction(this.state, null);
    const text = joinSentences(language, [
      renderEvidenceFeedback(evidence, assessment, language),
      renderAction(next, this.state, language),
    ]);
    this.reply(null, { kind: 'evidence_feedback', evidenceId, next }, text);
    return Promise.resolve({ readable: assessment.verdict === 'readable', next, text });
  }

  understandings(): Promise<Map<string, Understanding>> {
    return Promise.resolve(this.understood);
  }

  private apply(command: CaseCommand): void {
    this.clock += 60_000;
    for (const event of decide(command, this.state, { now: new Date(this.clock).toISOString() })) this.state = evolve(this.state, event);
  }

  private reply(inReplyTo: string | null, action: AssistantAction, text: string, language = this.state.language): void {
    this.apply({
      type: 'RecordAssistantReply',
      inReplyTo,
      action,
      text,
      language,
      policyVersion: DIALOGUE_POLICY_VERSION,
      knowledgeVersion: KNOWLEDGE_BASE_VERSION,
    });
    // Sanity: what the workflow treats as the question on the table is what the merchant was shown.
    const pending = pendingAsk(this.state);
    const shown = action.kind === 'evidence_feedback' ? action.next : action;
    if (shown && shown.kind !== 'invite_done' && pending && keyOf(pending) !== keyOf(shown))
      throw new Error(`pending ask mismatch in ${this.state.caseId}`);
  }
}
