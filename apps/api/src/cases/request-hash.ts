import { createHash } from 'node:crypto';
import { canonicalJson } from '@uplift/persistence';

/** sha256 (hex) of the canonical JSON of `value`: what an Idempotency-Key is bound to. */
export function requestHash(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value), 'utf8').digest('hex');
}
