import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json';

/** prev_hash of the first event of every stream. */
export const GENESIS_HASH = '0'.repeat(64);

/** The hashed fields of a stored event: everything that makes it this fact at this position. */
export interface HashedEventContent {
  eventId: string;
  caseId: string;
  seq: number;
  schemaVersion: number;
  type: string;
  occurredAt: string;
  data: unknown;
}

/** Canonical text of an event's content; equal text means the same event at the same position. */
export function eventContentJson(content: HashedEventContent): string {
  const { eventId, caseId, seq, schemaVersion, type, occurredAt, data } = content;
  return canonicalJson({ eventId, caseId, seq, schemaVersion, type, occurredAt, data });
}

/** Hash-chain link: sha256hex(prevHash + canonicalJson(content)). */
export function chainHash(prevHash: string, contentJson: string): string {
  return createHash('sha256').update(prevHash + contentJson, 'utf8').digest('hex');
}
