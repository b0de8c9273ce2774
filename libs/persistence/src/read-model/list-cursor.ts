import { DomainError, ErrorCode } from '@uplift/domain';
import { isCanonicalTimestamp } from '../formats';

/** Position after the last case of a page, in the list's (opened_at desc, case_id desc) order. */
export interface ListPosition {
  openedAt: string;
  caseId: string;
}

/** Opaque base64url cursor for a list position; clients must not build or parse it. */
export function encodeCursor(position: ListPosition): string {
  return Buffer.from(JSON.stringify({ o: position.openedAt, c: position.caseId }), 'utf8').toString('base64url');
}

/** The list position a cursor encodes; a cursor this module did not produce is a ValidationFailed. */
export function decodeCursor(cursor: string): ListPosition {
  const bad = (): never => {
    throw new DomainError(ErrorCode.ValidationFailed, 'the cursor is not one this API returned', { field: 'cursor' });
  };
  if (!/^[A-Za-z0-9_-]{1,1024}$/.test(cursor)) return bad();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return bad();
  }
  const { o, c } = (typeof parsed === 'object' && parsed !== null ? parsed : {}) as { o?: unknown; c?: unknown };
  if (!isCanonicalTimestamp(o) || typeof c !== 'string' || c.length === 0) return bad();
  return { openedAt: o, caseId: c };
}
