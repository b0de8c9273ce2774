import { randomBytes } from 'node:crypto';
import { DomainError, ErrorCode } from '@uplift/domain';
import type { DataSource } from 'typeorm';
import { inTransaction, type Sql } from '../db/sql';
import { caseKeyAad, open, seal } from './aes-gcm';

/**
 * The master keys that wrap case data keys: new keys are wrapped with `current`; keys wrapped with a
 * `previous` one still open until `rewrapCaseKeys` has moved them (the master key's rotation).
 */
export interface MasterKeyRing {
  current: Buffer;
  previous: readonly Buffer[];
}

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
export async function lockCaseKeyForWrite(sql: Sql, keys: MasterKeyRing, caseId: string): Promise<Buffer> {
  const row = (await selectCaseKeyForShare(sql, caseId)) ?? (await createCaseKey(sql, keys, caseId));
  return unwrapCaseKey(keys, caseId, row).key;
}

const SELECT_KEY_FOR_SHARE = `SELECT wrapped_key AS "wrappedKey", wrap_iv AS "wrapIv", wrap_tag AS "wrapTag", shredded_at AS "shreddedAt"
     FROM case_keys WHERE case_id = $1 FOR SHARE`;

async function selectCaseKeyForShare(sql: Sql, caseId: string): Promise<CaseKeyRow | null> {
  return sql.one<CaseKeyRow>(SELECT_KEY_FOR_SHARE, [caseId]);
}

/**
 * Creates the case's key row if no writer has yet (the first write of a case) and returns it locked
 * FOR SHARE: whoever inserted first, every writer then seals with the same key.
 */
export async function createCaseKey(sql: Sql, keys: MasterKeyRing, caseId: string): Promise<CaseKeyRow> {
  const fresh = randomBytes(32);
  try {
    const wrapped = seal(keys.current, fresh, caseKeyAad(caseId));
    await sql.run(
      `INSERT INTO case_keys (case_id, wrapped_key, wrap_iv, wrap_tag) VALUES ($1, $2, $3, $4)
       ON CONFLICT (case_id) DO NOTHING`,
      [caseId, wrapped.ciphertext, wrapped.iv, wrapped.tag],
    );
  } finally {
    fresh.fill(0);
  }
  const row = await selectCaseKeyForShare(sql, caseId);
  if (!row) throw new Error(`case key row for ${caseId} vanished inside its transaction`);
  return row;
}

/**
 * Unwraps a case data key with the current master key or, failing that, a previous one (`rotated`
 * says which); throws EvidenceKeyShredded for a shredded row and a decryption error when no key fits.
 */
export function unwrapCaseKey(keys: MasterKeyRing, caseId: string, row: CaseKeyRow): { key: Buffer; rotated: boolean } {
  if (row.shreddedAt !== null || !row.wrappedKey || !row.wrapIv || !row.wrapTag) throw keyShredded(caseId);
  const sealed = { ciphertext: row.wrappedKey, iv: row.wrapIv, tag: row.wrapTag };
  const candidates = [keys.current, ...keys.previous];
  for (const [index, masterKey] of candidates.entries()) {
    try {
      return { key: open(masterKey, sealed, caseKeyAad(caseId)), rotated: index > 0 };
    } catch (error) {
      if (index === candidates.length - 1) throw error;
    }
  }
  throw new Error('unreachable: the key ring has a current key');
}

/**
 * Re-wraps every live case key still wrapped with a previous master key under the current one, in
 * batches; afterwards the previous keys can be retired. Returns how many keys moved, how many were
 * already current, and the cases whose key no master key of the ring opens (left untouched).
 * Safe to run while the engine runs (each row is locked while it moves).
 */
export async function rewrapCaseKeys(
  ds: DataSource,
  keys: MasterKeyRing,
  batchSize = 500,
): Promise<{ rewrapped: number; current: number; unreadable: string[] }> {
  let after = '';
  const totals = { rewrapped: 0, current: 0, unreadable: [] as string[] };
  for (;;) {
    const moved = await inTransaction(ds, async (sql) => {
      const rows = await sql.rows<CaseKeyRow & { caseId: string }>(
        `SELECT case_id AS "caseId", wrapped_key AS "wrappedKey", wrap_iv AS "wrapIv", wrap_tag AS "wrapTag", shredded_at AS "shreddedAt"
         FROM case_keys WHERE case_id > $1 AND shredded_at IS NULL ORDER BY case_id LIMIT $2 FOR UPDATE`,
        [after, batchSize],
      );
      for (const row of rows) {
        const opened = tryUnwrap(keys, row);
        if (!opened) {
          totals.unreadable.push(row.caseId);
          continue;
        }
        const { key, rotated } = opened;
        try {
          if (!rotated) {
            totals.current += 1;
            continue;
          }
          const wrapped = seal(keys.current, key, caseKeyAad(row.caseId));
          await sql.run('UPDATE case_keys SET wrapped_key = $2, wrap_iv = $3, wrap_tag = $4 WHERE case_id = $1', [
            row.caseId,
            wrapped.ciphertext,
            wrapped.iv,
            wrapped.tag,
          ]);
          totals.rewrapped += 1;
        } finally {
          key.fill(0);
        }
      }
      return rows.at(-1)?.caseId ?? null;
    });
    if (moved === null) return totals;
    after = moved;
  }
}

function tryUnwrap(keys: MasterKeyRing, row: CaseKeyRow & { caseId: string }): { key: Buffer; rotated: boolean } | null {
  try {
    return unwrapCaseKey(keys, row.caseId, row);
  } catch {
    return null;
  }
}
