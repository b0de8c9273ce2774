import type { UpliftConfig } from '@uplift/config';
import type { LanguageModelActivities } from '@uplift/domain';
import { createChatModel, proposeUnderstanding } from '@uplift/language-model';

/** The optional language model (DIALOGUE_LLM_URL); without one it proposes nothing (the workflow does not ask then). */
export function createLanguageModelActivities(settings: UpliftConfig['dialogueModel']): LanguageModelActivities {
  const model = settings.url
    ? createChatModel({
        baseUrl: settings.url,
        model: settings.model,
        timeoutMs: settings.timeoutMs,
        ...(settings.apiKey ? { apiKey: settings.apiKey } : {}),
      })
    : null;
  return {
    proposeUnderstanding: (input) => (model ? proposeUnderstanding(model, input) : Promise.resolve(null)),
  };
}
