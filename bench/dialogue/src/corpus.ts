// The independent corpus (bench/dialogue/corpus, written by someone who never read libs/dialogue):
// single messages with intent and fact labels, a safety suite of messages that must never lead to an
// irreversible step, and replies to confirmation questions. Scored per split: `dev` may be looked at
// and tuned against; `heldout` is reported as figures only, never item by item.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classifyAnswer, understand } from '@uplift/dialogue';
import { initialCaseState, type CaseState, type Intent, type Language, type MerchantFacts, type ProposalKind } from '@uplift/domain';

export type Split = 'dev' | 'heldout';
/** The first corpus; a second, third, fourth, fifth, sixth, seventh, eighth, ninth and tenth, each written later by another author, sit in its folders of those names. */
export const CORPUS_DIR = join(__dirname, '..', 'corpus');
/** The day the corpus's relative facts ("since 2018", 去年) are counted from, as its README says. */
const CORPUS_TODAY = '2026-06-15T00:00:00.000Z';

interface MessageRecord {
  id: string;
  text: string;
  lang: Language;
  intent: Intent;
  facts: MerchantFacts;
  style: string;
  split: Split;
}
interface SafetyRecord extends MessageRecord {
  forbidden: Intent[];
  near: string;
  trap: string;
}
interface ConfirmationRecord {
  id: string;
  proposal: ProposalKind;
  lang: Language;
  assistant: string;
  text: string;
  label: 'yes' | 'no' | 'unclear';
  split: Split;
}

/** A confirmation question that asks for exact words (quoted) wants a reply that names the step, as the engine's do. */
const asksForWords = (prompt: string) => /[“"「『][^”"」』]{2,}[”"」』]/.test(prompt);

function load<T>(dir: string, file: string): T[] {
  const path = join(dir, file);
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as T);
}

function stateFor(language: Language): CaseState {
  return { ...initialCaseState('corpus'), language, openedAt: CORPUS_TODAY, updatedAt: CORPUS_TODAY };
}

/** One scored message: what was expected and what the rules made of it. */
export interface Scored {
  id: string;
  text: string;
  intent: Intent;
  predicted: Intent;
  gold: MerchantFacts;
  facts: MerchantFacts;
}

interface Tally {
  tp: number;
  fp: number;
  fn: number;
}
const round = (x: number) => Number(x.toFixed(3));
const f1 = (t: Tally) => {
  const p = t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp);
  const r = t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
};
/** A numeric fact matches within 2% (counts exactly), as in the scripted benchmark; the ±10% figure is separate. */
const matches = (g: unknown, p: unknown, tolerance: number) =>
  typeof g === 'number' && typeof p === 'number' ? Math.abs(g - p) <= Math.max(0.5, Math.abs(g) * tolerance) : g !== undefined && g === p;

export function scoreMessages(records: readonly MessageRecord[]) {
  const scored: Scored[] = records.map((r) => {
    const understood = understand(r.text, stateFor(r.lang));
    return { id: r.id, text: r.text, intent: r.intent, predicted: understood.intent, gold: r.facts, facts: understood.facts };
  });
  const perSlot: Record<string, Tally> = {};
  let within10 = 0;
  let numericGold = 0;
  for (const s of scored) {
    for (const key of new Set([...Object.keys(s.gold), ...Object.keys(s.facts)])) {
      const g = (s.gold as Record<string, unknown>)[key];
      const p = (s.facts as Record<string, unknown>)[key];
      const t = (perSlot[key] ??= { tp: 0, fp: 0, fn: 0 });
      if (matches(g, p, 0.02)) t.tp += 1;
      else {
        if (p !== undefined) t.fp += 1;
        if (g !== undefined) t.fn += 1;
      }
      if (typeof g === 'number') {
        numericGold += 1;
        if (matches(g, p, 0.1)) within10 += 1;
      }
    }
  }
  const total = Object.values(perSlot).reduce((a, t) => ({ tp: a.tp + t.tp, fp: a.fp + t.fp, fn: a.fn + t.fn }), { tp: 0, fp: 0, fn: 0 });
  const perIntent: Record<string, { n: number; correct: number }> = {};
  for (const s of scored) {
    const t = (perIntent[s.intent] ??= { n: 0, correct: 0 });
    t.n += 1;
    if (s.predicted === s.intent) t.correct += 1;
  }
  return {
    figures: {
      messages: scored.length,
      intentAccuracy: round(scored.filter((s) => s.predicted === s.intent).length / Math.max(1, scored.length)),
      slotF1: round(f1(total)),
      numbersWithin10Percent: round(within10 / Math.max(1, numericGold)),
      perSlotF1: Object.fromEntries(Object.entries(perSlot).map(([k, t]) => [k, round(f1(t))])),
      perIntentAccuracy: Object.fromEntries(Object.entries(perIntent).map(([k, t]) => [k, round(t.correct / t.n)])),
    },
    scored,
  };
}

/** The proposal an irreversible intent leads to (the step happens only when a reply confirms it). */
const PROPOSAL_FOR: Partial<Record<Intent, ProposalKind>> = { done: 'submit', withdraw_consent: 'withdraw_consent' };

/**
 * Safety, measured twice: how many messages would make the assistant *propose* an irreversible step
 * (harmless on its own: a proposal is a question), and how many would *carry it out*, i.e. be read as
 * a "yes" if they arrived while that very step was awaiting confirmation (the worst moment).
 */
export function scoreSafety(records: readonly SafetyRecord[]) {
  const scored = records.map((r) => ({ ...r, predicted: understand(r.text, stateFor(r.lang)).intent }));
  const proposing = scored.filter((s) => s.forbidden.includes(s.predicted));
  const carrying = scored.filter((s) =>
    s.forbidden.some((intent) => {
      const proposal = PROPOSAL_FOR[intent];
      return proposal !== undefined && classifyAnswer(s.text, proposal) === 'yes';
    }),
  );
  const byTrap: Record<string, number> = {};
  for (const s of proposing) byTrap[s.trap] = (byTrap[s.trap] ?? 0) + 1;
  return {
    figures: {
      messages: scored.length,
      wouldPropose: proposing.length,
      wouldProposeByTrap: byTrap,
      irreversibleWithoutConfirmation: carrying.length,
    },
    proposing,
    carrying,
  };
}

/** Confirmation replies: a false "yes" would carry out an erasure or a decision the merchant did not agree to. */
export function scoreConfirmations(records: readonly ConfirmationRecord[]) {
  const scored = records.map((r) => ({
    ...r,
    predicted: classifyAnswer(r.text, r.proposal, asksForWords(r.assistant) ? 'named' : 'plain') ?? 'unclear',
  }));
  const falseYes = scored.filter((s) => s.predicted === 'yes' && s.label !== 'yes');
  // The engine always asks for the exact words, so what it would do is the named reading of every reply.
  const falseYesAsEngine = records.filter((r) => r.label !== 'yes' && classifyAnswer(r.text, r.proposal) === 'yes').length;
  return {
    figures: {
      replies: scored.length,
      accuracy: round(scored.filter((s) => s.predicted === s.label).length / Math.max(1, scored.length)),
      falseYes: falseYes.length,
      falseYesAsEngine,
      yesRecall: round(
        scored.filter((s) => s.label === 'yes' && s.predicted === 'yes').length /
          Math.max(1, scored.filter((s) => s.label === 'yes').length),
      ),
      noRecall: round(
        scored.filter((s) => s.label === 'no' && s.predicted === 'no').length / Math.max(1, scored.filter((s) => s.label === 'no').length),
      ),
    },
    scored,
    falseYes,
  };
}

/** Every part of a corpus, scored on one split. */
export function evaluateCorpus(split: Split, dir: string = CORPUS_DIR) {
  const pick = <T extends { split: Split }>(rows: T[]) => rows.filter((r) => r.split === split);
  return {
    messages: scoreMessages(pick(load<MessageRecord>(dir, 'messages.jsonl'))),
    safety: scoreSafety(pick(load<SafetyRecord>(dir, 'safety.jsonl'))),
    confirmations: scoreConfirmations(pick(load<ConfirmationRecord>(dir, 'confirmations.jsonl'))),
  };
}

/** Figures only (no items), for both splits of every corpus present: what the benchmark reports. */
export function corpusFigures() {
  const corpora = {
    first: CORPUS_DIR,
    second: join(CORPUS_DIR, 'second'),
    third: join(CORPUS_DIR, 'third'),
    fourth: join(CORPUS_DIR, 'fourth'),
    // Written blind after rules-2.6.0; its dev half was tuned on (rules-2.7.0, intent-lr-2), its held-out half never.
    fifth: join(CORPUS_DIR, 'fifth'),
    // Written blind after rules-2.7.0+intent-lr-2 and measured untouched first (both halves); its dev half was then
    // tuned on (rules-2.8.0, intent-lr-3), its held-out half never.
    sixth: join(CORPUS_DIR, 'sixth'),
    // Written blind after rules-2.8.0+intent-lr-3 and measured untouched first (both halves, ADR 0018 rules-2.9.0 addendum);
    // its dev half was then tuned on, its held-out half never.
    seventh: join(CORPUS_DIR, 'seventh'),
    // Written blind after rules-2.9.0+intent-lr-4 and measured untouched first (both halves); its dev half was then tuned on
    // (rules-2.9.2), its held-out half never.
    eighth: join(CORPUS_DIR, 'eighth'),
    // Written blind after rules-2.9.2+intent-lr-4 and measured untouched first (both halves, on rules-2.9.2 and on rules-2.9.3,
    // which was tuned on the eighth's dev half only); its dev half was then tuned on, its held-out half never.
    ninth: join(CORPUS_DIR, 'ninth'),
    // Written blind after rules-2.9.4+intent-lr-4 and measured untouched first (both halves); its dev half was then tuned on
    // (rules-2.9.5), its held-out half never.
    tenth: join(CORPUS_DIR, 'tenth'),
  };
  const figures = (split: Split, dir: string) => {
    const r = evaluateCorpus(split, dir);
    return { messages: r.messages.figures, safety: r.safety.figures, confirmations: r.confirmations.figures };
  };
  return Object.fromEntries(
    Object.entries(corpora)
      .filter(([, dir]) => existsSync(join(dir, 'messages.jsonl')))
      .map(([name, dir]) => [name, { dev: figures('dev', dir), heldout: figures('heldout', dir) }]),
  );
}
