import type { ErasureReason } from '@uplift/domain';
import type { Sql } from '../db/sql';

/**
 * Crypto-shreds a case inside the caller's transaction: destroys its wrapped data key (keeping the
 * row, with shredded_at, as the record that it happened and to refuse later uploads), which leaves
 * its sealed events and state unreadable (docs/adr/0020); deletes its evidence ciphertexts,
 * fingerprints and document numbers; records the erasure. Idempotent: returns how many evidence
 * ciphertexts it deleted (0 when repeated).
 */
export async function shredCase(sql: Sql, caseId: string, reason: ErasureReason): Promise<number> {
  await sql.run(
    `INSERT INTO case_keys (case_id, shredded_at) VALUES ($1, now())
     ON CONFLICT (case_id) DO UPDATE SET wrapped_key = NULL, wrap_iv = NULL, wrap_tag = NULL,
       shredded_at = COALESCE(case_keys.shredded_at, EXCLUDED.shredded_at)`,
    [caseId],
  );
  await sql.run('INSERT INTO case_erasures (case_id, reason) VALUES ($1, $2) ON CONFLICT (case_id) DO NOTHING', [caseId, reason]);
  // Fingerprints and document numbers identify what the merchant showed: they go with the key.
  await sql.run('DELETE FROM evidence_document_numbers WHERE case_id = $1', [caseId]);
  await sql.run('DELETE FROM evidence_fingerprint_keys WHERE case_id = $1', [caseId]);
  await sql.run('DELETE FROM evidence_fingerprints WHERE case_id = $1', [caseId]);
  return sql.run('DELETE FROM evidence WHERE case_id = $1', [caseId]);
}
