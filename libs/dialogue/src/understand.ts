import type { CaseState, Understanding } from '@uplift/domain';
import { extractFacts } from './facts';
import { classifyIntent } from './intents';
import { detectLanguage } from './language';

/** Version of the understanding rules; recorded in every MerchantMessageReceived event. */
export const UNDERSTANDING_VERSION = 'rules-0.1.0';

/** Understands one merchant message in the context of the case. Any input gets an answer, never an error. */
export function understand(text: string, state: CaseState): Understanding {
  const normalised = text.normalize('NFKC').slice(0, 4_000);
  const language = detectLanguage(normalised, state.language);
  const facts = extractFacts(normalised, state.actions.at(-1));
  return { language, intent: classifyIntent(normalised, facts), facts, understandingVersion: UNDERSTANDING_VERSION };
}
