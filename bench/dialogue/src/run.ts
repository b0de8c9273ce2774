import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  DIALOGUE_KB_VERSION,
  DIALOGUE_POLICY_VERSION,
  UNDERSTANDING_VERSION,
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
  formatEvidenceKind,
  initialCaseState,
  type AssistantAction,
  type CaseCommand,
  type CaseState,
  type EvidenceAssessment,
  type Intent,
  type MerchantFacts,
} from '@uplift/domain';
import { personas, STYLES, type Persona } from './personas';
import { DECLINE_TEXT, OFF_TOPIC_TEXT, QUESTION_TEXT, factText, terseText, type Utterance } from './phrasing';
import { pick, prng } from './random';

const MAX_TURNS = 20;
const START = Date.parse('2026-03-15T08:00:00.000Z');
const REF_YEAR = 2026;

/**
 * 'current': exactly what the workflow records today. 'proposed': plus the state change asked of the
 * lead in ADR 0010 (CaseState.declined fed by Understanding.declines; evidence feedback carries `next`).
 */
type Mode = 'current' | 'proposed';

/** Folds commands exactly as the workflow's CaseTransaction does (decide, then evolve each event). */
class Case {
  state: CaseState = initialCaseState('bench');
  private clock = START;
  constructor(private readonly mode: Mode) {}
  apply(command: CaseCommand): void {
    this.clock += 60_000;
    for (const event of decide(command, this.state, { now: new Date(this.clock).toISOString() })) {
      this.state = evolve(this.state, event);
      const declines = event.type === 'MerchantMessageReceived' ? (event.data.understanding).declines : undefined;
      if (this.mode === 'proposed' && declines) {
        const declined = (this.state as { declined?: AssistantAction[] }).declined ?? [];
        this.state = { ...this.state, declined: [...declined, declines] };
      }
    }
  }
}

const readable = (format: EvidenceAssessment['format']): EvidenceAssessment => ({
  verdict: 'readable', problems: [], format, width: 1600, height: 1200, pages: null, sharpness: 0.8, brightness: 0.5, textCharacters: null, methodVersion: 'bench',
});
const blurry: EvidenceAssessment = { ...readable('jpeg'), verdict: 'unreadable', problems: ['BLURRY'] };

interface SlotTally { tp: number; fp: number; fn: number }
interface Conversation {
  persona: string;
  style: string;
  language: string;
  industry: string;
  turns: number;
  readyAtTurn: number | null;
  requested: string[];
  provided: string[];
  endedWithRequestedEvidence: boolean;
  transcript?: { who: 'merchant' | 'assistant'; text: string; action?: string; intent?: Intent }[];
}

const tallies: Record<string, SlotTally> = {};
const intentTally = { correct: 0, total: 0 };
const latenciesMs: number[] = [];

function score(gold: MerchantFacts, predicted: MerchantFacts): void {
  const keys = new Set([...Object.keys(gold), ...Object.keys(predicted)]);
  for (const key of keys) {
    const t = (tallies[key] ??= { tp: 0, fp: 0, fn: 0 });
    const g = (gold as Record<string, unknown>)[key];
    const p = (predicted as Record<string, unknown>)[key];
    const match = g !== undefined && p !== undefined && (typeof g === 'number' && typeof p === 'number' ? Math.abs(g - p) <= Math.max(0.5, Math.abs(g) * 0.02) : g === p);
    if (match) t.tp += 1;
    else {
      if (p !== undefined) t.fp += 1;
      if (g !== undefined) t.fn += 1;
    }
  }
}

const keyOf = (a: AssistantAction) => (a.kind === 'request_evidence' ? formatEvidenceKind(a.evidence) : a.kind === 'ask_fact' ? `ask:${a.fact}` : a.kind);

function run(persona: Persona, keepTranscript: boolean, mode: Mode): Conversation {
  const random = prng(persona.seed);
  const c = new Case(mode);
  const transcript: NonNullable<Conversation['transcript']> = [];
  c.apply({ type: 'OpenCase', caseId: persona.id, channel: 'bench', merchantRef: persona.id, currentLimit: 100_000, requestedLimit: 300_000, industry: persona.industryAtOpen ? persona.industry : null, language: persona.language });
  let current = nextAction(c.state, null);
  const greeting = `${renderAction({ kind: 'greet' }, c.state, persona.language)} ${renderAction(current, c.state, persona.language)}`;
  c.apply({ type: 'RecordAssistantReply', inReplyTo: null, action: current, text: greeting, language: persona.language, policyVersion: DIALOGUE_POLICY_VERSION, knowledgeVersion: DIALOGUE_KB_VERSION });
  if (keepTranscript) transcript.push({ who: 'assistant', text: greeting, action: keyOf(current) });

  const requested = new Set<string>();
  const provided = new Set<string>();
  let readyAtTurn: number | null = current.kind === 'invite_done' ? 0 : null;
  let turns = 0;
  let contradicted = false;
  let uploads = 0;
  let messageId = 0;

  while (turns < MAX_TURNS && c.state.status === 'collecting') {
    turns += 1;
    if (current.kind === 'request_evidence') requested.add(formatEvidenceKind(current.evidence));
    const wantsUpload = current.kind === 'request_evidence' && persona.holds.has(formatEvidenceKind(current.evidence)) && (persona.style !== 'off_topic' || turns % 3 !== 0);
    if (current.kind === 'request_evidence' && wantsUpload) {
      // The merchant uploads: the workflow records it, assesses it, and replies with feedback + the next step.
      const evidence = current.evidence;
      const evidenceId = `e${(uploads += 1)}`;
      c.apply({ type: 'SubmitEvidence', evidenceId, declared: evidence, mediaType: 'image/jpeg', sizeBytes: 200_000, sha256: evidenceId.padEnd(64, '0') });
      const assessment = random() < 0.1 ? blurry : readable('jpeg');
      const started = process.hrtime.bigint();
      c.apply({ type: 'RecordAssessment', evidenceId, assessment });
      const feedback = renderEvidenceFeedback(evidence, assessment, c.state.language);
      const next = nextAction(c.state, null);
      const text = `${feedback}${c.state.language === 'zh' ? '' : ' '}${renderAction(next, c.state, c.state.language)}`.trim();
      latenciesMs.push(Number(process.hrtime.bigint() - started) / 1e6);
      const feedbackAction = (mode === 'proposed' ? { kind: 'evidence_feedback', evidenceId, next } : { kind: 'evidence_feedback', evidenceId }) as AssistantAction;
      c.apply({ type: 'RecordAssistantReply', inReplyTo: null, action: feedbackAction, text, language: c.state.language, policyVersion: DIALOGUE_POLICY_VERSION, knowledgeVersion: DIALOGUE_KB_VERSION });
      if (assessment.verdict === 'readable') provided.add(formatEvidenceKind(evidence));
      if (keepTranscript) transcript.push({ who: 'merchant', text: `[upload ${formatEvidenceKind(evidence)}: ${assessment.verdict}]` }, { who: 'assistant', text, action: keyOf(next) });
      current = next;
    } else {
      const { utterance, intent } = say(persona, current, random, turns, contradicted);
      if (persona.style === 'contradictory' && current.kind === 'ask_fact' && current.fact === 'monthlyRevenue') contradicted = true;
      const started = process.hrtime.bigint();
      const understanding = understand(utterance.text, c.state);
      const id = `m${(messageId += 1)}`;
      c.apply({ type: 'RecordMerchantMessage', messageId: id, text: utterance.text, understanding });
      score(utterance.gold, understanding.facts);
      intentTally.total += 1;
      if (understanding.intent === intent) intentTally.correct += 1;
      if (understanding.intent === 'done') {
        latenciesMs.push(Number(process.hrtime.bigint() - started) / 1e6);
        if (keepTranscript) transcript.push({ who: 'merchant', text: utterance.text, intent: understanding.intent });
        break;
      }
      const action = nextAction(c.state, understanding.intent);
      const text = renderTurnReply(action, c.state, understanding.facts, understanding.language, { intent: understanding.intent, text: utterance.text });
      latenciesMs.push(Number(process.hrtime.bigint() - started) / 1e6);
      c.apply({ type: 'RecordAssistantReply', inReplyTo: id, action, text, language: understanding.language, policyVersion: DIALOGUE_POLICY_VERSION, knowledgeVersion: DIALOGUE_KB_VERSION });
      if (keepTranscript) transcript.push({ who: 'merchant', text: utterance.text, intent: understanding.intent }, { who: 'assistant', text, action: keyOf(action) });
      current = action;
    }
    if (current.kind === 'invite_done' && readyAtTurn === null) readyAtTurn = turns;
    if (current.kind === 'handoff_human') break;
    // Sanity: what the workflow would treat as the question on the table is what the merchant sees.
    if (current.kind !== 'invite_done' && pendingAsk(c.state) && keyOf(pendingAsk(c.state) as AssistantAction) !== keyOf(current)) {
      throw new Error(`pending ask mismatch in ${persona.id}`);
    }
  }
  const endedWithRequestedEvidence = [...requested].every((k) => provided.has(k));
  return {
    persona: persona.id, style: persona.style, language: persona.language, industry: persona.industry, turns, readyAtTurn,
    requested: [...requested], provided: [...provided], endedWithRequestedEvidence,
    ...(keepTranscript ? { transcript } : {}),
  };
}

/** What the persona says to the assistant's current step, with the intent it means. */
function say(persona: Persona, current: AssistantAction, random: () => number, turn: number, contradicted: boolean): { utterance: Utterance; intent: Intent } {
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
    return { utterance: { text: lang === 'zh' ? `不对，月流水应该是${wan}万` : `sorry, I mean monthly revenue is ${wan * 10}k`, gold: { monthlyRevenue: wan * 10_000 } }, intent: 'provide_info' };
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
  if (persona.style === 'contradictory' && fact === 'monthlyRevenue' && !contradicted) truth = { ...truth, monthlyRevenue: Math.round((truth.monthlyRevenue ?? 100_000) * 0.6) };
  const main = factText(random, fact, truth, lang, persona.style === 'vague', REF_YEAR);
  if (persona.style === 'chatty' && fact !== 'monthlyRevenue') {
    const extra = factText(random, 'monthlyRevenue', truth, lang, false, REF_YEAR);
    return { utterance: { text: `${main.text}${lang === 'zh' ? '，' : ', and '}${extra.text}`, gold: { ...main.gold, ...extra.gold } }, intent: 'provide_info' };
  }
  return { utterance: main, intent: 'provide_info' };
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
};
const f1 = (t: SlotTally) => {
  const precision = t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp);
  const recall = t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn);
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall), ...t };
};
const round = (x: number, digits = 3) => Number(x.toFixed(digits));

function evaluate(mode: Mode) {
  for (const key of Object.keys(tallies)) delete tallies[key];
  intentTally.correct = 0;
  intentTally.total = 0;
  latenciesMs.length = 0;
  const all = personas();
  const conversations = all.map((p, i) => run(p, i % 37 === 0, mode));
  const total = Object.values(tallies).reduce((a, t) => ({ tp: a.tp + t.tp, fp: a.fp + t.fp, fn: a.fn + t.fn }), { tp: 0, fp: 0, fn: 0 });
  const ready = conversations.filter((c) => c.readyAtTurn !== null);
  const byStyle = Object.fromEntries(
    STYLES.map((style) => {
      const group = conversations.filter((c) => c.style === style);
      const readyGroup = group.filter((c) => c.readyAtTurn !== null);
      return [style, {
        conversations: group.length,
        meanTurnsToReady: round(group.reduce((a, c) => a + (c.readyAtTurn ?? c.turns), 0) / group.length, 2),
        readyShare: round(readyGroup.length / group.length),
        endedWithRequestedEvidence: round(group.filter((c) => c.endedWithRequestedEvidence).length / group.length),
      }];
    }),
  );
  const requests = conversations.reduce((a, c) => a + c.requested.length, 0);
  const satisfied = conversations.reduce((a, c) => a + c.requested.filter((k) => c.provided.includes(k)).length, 0);
  return {
    mode,
    conversations: conversations.length,
    slots: { micro: mapRound(f1(total)), perSlot: Object.fromEntries(Object.entries(tallies).map(([k, t]) => [k, mapRound(f1(t))])) },
    intentAccuracy: round(intentTally.correct / intentTally.total),
    turnsToReady: {
      mean: round(conversations.reduce((a, c) => a + (c.readyAtTurn ?? c.turns), 0) / conversations.length, 2),
      meanWhenReached: round(ready.reduce((a, c) => a + (c.readyAtTurn ?? 0), 0) / Math.max(1, ready.length), 2),
      readyShare: round(ready.length / conversations.length),
      max: Math.max(...conversations.map((c) => c.readyAtTurn ?? c.turns)),
    },
    evidence: {
      endedWithRequestedEvidenceShare: round(conversations.filter((c) => c.endedWithRequestedEvidence).length / conversations.length),
      requestsSatisfiedShare: round(satisfied / Math.max(1, requests)),
      requestsPerConversation: round(requests / conversations.length, 2),
    },
    latencyMs: { p50: round(percentile(latenciesMs, 50), 4), p99: round(percentile(latenciesMs, 99), 4), samples: latenciesMs.length },
    byStyle,
    sampleTranscripts: conversations.filter((c) => c.transcript).map((c) => ({ persona: c.persona, transcript: c.transcript })),
  };
}

function main(): void {
  const current = evaluate('current');
  const proposed = evaluate('proposed');
  const result = {
    generatedBy: 'npm run bench:dialogue',
    versions: { understanding: UNDERSTANDING_VERSION, policy: DIALOGUE_POLICY_VERSION, knowledgeBase: DIALOGUE_KB_VERSION },
    definitions: {
      turn: 'one merchant interaction: a message, or an upload answered with evidence feedback',
      readyToDecide: 'the first turn after which the policy chooses invite_done (it does so when revenue is known and sd(ln limit) <= readySd, or when no step has positive expected value); conversations that never get there count their full length',
      endedWithRequestedEvidence: 'every evidence kind the policy asked for was held, readable, at the end (declined requests count against)',
      slotMatch: 'same slot and value within 2% (counts exact), scored per merchant message against the facts the scripted text states',
      latency: 'understand + nextAction + render, or assessment feedback + nextAction + render, in-process (no API, no Temporal)',
    },
    modes: 'current = state exactly as the workflow records it today; proposed = with the declined-asks state change requested in ADR 0010',
    current,
    proposed,
  };
  const dir = join(__dirname, '..', '..', 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'dialogue.json'), `${JSON.stringify(result, null, 2)}\n`);
  for (const r of [current, proposed]) {
    const { sampleTranscripts: _omit, perSlotOmit: _p, ...summary } = { ...r, perSlotOmit: null };
    console.log(JSON.stringify(summary, null, 2));
    console.log(`${r.slots.micro.f1 >= 0.9 ? 'PASS' : 'MISS'} [${r.mode}] slot F1 ${r.slots.micro.f1} (goal >= 0.9)`);
    console.log(`${r.turnsToReady.mean <= 8 ? 'PASS' : 'MISS'} [${r.mode}] mean turns to ready ${r.turnsToReady.mean} (goal <= 8)`);
  }
}

function mapRound<T extends Record<string, number>>(o: T): T {
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, round(v)])) as T;
}

main();
