// Ways of combining the rules' intent with the adviser's probabilities, compared on dev data.
// Every one keeps the rules' guard: the adviser never yields an irreversible intent, and never
// overrides the rules when they found one.
import type { Intent, MerchantFacts } from '@uplift/domain';

const IRREVERSIBLE: readonly Intent[] = ['done', 'withdraw_consent'];

export interface Policy {
  name: string;
  /** Rules' intents the adviser may replace (with or without facts stated). */
  replaces: (rules: Intent, facts: MerchantFacts) => boolean;
  /** Least probability of the adviser's best reversible intent to replace the rules'. */
  threshold: number;
  /** Also required: the adviser's probability of the rules' own intent is below this. */
  rulesBelow: number;
  /** Leave the rules' answer alone when the adviser's most likely intent is irreversible. */
  respectIrreversibleTop: boolean;
  modelOnly?: boolean;
  /** When the rules read a question, the adviser may only name a kind of question (documents, a person, off topic). */
  questionsStayQuestions?: boolean;
}

const QUESTION_KINDS: readonly Intent[] = ['ask_question', 'ask_what_to_upload', 'ask_human', 'off_topic'];

const noFacts = (f: MerchantFacts) => Object.keys(f).length === 0;
const base: Omit<Policy, 'name' | 'replaces'> = { threshold: 0, rulesBelow: 1, respectIrreversibleTop: true };

export const POLICIES: Policy[] = [
  { name: 'rules', replaces: () => false, ...base },
  { name: 'model alone (reversible argmax)', replaces: () => true, ...base, respectIrreversibleTop: false, modelOnly: true },
  ...[0.5, 0.6, 0.7, 0.8].map((t) => ({
    name: `fallback(off_topic|bare info) ≥${t}`,
    replaces: (r: Intent, f: MerchantFacts) => r === 'off_topic' || (r === 'provide_info' && noFacts(f)),
    ...base,
    threshold: t,
  })),
  ...[0.6, 0.7, 0.8, 0.9].map((t) => ({
    name: `any reversible ≥${t}, rules<0.2`,
    replaces: (r: Intent) => !IRREVERSIBLE.includes(r),
    ...base,
    threshold: t,
    rulesBelow: 0.2,
  })),
  ...[0.5, 0.6, 0.7, 0.8].map((t) => ({
    name: `fallback + question refined ≥${t}`,
    replaces: (r: Intent, f: MerchantFacts) => r === 'off_topic' || r === 'ask_question' || (r === 'provide_info' && noFacts(f)),
    ...base,
    threshold: t,
  })),
  ...[0.5, 0.6, 0.7].map((t) => ({
    name: `bare info + questions ≥${t}`,
    replaces: (r: Intent, f: MerchantFacts) => r === 'ask_question' || (r === 'provide_info' && noFacts(f)),
    ...base,
    threshold: t,
  })),
  ...[0.5, 0.6, 0.7].map((t) => ({
    name: `bare info + question kinds ≥${t}`,
    replaces: (r: Intent, f: MerchantFacts) => r === 'ask_question' || (r === 'provide_info' && noFacts(f)),
    ...base,
    threshold: t,
    questionsStayQuestions: true,
  })),
  ...[0.5, 0.6, 0.7].map((t) => ({
    name: `fallback + question kinds ≥${t}`,
    replaces: (r: Intent, f: MerchantFacts) => r === 'off_topic' || r === 'ask_question' || (r === 'provide_info' && noFacts(f)),
    ...base,
    threshold: t,
    questionsStayQuestions: true,
  })),
  ...[0.6, 0.7, 0.8].map((t) => ({
    name: `no-facts reversible ≥${t}, rules<0.2`,
    replaces: (r: Intent, f: MerchantFacts) => !IRREVERSIBLE.includes(r) && noFacts(f),
    ...base,
    threshold: t,
    rulesBelow: 0.2,
  })),
];

/** The intent a policy gives, from the rules' intent and facts and the adviser's probabilities over `labels`. */
export function combine(policy: Policy, rules: Intent, facts: MerchantFacts, probs: readonly number[], labels: readonly Intent[]): Intent {
  if (IRREVERSIBLE.includes(rules) && !policy.modelOnly) return rules;
  if (!policy.replaces(rules, facts)) return rules;
  let best: Intent | null = null;
  let bestP = -1;
  let top: Intent | null = null;
  let topP = -1;
  labels.forEach((label, i) => {
    const p = probs[i] ?? 0;
    if (p > topP) [top, topP] = [label, p];
    const allowed =
      !IRREVERSIBLE.includes(label) && (!policy.questionsStayQuestions || rules !== 'ask_question' || QUESTION_KINDS.includes(label));
    if (allowed && p > bestP) [best, bestP] = [label, p];
  });
  if (policy.modelOnly) return best ?? rules;
  if (policy.respectIrreversibleTop && top !== null && IRREVERSIBLE.includes(top)) return rules;
  const rulesP = probs[labels.indexOf(rules)] ?? 0;
  return best !== null && bestP >= policy.threshold && rulesP < policy.rulesBelow ? best : rules;
}
