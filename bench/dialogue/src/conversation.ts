import {
  formatEvidenceKind,
  type AssistantAction,
  type EvidenceKind,
  type Intent,
  type MerchantFacts,
  type Understanding,
} from '@uplift/domain';
import type { Persona } from './personas';
import { DECLINE_TEXT, OFF_TOPIC_TEXT, QUESTION_TEXT, factText, terseText, type Utterance } from './phrasing';
import { pick, prng } from './random';

export const MAX_TURNS = 20;
const REF_YEAR = 2026;

/** What the assistant answered to one merchant message. */
export interface MessageReply {
  action: AssistantAction;
  text: string;
  /** The case no longer collects input (decided, withdrawn): the conversation is over. */
  closed: boolean;
  /** Time the system took for this turn (what the latency figures measure). */
  latencyMs: number;
}

/** What the assistant answered to an upload, once the evidence was assessed (and recognised). */
export interface UploadReply {
  readable: boolean;
  /** The step the evidence feedback proposed next. */
  next: AssistantAction;
  text: string;
}

/** One case as the scripted merchant sees it: the pure functions, or the real system behind the API. */
export interface DialogueBackend {
  open(persona: Persona): Promise<{ action: AssistantAction; text: string }>;
  /** One message; `meant` is what the persona means by it (a proposal of it is confirmed, any other proposal declined). */
  send(messageId: string, text: string, meant: Intent): Promise<MessageReply>;
  /** Whether the merchant may upload this (the API driver caps uploads per conversation). */
  canUpload(): boolean;
  upload(evidence: EvidenceKind): Promise<UploadReply>;
  /** What the system understood from each message, by message id (read after the conversation). */
  understandings(): Promise<Map<string, Understanding>>;
}

export interface TranscriptLine {
  who: 'merchant' | 'assistant';
  text: string;
  action?: string;
  intent?: Intent;
}

/** Outcome of one scripted conversation. */
export interface Conversation {
  persona: string;
  style: string;
  language: string;
  industry: string;
  turns: number;
  readyAtTurn: number | null;
  requested: string[];
  provided: string[];
  /** Uploads made, and requests the merchant would have answered with an upload but for the upload cap. */
  uploads: number;
  uploadsSkipped: number;
  endedWithRequestedEvidence: boolean;
  /** Per message: what the persona meant (gold facts and intent) and what the system understood. */
  messages: { gold: MerchantFacts; intent: Intent; understood: Understanding | null }[];
  latenciesMs: { ms: number; kind: 'dialogue' | 'closing' }[];
  transcript?: TranscriptLine[];
}

export const keyOf = (a: AssistantAction): string =>
  a.kind === 'request_evidence' ? formatEvidenceKind(a.evidence) : a.kind === 'ask_fact' ? `ask:${a.fact}` : a.kind;

/** Runs one persona's conversation against a backend: the persona answers whatever the assistant actually asked. */
export async function converse(persona: Persona, backend: DialogueBackend, keepTranscript: boolean): Promise<Conversation> {
  const random = prng(persona.seed);
  const transcript: TranscriptLine[] = [];
  const opened = await backend.open(persona);
  let current = opened.action;
  if (keepTranscript) transcript.push({ who: 'assistant', text: opened.text, action: keyOf(current) });

  const requested = new Set<string>();
  const provided = new Set<string>();
  const sent: { id: string; gold: MerchantFacts; intent: Intent }[] = [];
  const latenciesMs: Conversation['latenciesMs'] = [];
  let readyAtTurn: number | null = current.kind === 'invite_done' ? 0 : null;
  let turns = 0;
  let contradicted = false;
  let uploads = 0;
  let uploadsSkipped = 0;

  while (turns < MAX_TURNS) {
    turns += 1;
    const wanted = current.kind === 'request_evidence' ? current.evidence : null;
    if (wanted) requested.add(formatEvidenceKind(wanted));
    const wantsUpload =
      wanted !== null && persona.holds.has(formatEvidenceKind(wanted)) && (persona.style !== 'off_topic' || turns % 3 !== 0);
    if (wanted && wantsUpload && !backend.canUpload()) uploadsSkipped += 1;
    if (wanted && wantsUpload && backend.canUpload()) {
      uploads += 1;
      const answer = await backend.upload(wanted);
      if (answer.readable) provided.add(formatEvidenceKind(wanted));
      if (keepTranscript)
        transcript.push(
          { who: 'merchant', text: `[upload ${formatEvidenceKind(wanted)}: ${answer.readable ? 'readable' : 'unreadable'}]` },
          { who: 'assistant', text: answer.text, action: keyOf(answer.next) },
        );
      current = answer.next;
    } else {
      // Past the upload cap the merchant says they do not have it (a decline), so the dialogue moves on.
      const { utterance, intent } =
        wanted && wantsUpload
          ? { utterance: { text: pick(random, DECLINE_TEXT[persona.language]), gold: {} }, intent: 'decline' as const }
          : say(persona, current, random, turns, contradicted);
      if (persona.style === 'contradictory' && current.kind === 'ask_fact' && current.fact === 'monthlyRevenue') contradicted = true;
      const id = `m${sent.length + 1}`;
      sent.push({ id, gold: utterance.gold, intent });
      const answer = await backend.send(id, utterance.text, intent);
      latenciesMs.push({ ms: answer.latencyMs, kind: answer.closed ? 'closing' : 'dialogue' });
      if (keepTranscript)
        transcript.push({ who: 'merchant', text: utterance.text }, { who: 'assistant', text: answer.text, action: keyOf(answer.action) });
      if (answer.closed) break;
      current = answer.action;
    }
    if (current.kind === 'invite_done' && readyAtTurn === null) readyAtTurn = turns;
    if (current.kind === 'handoff_human') break;
  }
  const understood = await backend.understandings();
  return {
    persona: persona.id,
    style: persona.style,
    language: persona.language,
    industry: persona.industry,
    turns,
    readyAtTurn,
    requested: [...requested],
    provided: [...provided],
    uploads,
    uploadsSkipped,
    endedWithRequestedEvidence: [...requested].every((k) => provided.has(k)),
    messages: sent.map((m) => ({ gold: m.gold, intent: m.intent, understood: understood.get(m.id) ?? null })),
    latenciesMs,
    ...(keepTranscript ? { transcript } : {}),
  };
}

/** What the persona says to the assistant's current step, with the intent it means. */
function say(
  persona: Persona,
  current: AssistantAction,
  random: () => number,
  turn: number,
  contradicted: boolean,
): { utterance: Utterance; intent: Intent } {
  const lang = persona.language;
  if (current.kind === 'invite_done') return { utterance: { text: lang === 'zh' ? '好了' : 'done', gold: {} }, intent: 'done' };
  if (persona.style === 'off_topic' && turn % 3 === 0) {
    return random() < 0.5
      ? { utterance: { text: pick(random, OFF_TOPIC_TEXT[lang]), gold: {} }, intent: 'off_topic' }
      : { utterance: { text: pick(random, QUESTION_TEXT[lang]), gold: {} }, intent: 'ask_question' };
  }
  if (persona.style === 'contradictory' && contradicted && turn % 4 === 0) {
    // Corrects the revenue given earlier.
    const wan = Math.round((persona.truth.monthlyRevenue ?? 100_000) / 10_000);
    return {
      utterance: {
        text: lang === 'zh' ? `不对，月流水应该是${wan}万` : `sorry, I mean monthly revenue is ${wan * 10}k`,
        gold: { monthlyRevenue: wan * 10_000 },
      },
      intent: 'provide_info',
    };
  }
  if (current.kind === 'request_evidence') return { utterance: { text: pick(random, DECLINE_TEXT[lang]), gold: {} }, intent: 'decline' };
  if (current.kind !== 'ask_fact') return { utterance: { text: lang === 'zh' ? '好的' : 'ok', gold: {} }, intent: 'greeting' };
  const fact = current.fact;
  if ((persona.style === 'evasive' && fact === 'monthlyRevenue') || (persona.style === 'vague' && random() < 0.4)) {
    return { utterance: { text: pick(random, DECLINE_TEXT[lang]), gold: {} }, intent: 'decline' };
  }
  if (persona.style === 'terse') {
    const bare = terseText(fact, persona.truth, lang);
    if (bare) return { utterance: bare, intent: 'provide_info' };
  }
  let truth = persona.truth;
  if (persona.style === 'contradictory' && fact === 'monthlyRevenue' && !contradicted)
    truth = { ...truth, monthlyRevenue: Math.round((truth.monthlyRevenue ?? 100_000) * 0.6) };
  const main = factText(random, fact, truth, lang, persona.style === 'vague', REF_YEAR);
  if (persona.style === 'chatty' && fact !== 'monthlyRevenue') {
    const extra = factText(random, 'monthlyRevenue', truth, lang, false, REF_YEAR);
    return {
      utterance: { text: `${main.text}${lang === 'zh' ? '，' : ', and '}${extra.text}`, gold: { ...main.gold, ...extra.gold } },
      intent: 'provide_info',
    };
  }
  return { utterance: main, intent: 'provide_info' };
}

/** What the persona answers to a proposal of an irreversible step: yes when it is what they meant, else no. */
export function answerToProposal(action: AssistantAction, meant: Intent, language: 'zh' | 'en'): string | null {
  if (action.kind !== 'propose') return null;
  const wanted =
    (action.proposal === 'submit' && meant === 'done') || (action.proposal === 'withdraw_consent' && meant === 'withdraw_consent');
  if (!wanted) return language === 'zh' ? '不用了' : 'no, thanks';
  if (action.proposal === 'submit') return language === 'zh' ? '确认提交' : 'yes, submit';
  return language === 'zh' ? '确认撤回' : 'yes, withdraw';
}
