import type { AssistantAction, CaseState, Understanding } from '@uplift/domain';
import { classifyIntent } from './intents';
import { detectLanguage } from './language';
import { pendingAsk } from './policy';
import { extractFacts } from './slots';

/** Version of the understanding rules; recorded in every MerchantMessageReceived event. */
export const UNDERSTANDING_VERSION = 'rules-2.0.0';

/** Longest text the rules look at; longer messages are cut (the domain caps messages at 2,000). */
const MAX_CHARS = 4_000;

/** C0/C1 control characters (except tab and newline), zero-width and bidirectional marks. */
function isInvisible(code: number): boolean {
  return (code <= 0x1f && code !== 0x09 && code !== 0x0a) || (code >= 0x7f && code <= 0x9f) || (code >= 0x200b && code <= 0x200f) || (code >= 0x2028 && code <= 0x202e) || code === 0xfeff;
}

/** Normalises a message: full-width to half-width (NFKC), control characters and lone surrogates to spaces. */
export function normaliseText(text: string): string {
  const cut = String(text).slice(0, MAX_CHARS);
  let normalised: string;
  try {
    normalised = cut.normalize('NFKC');
  } catch {
    normalised = cut;
  }
  let visible = '';
  for (const ch of normalised) visible += ch.length === 1 && isInvisible(ch.charCodeAt(0)) ? ' ' : ch;
  return visible
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, ' ');
}

/**
 * An Understanding plus what the merchant declined this turn (the question or request on the table
 * when the intent is 'decline'). Assignable to the domain's Understanding; see ADR 0010 for the
 * proposed `Understanding.declines` field and `CaseState.declined` list that would make it durable.
 */
export interface DialogueUnderstanding extends Understanding {
  declines?: AssistantAction;
}

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
    return understanding;
  } catch {
    // A rule bug must not fail a merchant's turn: understand nothing, and let the policy carry on.
    return { language, intent: 'off_topic', facts: {}, understandingVersion: UNDERSTANDING_VERSION };
  }
}
