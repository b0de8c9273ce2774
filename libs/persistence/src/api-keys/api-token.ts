import { createHash, randomBytes } from 'node:crypto';

/** The two parts of an API token `upk_<keyId>_<secret>`. */
export interface ApiTokenParts {
  keyId: string;
  secret: string;
}

// keyId is hex, so the first '_' after the prefix always ends it even though base64url secrets contain '_'.
const TOKEN = /^upk_([0-9a-f]{32})_([A-Za-z0-9_-]{43})$/;

/** A new random key id (16 bytes, hex) and secret (32 bytes, base64url). */
export function newTokenParts(): ApiTokenParts {
  return { keyId: randomBytes(16).toString('hex'), secret: randomBytes(32).toString('base64url') };
}

/** The token a client presents. */
export function formatToken(parts: ApiTokenParts): string {
  return `upk_${parts.keyId}_${parts.secret}`;
}

/** The parts of a well-formed token, or null for anything else. */
export function parseToken(token: unknown): ApiTokenParts | null {
  if (typeof token !== 'string') return null;
  const match = TOKEN.exec(token);
  return match?.[1] && match[2] ? { keyId: match[1], secret: match[2] } : null;
}

/** What the database keeps of a secret: its SHA-256 (the secret is random, so no salt or KDF is needed). */
export function secretDigest(secret: string): Buffer {
  return createHash('sha256').update(secret, 'utf8').digest();
}
