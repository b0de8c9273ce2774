import { createHash } from 'node:crypto';
import type { Authenticate } from './bearer-auth.guard';
import type { Principal } from './principal';

/**
 * Longest time a process may go on accepting a token after its key was revoked: the promise made to
 * operators is "a revoked key is refused within 1 s on every API process".
 */
export const MAX_AUTHENTICATION_CACHE_MS = 1_000;

/** Tuning of cachedAuthentication; the defaults are what the API runs with. */
export interface AuthenticationCacheOptions {
  /** How long a valid token is remembered; at most MAX_AUTHENTICATION_CACHE_MS. */
  ttlMs?: number;
  maxEntries?: number;
  /** Monotonic milliseconds (tests pass their own clock). */
  now?: () => number;
}

/**
 * Remembers who a token belongs to for `ttlMs` (1 s by default), so a busy channel's key is looked up
 * once a second rather than on every request. A revoked or expired key is therefore refused within
 * `ttlMs` on every process: an entry's lifetime is counted from before the look-up that produced it,
 * so it never outlives a revocation committed after that look-up began by more than `ttlMs`. Only
 * valid tokens are remembered, under their SHA-256, never the token itself.
 */
export function cachedAuthentication(authenticate: Authenticate, options: AuthenticationCacheOptions = {}): Authenticate {
  const { ttlMs = MAX_AUTHENTICATION_CACHE_MS, maxEntries = 10_000, now = () => performance.now() } = options;
  if (!(ttlMs > 0 && ttlMs <= MAX_AUTHENTICATION_CACHE_MS)) {
    throw new RangeError(`the authentication cache keeps tokens for at most ${MAX_AUTHENTICATION_CACHE_MS} ms (asked for ${ttlMs})`);
  }
  const remembered = new Map<string, { principal: Principal; until: number }>();
  return async (token) => {
    const key = createHash('sha256').update(token).digest('base64');
    const lookedUpAt = now();
    const hit = remembered.get(key);
    if (hit && hit.until > lookedUpAt) return hit.principal;
    remembered.delete(key);
    const principal = await authenticate(token);
    if (principal) {
      if (remembered.size >= maxEntries) remembered.delete(remembered.keys().next().value ?? '');
      remembered.set(key, { principal, until: lookedUpAt + ttlMs });
    }
    return principal;
  };
}
