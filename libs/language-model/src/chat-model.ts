/** Settings of an OpenAI-compatible chat endpoint (POST {baseUrl}/chat/completions). */
export interface ChatModelOptions {
  /** Base URL up to the version, e.g. http://127.0.0.1:8000/v1. */
  baseUrl: string;
  model: string;
  apiKey?: string;
  timeoutMs: number;
  /** Injected for tests; defaults to the global fetch. */
  fetchImpl?: typeof fetch;
}

/** One message of a chat. */
export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

/** A chat model that answers one completion; throws on any failure (the caller falls back to the rules). */
export interface ChatModel {
  readonly name: string;
  complete(messages: readonly ChatMessage[], options?: { json?: boolean; maxTokens?: number }): Promise<string>;
}

/** A ChatModel over HTTP, with a deadline on every call. */
export function createChatModel(options: ChatModelOptions): ChatModel {
  const doFetch = options.fetchImpl ?? fetch;
  const url = `${options.baseUrl.replace(/\/+$/, '')}/chat/completions`;
  return {
    name: options.model,
    async complete(messages, { json = false, maxTokens = 300 } = {}) {
      const response = await doFetch(url, {
        method: 'POST',
        signal: AbortSignal.timeout(options.timeoutMs),
        headers: { 'content-type': 'application/json', ...(options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {}) },
        body: JSON.stringify({
          model: options.model,
          temperature: 0,
          max_tokens: maxTokens,
          messages,
          ...(json ? { response_format: { type: 'json_object' } } : {}),
        }),
      });
      if (!response.ok) throw new Error(`the model endpoint answered ${response.status}`);
      const body = (await response.json()) as { choices?: { message?: { content?: unknown } }[] };
      const content = body.choices?.[0]?.message?.content;
      if (typeof content !== 'string') throw new Error('the model endpoint returned no text');
      return content;
    },
  };
}
