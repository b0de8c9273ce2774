import { createHash } from 'node:crypto';
import type { Authenticate } from './bearer-auth.guard';
import type { Principal } from './principal';

/**
 * Remembers who a token belongs to for `ttlMs` (1 s by default), so a busy channel's key is looked up
 * once a second rather than on every request. A revoked key is therefore refused within `ttlMs` on
 * every process. Only valid tokens are remembered, under their SHA-256, never the token itself.
 */
export function cachedAuthentication(authenticate: Authenticate, ttlMs = 1_000, maxEntries = 10_000): Authenticate {
  const remembered = new Map<string, { principal: Principal; until: number }>();
  return async (token) => {
    const key = createHash('sha256').update(token).digest('base64');
    const now = Date.now();
    const hit = remembered.get(key);
    if (hit && hit.until > now) return hit.principal;
    remembered.delete(key);
    const principal = await authenticate(token);
    if (principal) {
      if (remembered.size >= maxEntries) remembered.delete(remembered.keys().next().value ?? '');
      remembered.set(key, { principal, until: now + ttlMs });
    }
    return principal;
  };
}
