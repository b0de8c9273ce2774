import { randomBytes } from 'node:crypto';
import { DomainError, ErrorCode } from '@uplift/domain';
import type { Sql } from '../db/sql';
import { caseKeyAad, open, seal } from './aes-gcm';

/** A case_keys row as selected below; key material is null once shredded. */
export interface CaseKeyRow {
  wrappedKey: Buffer | null;
  wrapIv: Buffer | null;
  wrapTag: Buffer | null;
  shreddedAt: Date | null;
}

/** Thrown for any access to a case whose key has been destroyed. */
export function keyShredded(caseId: string): DomainError {
  return new DomainError(ErrorCode.EvidenceKeyShredded, "this case's evidence has been erased", { caseId });
}

/**
 * The case's data key, created on first use, with its row locked FOR SHARE until the transaction
 * ends so a concurrent shredCase (which locks it FOR UPDATE) cannot slip between reading the key
 * and storing a ciphertext under it. The caller must zero the returned key when done.
 */
export async function lockCaseKeyForWrite(sql: Sql, masterKey: Buffer, caseId: string): Promise<Buffer> {
  const fresh = randomBytes(32);
  try {
    const wrapped = seal(masterKey, fresh, caseKeyAad(caseId));
    await sql.run(
      `INSERT INTO case_keys (case_id, wrapped_key, wrap_iv, wrap_tag) VALUES ($1, $2, $3, $4)
       ON CONFLICT (case_id) DO NOTHING`,
      [caseId, wrapped.ciphertext, wrapped.iv, wrapped.tag],
    );
  } finally {
    fresh.fill(0);
  }
  const row = await sql.one<CaseKeyRow>(
    `SELECT wrapped_key AS "wrappedKey", wrap_iv AS "wrapIv", wrap_tag AS "wrapTag", shredded_at AS "shreddedAt"
     FROM case_keys WHERE case_id = $1 FOR SHARE`,
    [caseId],
  );
  if (!row) throw new Error(`case key row for ${caseId} vanished inside its transaction`);
  return unwrapCaseKey(masterKey, caseId, row);
}

/** Unwraps a case data key, or throws EvidenceKeyShredded for a shredded row. */
export function unwrapCaseKey(masterKey: Buffer, caseId: string, row: CaseKeyRow): Buffer {
  if (row.shreddedAt !== null || !row.wrappedKey || !row.wrapIv || !row.wrapTag) throw keyShredded(caseId);
  return open(masterKey, { ciphertext: row.wrappedKey, iv: row.wrapIv, tag: row.wrapTag }, caseKeyAad(caseId));
}
