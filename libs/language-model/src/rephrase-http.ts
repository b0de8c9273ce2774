// Network I/O, so it lives here and not in the pure dialogue package: an activity or the API builds
// the rephraser; the dialogue's own rules decide whether its wording may be used.
import type { Rephraser, RephraseRequest } from '@uplift/dialogue';

/** Settings of an OpenAI-compatible chat endpoint used only to reword replies. Off unless configured. */
export interface HttpRephraserOptions {
  /** Base URL up to the version, e.g. http://127.0.0.1:8000/v1 (POST {baseUrl}/chat/completions). */
  baseUrl: string;
  model: string;
  apiKey?: string;
  timeoutMs?: number;
  /** Injected for tests; defaults to the global fetch. */
  fetchImpl?: typeof fetch;
}

const SYSTEM_PROMPT = [
  'You reword one message from a lending assistant to a small-business owner so it sounds natural and friendly.',
  'Keep the same language. Keep every number, amount and document name exactly as written.',
  'Do not add facts, promises, links, questions or requests that are not in the message. Reply with the reworded message only.',
].join(' ');

/** A Rephraser that calls an OpenAI-compatible /chat/completions endpoint. */
export function createHttpRephraser(options: HttpRephraserOptions): Rephraser {
  const doFetch = options.fetchImpl ?? fetch;
  const url = `${options.baseUrl.replace(/\/+$/, '')}/chat/completions`;
  return {
    async rephrase(request: RephraseRequest): Promise<string> {
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? 2_000);
      try {
        const response = await doFetch(url, {
          method: 'POST',
          signal: controller.signal,
          headers: {
            'content-type': 'application/json',
            ...(options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {}),
          },
          body: JSON.stringify({
            model: options.model,
            temperature: 0,
            max_tokens: 300,
            messages: [
              { role: 'system', content: SYSTEM_PROMPT },
              { role: 'user', content: request.text },
            ],
          }),
        });
        if (!response.ok) throw new Error(`rephrase endpoint answered ${response.status}`);
        const body = (await response.json()) as { choices?: { message?: { content?: unknown } }[] };
        const content = body.choices?.[0]?.message?.content;
        if (typeof content !== 'string') throw new Error('rephrase endpoint returned no text');
        return content;
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
