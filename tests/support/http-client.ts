import type { CaseState } from '@uplift/domain';

/** A JSON reply from the API under test. */
export interface HttpReply<T = Record<string, unknown>> {
  status: number;
  body: T;
  headers: Headers;
}

/** Small fetch wrapper for the API under test: bearer token, JSON in and out. */
export function apiClient(base: string, token: string) {
  async function send<T>(
    method: string,
    path: string,
    init: { json?: unknown; form?: FormData; headers?: Record<string, string> } = {},
  ): Promise<HttpReply<T>> {
    const headers: Record<string, string> = { authorization: `Bearer ${token}`, ...init.headers };
    let body: string | FormData | undefined;
    if (init.json !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(init.json);
    } else if (init.form) {
      body = init.form;
    }
    const response = await fetch(`${base}${path}`, { method, headers, body });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : {}) as T, headers: response.headers };
  }
  return {
    get: <T = Record<string, unknown>>(path: string) => send<T>('GET', path),
    post: <T = Record<string, unknown>>(path: string, json: unknown, headers: Record<string, string> = {}) =>
      send<T>('POST', path, { json, headers }),
    upload: <T = Record<string, unknown>>(
      path: string,
      fields: Record<string, string>,
      file: { bytes: Uint8Array; name: string; type: string },
    ) => {
      const form = new FormData();
      for (const [k, v] of Object.entries(fields)) form.append(k, v);
      form.append('file', new Blob([file.bytes], { type: file.type }), file.name);
      return send<T>('POST', path, { form });
    },
  };
}

/** GET /v1/cases/:id as the tests read it. */
export interface CaseView {
  caseId: string;
  status: string;
  grantedLimit: number | null;
  outcome: string | null;
  state: CaseState;
}
