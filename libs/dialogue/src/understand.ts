import type { AssistantAction, CaseState, DialogueContext, ModelProposal, Understanding } from '@uplift/domain';
import { classifyAnswer } from './answers';
import { classifyIntent } from './intents';
import { adviseIntent } from './intent-adviser';
import { detectLanguage } from './language';
import { guardProposal } from './model-guard';
import { pendingAsk } from './policy';
import { canonicalText } from './canonical';
import { normaliseText } from './normalise';
import { extractFacts } from './slots';

/** Version of the understanding rules and of the intent adviser's data (ADR 0035); recorded in every MerchantMessageReceived event. */
export const UNDERSTANDING_VERSION = 'rules-2.9.5+intent-lr-4';

/**
 * An Understanding plus what the merchant declined this turn (the question or request on the table
 * when the intent is 'decline'). Assignable to the domain's Understanding; see ADR 0010 for the
 * proposed `Understanding.declines` field and `CaseState.declined` list that would make it durable.
 */
export interface DialogueUnderstanding extends Understanding {
  declines?: AssistantAction;
}

export { normaliseText };

/** What understanding a message needs from the case (small: it travels to a recorded activity). */
export function dialogueContext(state: CaseState): DialogueContext {
  return {
    language: state.language,
    pendingAsk: pendingAsk(state) ?? null,
    knownFacts: state.facts,
    now: state.updatedAt ?? state.openedAt,
    pendingProposal: state.pendingProposal?.proposal ?? null,
  };
}

/** Understands one merchant message in the context of the case (see understandInContext). */
export function understand(text: string, state: CaseState, proposal?: ModelProposal | null): DialogueUnderstanding {
  return understandInContext(text, dialogueContext(state), proposal);
}

/**
 * Understands one merchant message in its case's context. Any input gets an answer, never an
 * error. A language model's proposal, when there is one, is advice: its intent is taken (an
 * irreversible one only ever leads to a proposal the merchant must confirm), its facts only where
 * guardProposal finds them plausible and in the text; the answer to a proposal is the rules' alone.
 */
export function understandInContext(text: string, context: DialogueContext, proposal?: ModelProposal | null): DialogueUnderstanding {
  try {
    return readMessage(text, context, proposal);
  } catch {
    // A rule bug must not fail a merchant's turn: understand nothing, and let the policy carry on.
    const normalised = normaliseText(text);
    return {
      language: detectLanguage(normalised, context.language),
      intent: 'off_topic',
      facts: {},
      understandingVersion: UNDERSTANDING_VERSION,
    };
  }
}

/**
 * The rules themselves, without the safety net: a rule bug throws here (what the property tests
 * exercise), and understandInContext turns it into "understood nothing".
 */
export function readMessage(text: string, context: DialogueContext, proposal?: ModelProposal | null): DialogueUnderstanding {
  const normalised = normaliseText(text);
  const language = detectLanguage(normalised, context.language);
  const pending = context.pendingAsk ?? undefined;
  const now = context.now;
  let facts = extractFacts(normalised, undefined, { pendingAsk: pending, known: context.knownFacts, now });
  // The learned adviser may name the intent where the rules only fall back; never an irreversible one or a refusal.
  let intent = adviseIntent(classifyIntent(normalised, facts), facts, normalised);
  let model: DialogueUnderstanding['model'];
  if (proposal) {
    const guarded = guardProposal(proposal, canonicalText(normalised), (now ?? '1970-01-01').slice(0, 10));
    facts = { ...facts, ...guarded.facts };
    intent = proposal.intent;
    model = { name: proposal.model, intent: proposal.intent, dropped: guarded.dropped };
  }
  const understanding: DialogueUnderstanding = {
    language,
    intent,
    facts,
    understandingVersion: UNDERSTANDING_VERSION,
    ...(model ? { model } : {}),
  };
  if (intent === 'decline' && pending && pending.kind !== 'invite_done') understanding.declines = pending;
  const answer = context.pendingProposal ? classifyAnswer(normalised, context.pendingProposal) : undefined;
  if (answer) understanding.answer = answer;
  return understanding;
}
