import type { Intent, MerchantFacts } from '@uplift/domain';
import { canonicalText } from './canonical';
import { ABOUT_TERMS, WHY_OR_HOW_KEPT } from './cues-requests';
import { CORE_REQUEST } from './cues-topics';
import { intentFeatures } from './intent-features';
import modelData from './intent-adviser-model.json';

// A learned intent adviser beside the rules (docs/adr/0035): a multinomial logistic regression over
// character and word n-grams, trained on the corpora's dev halves by bench/dialogue/src/adviser and
// shipped as data. It only ever advises where the rules are weakest, and the rules keep the guard:
// it never yields, nor overrides, an irreversible intent (withdraw consent, done), so nothing it says
// can lead to an erasure or a decision, or even to the proposal of one.

/** A multinomial logistic regression over intentFeatures, as shipped in a JSON data file. */
export interface IntentAdviserModel {
  version: string;
  labels: Intent[];
  /** Weights are stored as integers; the real weight is the stored one divided by scale. */
  scale: number;
  bias: number[];
  weights: Record<string, number[]>;
  training?: Record<string, unknown>;
}

/** The adviser's reading of a message: a probability per intent, summing to 1. */
export type IntentScores = Partial<Record<Intent, number>>;

/** The shipped adviser, loaded once with the module. */
export const INTENT_ADVISER: IntentAdviserModel = modelData as unknown as IntentAdviserModel;

/** Least probability the adviser needs to replace the rules' reading (chosen on dev data, ADR 0035). */
export const ADVICE_THRESHOLD = 0.6;

const IRREVERSIBLE: ReadonlySet<Intent> = new Set<Intent>(['done', 'withdraw_consent']);
/**
 * Never named by the adviser alone: the irreversible steps, and a refusal, which marks the pending
 * request declined so the assistant stops asking for it ("这些没有问题" is no refusal, though 没有 is
 * the adviser's strongest sign of one). These need the rules' own cues.
 */
const RULES_ONLY: ReadonlySet<Intent> = new Set<Intent>([...IRREVERSIBLE, 'decline']);
/** What a message the rules read as a question may become: a question of a particular kind, never a statement. */
const QUESTION_KINDS: ReadonlySet<Intent> = new Set<Intent>(['ask_question', 'ask_what_to_upload', 'ask_human', 'off_topic']);

/** Probabilities of every label of `model` for one canonical text. */
export function scoreIntents(canonical: string, model: IntentAdviserModel = INTENT_ADVISER): IntentScores {
  const logits = model.bias.slice();
  for (const feature of intentFeatures(canonical)) {
    const row = model.weights[feature];
    if (!row) continue;
    for (let i = 0; i < logits.length; i++) logits[i] = (logits[i] ?? 0) + (row[i] ?? 0);
  }
  const top = Math.max(...logits);
  const exp = logits.map((l) => Math.exp((l - top) / model.scale));
  const sum = exp.reduce((a, e) => a + e, 0);
  const scores: IntentScores = {};
  model.labels.forEach((label, i) => (scores[label] = (exp[i] ?? 0) / sum));
  return scores;
}

/**
 * Readings the rules fall back to or cannot tell apart: a statement with no facts (their default), and
 * a question of no particular kind (which stays a question: documents, a person, off topic). Off topic stays theirs: it comes from explicit cues, and the
 * adviser's few dev examples of a class that is "everything else" made it overrule them wrongly.
 */
function adviceWanted(rules: Intent, facts: MerchantFacts): boolean {
  return rules === 'ask_question' || (rules === 'provide_info' && Object.keys(facts).length === 0);
}

/**
 * The intent of a normalised message (see normaliseText), from the rules' reading and the adviser's:
 * the adviser's most likely reversible intent replaces the rules' one only where adviceWanted, when
 * it is at least ADVICE_THRESHOLD likely and the adviser's overall favourite is not irreversible.
 */
export function adviseIntent(rules: Intent, facts: MerchantFacts, normalised: string, model: IntentAdviserModel = INTENT_ADVISER): Intent {
  if (IRREVERSIBLE.has(rules) || !adviceWanted(rules, facts)) return rules;
  const canonical = canonicalText(normalised);
  const scores = scoreIntents(canonical, model);
  // Why a document is needed, how it is kept, or what the credit costs is a question about the request, not about what to send.
  const why = WHY_OR_HOW_KEPT.test(canonical) || ABOUT_TERMS.test(canonical);
  // A question that names the request itself (approval, limit, documents) is never off topic, whatever the adviser learned.
  const aboutRequest = CORE_REQUEST.test(canonical);
  let best: Intent = rules;
  let bestP = -1;
  let topP = -1;
  let topIrreversible = false;
  for (const label of model.labels) {
    const p = scores[label] ?? 0;
    if (p > topP) [topP, topIrreversible] = [p, IRREVERSIBLE.has(label)];
    const allowed =
      !RULES_ONLY.has(label) &&
      (rules !== 'ask_question' || QUESTION_KINDS.has(label)) &&
      !(why && label === 'ask_what_to_upload') &&
      !(aboutRequest && label === 'off_topic');
    if (allowed && p > bestP) [best, bestP] = [label, p];
  }
  return !topIrreversible && bestP >= ADVICE_THRESHOLD ? best : rules;
}
