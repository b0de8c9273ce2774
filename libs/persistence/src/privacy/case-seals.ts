import type { Sql } from '../db/sql';
import { createCaseKey, lockCaseKeyForWrite, unwrapCaseKey, type CaseKeyRow, type MasterKeyRing } from '../evidence/case-key-store';
import { isDomainError, ErrorCode } from '@uplift/domain';
import { CaseSeal } from './case-seal';

/** The master key alone, or the ring of the current and previous master keys during a rotation. */
export type MasterKeys = Buffer | MasterKeyRing;

export function keyRing(keys: MasterKeys): MasterKeyRing {
  const ring = Buffer.isBuffer(keys) ? { current: keys, previous: [] } : keys;
  if ([ring.current, ...ring.previous].some((key) => !Buffer.isBuffer(key) || key.length !== 32))
    throw new Error('a master key must be exactly 32 bytes');
  return { current: Buffer.from(ring.current), previous: ring.previous.map((key) => Buffer.from(key)) };
}

/**
 * The seal of a case for writing, its key created on first use and locked FOR SHARE until the
 * transaction ends (a concurrent shred waits); null once the case's key has been shredded.
 */
export async function sealForWrite(sql: Sql, keys: MasterKeyRing, caseId: string): Promise<CaseSeal | null> {
  try {
    const key = await lockCaseKeyForWrite(sql, keys, caseId);
    try {
      return new CaseSeal(caseId, key);
    } finally {
      key.fill(0);
    }
  } catch (error) {
    if (isDomainError(error) && error.code === ErrorCode.EvidenceKeyShredded) return null;
    throw error;
  }
}

/** What reading a case's sealed data can use: its seal, or when its key was shredded, when. */
export interface CaseKeyStatus {
  seal: CaseSeal | null;
  shreddedAt: string | null;
}

/**
 * The seal of a case for writing from its key row as the caller locked it FOR SHARE (null: the case
 * has no key yet, which is created now); null once the key has been shredded.
 */
export async function sealFromLockedKey(
  sql: Sql,
  keys: MasterKeyRing,
  caseId: string,
  locked: CaseKeyRow | null,
): Promise<CaseSeal | null> {
  const row = locked ?? (await createCaseKey(sql, keys, caseId));
  // As sealForWrite: a row without key material is a shredded key, whatever else it says.
  if (row.shreddedAt !== null || !row.wrappedKey || !row.wrapIv || !row.wrapTag) return null;
  const { key } = unwrapCaseKey(keys, caseId, row);
  try {
    return new CaseSeal(caseId, key);
  } finally {
    key.fill(0);
  }
}

/** The key status of cases for reading (seal null and shreddedAt null: the case never had a key). */
export async function sealsForRead(sql: Sql, keys: MasterKeyRing, caseIds: readonly string[]): Promise<Map<string, CaseKeyStatus>> {
  const rows = await sql.rows<CaseKeyRow & { caseId: string }>(
    `SELECT case_id AS "caseId", wrapped_key AS "wrappedKey", wrap_iv AS "wrapIv", wrap_tag AS "wrapTag", shredded_at AS "shreddedAt"
     FROM case_keys WHERE case_id = ANY($1::text[])`,
    [[...new Set(caseIds)]],
  );
  const seals = new Map<string, CaseKeyStatus>(caseIds.map((id) => [id, { seal: null, shreddedAt: null }]));
  for (const row of rows) {
    if (row.shreddedAt !== null) {
      seals.set(row.caseId, { seal: null, shreddedAt: row.shreddedAt.toISOString() });
      continue;
    }
    const { key } = unwrapCaseKey(keys, row.caseId, row);
    try {
      seals.set(row.caseId, { seal: new CaseSeal(row.caseId, key), shreddedAt: null });
    } finally {
      key.fill(0);
    }
  }
  return seals;
}
