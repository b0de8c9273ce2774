import {
  formatEvidenceKind,
  type AssistantAction,
  type CaseState,
  type EvidenceKind,
  type FactName,
  type Intent,
  complianceProbability,
  evidenceKnowledge,
  industryKnowledge,
} from '@uplift/domain';
import { beliefOf, expectedSdOnceIndustryKnown, varianceOf, type Belief } from './estimate';

/** Version of the next-action policy; recorded with every reply. */
export const DIALOGUE_POLICY_VERSION = 'policy-2.0.0';

/** Policy parameters (assumptions, see docs/adr/0010-dialogue-policy.md). */
export const POLICY_PARAMETERS = {
  /** Cost of one unit of merchant effort, in standard deviations of ln(limit). */
  effortCost: 0.012,
  /** Effort of answering a question (a photo is 0.5, a bank statement 4). */
  questionEffort: { industry: 0.2, monthlyRevenue: 0.4, default: 0.3 } as const,
  /** Probability a merchant answers a question. */
  answerProbability: { industry: 0.95, monthlyRevenue: 0.8, paymentCycleDays: 0.85, default: 0.9 } as const,
  /** Each earlier unanswered ask of the same thing multiplies its probability by this. */
  repeatDiscount: 0.35,
  /** An ask made this many times is not made again. */
  maxAsks: 2,
  /** Ready to decide once the limit estimate is this tight (sd of ln limit) and revenue is known. */
  readySd: 0.62,
} as const;

/** A candidate next step with the numbers that ranked it. */
export interface ScoredAction {
  action: AssistantAction;
  /** Expected net value: probability × reduction in sd(ln limit) − effort cost. */
  score: number;
  /** Reduction in sd(ln limit) if the merchant complies. */
  gain: number;
  probability: number;
  effort: number;
}

const keyOf = (a: AssistantAction): string => {
  switch (a.kind) {
    case 'ask_fact':
      return `ask:${a.fact}`;
    case 'request_evidence':
      return `evidence:${formatEvidenceKind(a.evidence)}`;
    case 'evidence_feedback':
      return `feedback:${a.evidenceId}`;
    case 'greet':
    case 'invite_done':
    case 'explain_decision':
    case 'handoff_human':
    case 'remind':
    case 'confirm_withdrawal':
    case 'review_pending':
      return a.kind;
    case 'propose':
      return `propose:${a.proposal}`;
    default: {
      const unreachable: never = a;
      return String(unreachable);
    }
  }
};

/** True when two actions ask for the same thing. */
export function sameAsk(a: AssistantAction | undefined, b: AssistantAction | undefined): boolean {
  return a !== undefined && b !== undefined && keyOf(a) === keyOf(b);
}

const isAsk = (a: AssistantAction) => a.kind === 'ask_fact' || a.kind === 'request_evidence' || a.kind === 'invite_done';

const replayed = new WeakMap<CaseState, AssistantAction | null>();

/** The step an evidence-feedback reply proposed: carried in the action when recorded, else recomputed. */
function embeddedNext(state: CaseState, index: number): AssistantAction | undefined {
  const action = state.actions[index];
  if (action?.kind !== 'evidence_feedback') return undefined;
  const carried = (action as { next?: AssistantAction }).next;
  if (carried) return carried;
  if (index !== state.actions.length - 1) return undefined;
  // The workflow chose it with nextAction(state before this reply, null): replay that choice once.
  const cached = replayed.get(state);
  if (cached !== undefined) return cached ?? undefined;
  const choice = nextAction({ ...state, actions: state.actions.slice(0, index) }, null);
  replayed.set(state, choice);
  return choice;
}

/** The question or request the merchant is answering now (the last one the assistant made). */
export function pendingAsk(state: CaseState): AssistantAction | undefined {
  for (let i = state.actions.length - 1; i >= 0; i -= 1) {
    const action = state.actions[i];
    if (!action) continue;
    if (isAsk(action)) return action;
    if (action.kind === 'evidence_feedback') return embeddedNext(state, i);
    if (action.kind === 'handoff_human' || action.kind === 'explain_decision') return undefined;
  }
  return undefined;
}

/** Keys of everything the assistant asked so far (recorded asks and proposals in evidence feedback). */
function askHistory(state: CaseState): string[] {
  const keys: string[] = [];
  state.actions.forEach((a, i) => {
    if (isAsk(a)) keys.push(keyOf(a));
    const embedded = embeddedNext(state, i);
    if (embedded) keys.push(keyOf(embedded));
  });
  return keys;
}

/** Asks the merchant declined; read from state once it records them (see ADR 0010), else none. */
export function declinedAsks(state: CaseState): AssistantAction[] {
  const declined = (state as { declined?: unknown }).declined;
  return Array.isArray(declined) ? (declined as AssistantAction[]) : [];
}

function askableFacts(state: CaseState): FactName[] {
  const facts: FactName[] = [];
  if (!state.industry) facts.push('industry');
  facts.push('monthlyRevenue');
  if (state.industry) for (const d of industryKnowledge(state.industry).drivers) facts.push(d.fact);
  facts.push('paymentCycleDays', 'yearsInBusiness');
  return facts.filter((f, i) => facts.indexOf(f) === i && state.facts[f] === undefined);
}

const GENERIC_EVIDENCE: readonly EvidenceKind[] = [
  { kind: 'voucher', type: 'business_licence' },
  { kind: 'voucher', type: 'bank_statement' },
  { kind: 'photo', class: 'storefront' },
];

function evidenceCandidates(state: CaseState, belief: Belief): EvidenceKind[] {
  const list = state.industry ? industryKnowledge(state.industry).evidence : GENERIC_EVIDENCE;
  return list.filter((e) => !belief.held.has(formatEvidenceKind(e)));
}

const sdOf = (belief: Belief) => Math.sqrt(varianceOf(belief).total);

function withFact(belief: Belief, fact: FactName): Belief {
  return { ...belief, stated: new Set([...belief.stated, fact]) };
}

function withEvidence(belief: Belief, kind: EvidenceKind): Belief {
  return { ...belief, held: new Set([...belief.held, formatEvidenceKind(kind)]) };
}

/** Every candidate next step, scored, best first. Pure and deterministic (ties break on a stable key). */
export function rankActions(state: CaseState, intent: Intent | null = null): ScoredAction[] {
  const p = POLICY_PARAMETERS;
  const belief = beliefOf(state);
  const now = sdOf(belief);
  const history = askHistory(state);
  const blocked = new Set(declinedAsks(state).map(keyOf));
  const pending = pendingAsk(state);
  if (intent === 'decline' && pending) blocked.add(keyOf(pending));
  const scored: ScoredAction[] = [];
  const consider = (action: AssistantAction, after: number, probability: number, effort: number) => {
    if (blocked.has(keyOf(action))) return;
    const key = keyOf(action);
    const times = history.filter((k) => k === key).length;
    if (times >= p.maxAsks) return;
    const prob = probability * p.repeatDiscount ** times;
    const gain = Math.max(0, now - after);
    scored.push({ action, score: prob * gain - p.effortCost * effort, gain, probability: prob, effort });
  };
  for (const fact of askableFacts(state)) {
    const after = fact === 'industry' ? expectedSdOnceIndustryKnown(belief) : sdOf(withFact(belief, fact));
    const effort = fact === 'industry' || fact === 'monthlyRevenue' ? p.questionEffort[fact] : p.questionEffort.default;
    const probability =
      fact === 'industry' || fact === 'monthlyRevenue' || fact === 'paymentCycleDays'
        ? p.answerProbability[fact]
        : p.answerProbability.default;
    consider({ kind: 'ask_fact', fact }, after, probability, effort);
  }
  for (const evidence of evidenceCandidates(state, belief)) {
    const effort = evidenceKnowledge(evidence).effort;
    consider({ kind: 'request_evidence', evidence }, sdOf(withEvidence(belief, evidence)), complianceProbability(effort), effort);
  }
  return scored.sort((a, b) => b.score - a.score || keyOf(a.action).localeCompare(keyOf(b.action)));
}

/** True when the case is ready to decide: revenue is known and the estimate is tight, or nothing is worth asking. */
export function readyToDecide(state: CaseState, ranked: readonly ScoredAction[] = rankActions(state)): boolean {
  const revenueKnown = state.facts.monthlyRevenue !== undefined || beliefOf(state).held.has('voucher:bank_statement');
  const best = ranked[0];
  if (!best || best.score <= 0) return true;
  return revenueKnown && sdOf(beliefOf(state)) <= POLICY_PARAMETERS.readySd;
}

/** Evidence the merchant has not given yet, most valuable first for their trade. */
export function outstandingEvidence(state: CaseState): EvidenceKind[] {
  if (!state.industry) return [];
  const ranked = rankActions(state).flatMap((s) => (s.action.kind === 'request_evidence' ? [s.action.evidence] : []));
  const rest = evidenceCandidates(state, beliefOf(state)).filter(
    (e) => !ranked.some((r) => formatEvidenceKind(r) === formatEvidenceKind(e)),
  );
  return [...ranked, ...rest];
}

/**
 * Picks the assistant's next step: the question or evidence request with the highest expected
 * value for this merchant now. Deterministic: same state and intent, same choice.
 */
export function nextAction(state: CaseState, intent: Intent | null): AssistantAction {
  if (intent === 'ask_human' || intent === 'withdraw_consent') return { kind: 'handoff_human' };
  if (intent === 'done') return { kind: 'invite_done' };
  const ranked = rankActions(state, intent);
  if (intent === 'ask_what_to_upload') {
    const evidence = ranked.find((s) => s.action.kind === 'request_evidence');
    if (evidence) return evidence.action;
  }
  const previous = pendingAsk(state);
  if (readyToDecide(state, ranked) && previous?.kind !== 'invite_done') return { kind: 'invite_done' };
  const positive = ranked.filter((s) => s.score > 0);
  const choice = positive.find((s) => !sameAsk(previous, s.action)) ?? positive[0];
  return choice?.action ?? { kind: 'invite_done' };
}
