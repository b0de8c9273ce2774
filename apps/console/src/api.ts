// Every call goes to the same API the CLI uses, same origin, with the HttpOnly session cookie; the
// CSRF token (from the sign-in answer) lives only in this module's memory, never in storage.

/** The signed-in session as the API reports it. */
export interface Session {
  keyId: string;
  role: 'compliance' | 'reviewer' | 'operator';
  channel: string;
  csrfToken: string;
  expiresAt: string;
  /** The engine's namespace in the Temporal Web UI, or null when none is configured. */
  temporalUi: string | null;
  fourEyesAbove: number;
  reviewerReasonCodes: string[];
}

/** An error answer of the API. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

let csrfToken = '';

/** Remembers the CSRF token of the session (in memory only). */
export function useSession(session: Session | null): void {
  csrfToken = session?.csrfToken ?? '';
}

/** Sends a request; JSON in and out. Throws ApiError for an error status. */
export async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (method !== 'GET') headers['x-csrf-token'] = csrfToken;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(path, {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? null : JSON.stringify(body),
  });
  const text = await response.text();
  const parsed: unknown = text ? JSON.parse(text) : null;
  if (!response.ok) {
    const error = (parsed as { error?: { code?: string; message?: string } } | null)?.error;
    throw new ApiError(response.status, error?.code ?? 'HTTP_' + String(response.status), error?.message ?? response.statusText);
  }
  return parsed as T;
}

/** Signs in with an API key (sent once, in the body); the key is not kept. */
export async function signIn(apiKey: string): Promise<Session> {
  const session = await call<Session>('POST', '/v1/console/session', { apiKey });
  useSession(session);
  return session;
}

/** The current session, or null when not signed in. */
export async function currentSession(): Promise<Session | null> {
  try {
    const session = await call<Session>('GET', '/v1/console/session');
    useSession(session);
    return session;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

/** Signs out. */
export async function signOut(): Promise<void> {
  await call<null>('DELETE', '/v1/console/session');
  useSession(null);
}
