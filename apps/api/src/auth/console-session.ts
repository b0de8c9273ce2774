import { createHash, timingSafeEqual } from 'node:crypto';
import type { ApiRequest } from '../http/api-request';
import type { Principal } from './principal';

/** Name of the console's session cookie (HttpOnly, SameSite=Strict; docs/adr/0023). */
export const SESSION_COOKIE = 'uplift_console';

/** Header a cookie-authenticated request that changes something must carry (the session's CSRF token). */
export const CSRF_HEADER = 'x-csrf-token';

/** The principal behind a session cookie's secret, with when the session ends; null when it does not work. */
export type AuthenticateSession = (secret: string) => Promise<(Principal & { expiresAt: Date }) | null>;

/** The console session a request was authenticated with. */
export interface RequestSession {
  secret: string;
  expiresAt: Date;
}

const sessions = new WeakMap<ApiRequest, RequestSession>();

/** Remembers that `req` was authenticated by a console session (set by the guard). */
export function attachSession(req: ApiRequest, session: RequestSession): void {
  sessions.set(req, session);
}

/** The console session of a request, or undefined when it came with a bearer key or nothing. */
export function sessionOf(req: ApiRequest): RequestSession | undefined {
  return sessions.get(req);
}

/** The session secret in a Cookie header, or undefined. */
export function sessionSecretFromCookies(header: string | undefined): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === SESSION_COOKIE) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/**
 * The CSRF token of a session: derived from its secret, so it needs no storage, and a page of another
 * origin (which cannot read the HttpOnly cookie) cannot compute it. The console keeps it in memory.
 */
export function csrfTokenFor(secret: string): string {
  return createHash('sha256').update(`uplift/console/csrf\u0000${secret}`).digest('base64url');
}

/** True when `presented` is the session's CSRF token (compared in constant time). */
export function csrfTokenMatches(secret: string, presented: string | undefined): boolean {
  if (!presented) return false;
  const expected = Buffer.from(csrfTokenFor(secret));
  const given = Buffer.from(presented);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Methods that change nothing (RFC 9110 §9.2.1): they need no CSRF token. */
export function isSafeMethod(method: string): boolean {
  return method === 'GET' || method === 'HEAD' || method === 'OPTIONS';
}
