import { createHash } from 'node:crypto';
import { canonicalJson } from '@uplift/domain';

/** prev_hash of the first event of every stream. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * The hashed fields of a stored event: everything that makes it this fact at this position. Chain
 * version 1 (rows from before sealing) hashes `data` as stored; version 2 hashes the erased data
 * stored in clear and the SHA-256 of the sealed whole (null when nothing was sealed), so the chain
 * still verifies once the case key is shredded (docs/adr/0020).
 */
export interface HashedEventContent {
  eventId: string;
  caseId: string;
  seq: number;
  schemaVersion: number;
  type: string;
  occurredAt: string;
  data: unknown;
  chainVersion: 1 | 2;
  sealed: Buffer | null;
}

/** Canonical text of an event's content; equal text means the same event at the same position. */
export function eventContentJson(content: HashedEventContent): string {
  const { eventId, caseId, seq, schemaVersion, type, occurredAt, data } = content;
  if (content.chainVersion === 1) return canonicalJson({ eventId, caseId, seq, schemaVersion, type, occurredAt, data });
  const sealed = content.sealed ? createHash('sha256').update(content.sealed).digest('hex') : null;
  return canonicalJson({ eventId, caseId, seq, schemaVersion, type, occurredAt, data, sealed, chain: 2 });
}

/** Hash-chain link: sha256hex(prevHash + canonicalJson(content)). */
export function chainHash(prevHash: string, contentJson: string): string {
  return createHash('sha256')
    .update(prevHash + contentJson, 'utf8')
    .digest('hex');
}
