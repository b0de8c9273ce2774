import type { AssistantAction, CaseState, Understanding } from '@uplift/domain';
import { classifyAnswer } from './answers';
import { classifyIntent } from './intents';
import { detectLanguage } from './language';
import { pendingAsk } from './policy';
import { normaliseText } from './normalise';
import { extractFacts } from './slots';

/** Version of the understanding rules; recorded in every MerchantMessageReceived event. */
export const UNDERSTANDING_VERSION = 'rules-2.0.0';

/**
 * An Understanding plus what the merchant declined this turn (the question or request on the table
 * when the intent is 'decline'). Assignable to the domain's Understanding; see ADR 0010 for the
 * proposed `Understanding.declines` field and `CaseState.declined` list that would make it durable.
 */
export interface DialogueUnderstanding extends Understanding {
  declines?: AssistantAction;
}

export { normaliseText };

/** Understands one merchant message in the context of the case. Any input gets an answer, never an error. */
export function understand(text: string, state: CaseState): DialogueUnderstanding {
  const normalised = normaliseText(text);
  const language = detectLanguage(normalised, state.language);
  try {
    const pending = pendingAsk(state);
    const facts = extractFacts(normalised, undefined, { pendingAsk: pending, known: state.facts, now: state.updatedAt ?? state.openedAt });
    const intent = classifyIntent(normalised, facts);
    const understanding: DialogueUnderstanding = { language, intent, facts, understandingVersion: UNDERSTANDING_VERSION };
    if (intent === 'decline' && pending && pending.kind !== 'invite_done') understanding.declines = pending;
    const answer = state.pendingProposal ? classifyAnswer(normalised, state.pendingProposal.proposal) : undefined;
    if (answer) understanding.answer = answer;
    return understanding;
  } catch {
    // A rule bug must not fail a merchant's turn: understand nothing, and let the policy carry on.
    return { language, intent: 'off_topic', facts: {}, understandingVersion: UNDERSTANDING_VERSION };
  }
}
