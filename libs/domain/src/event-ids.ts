import { sha256 } from '@noble/hashes/sha2';

const HEX = '0123456789abcdef';

/**
 * The id of the event at position `seq` of a case's stream: a UUID (version 8, RFC 9562) made from
 * SHA-256 of the case id and the position. Positional ids make a writer that lost track of what it
 * stored safe: retrying the same event at the same place is recognised as already stored, and a
 * different event at a taken place is a conflict, never a collision with an id used elsewhere
 * (docs/adr/0017).
 */
export function eventIdAt(caseId: string, seq: number): string {
  const bytes = sha256(new TextEncoder().encode(`uplift-case-event/${caseId}/${seq}`)).slice(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x80;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  let hex = '';
  for (const byte of bytes) hex += (HEX[byte >> 4] ?? '0') + (HEX[byte & 0x0f] ?? '0');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
