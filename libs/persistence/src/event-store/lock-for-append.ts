import type { CaseState } from '@uplift/domain';
import type { Sql } from '../db/sql';
import type { CaseKeyRow } from '../evidence/case-key-store';
import type { LockedCaseRow } from '../read-model/projector';
import { GENESIS_HASH } from './event-hash';

/** What an append needs before it writes, read and locked in one round trip. */
export interface AppendLocks {
  /** The case's key row, locked FOR SHARE (a concurrent shred waits); null when the case has none yet. */
  key: CaseKeyRow | null;
  /** Where the stream ends (version 0 and the genesis hash when empty). */
  head: { version: number; hash: string };
  /** The read-model row, locked FOR UPDATE (another projection of the case waits); null before the first. */
  row: LockedCaseRow | null;
}

interface LocksRow {
  hasKey: boolean;
  wrappedKey: Buffer | null;
  wrapIv: Buffer | null;
  wrapTag: Buffer | null;
  shreddedAt: Date | null;
  headSeq: number | null;
  headHash: string | null;
  hasRow: boolean;
  state: CaseState | null;
  sealedState: Buffer | null;
}

/**
 * Locks what an append of a case writes under, and reads where its stream ends, in one statement
 * (docs/adr/0038): the key row FOR SHARE, as sealing requires (docs/adr/0020), and the read-model row
 * FOR UPDATE, as projecting requires (docs/adr/0017). The head is read without a lock: a writer that
 * took the next positions meanwhile makes the insert fail on (case_id, seq), which the store turns
 * into a replay or a conflict, as before.
 */
export async function lockForAppend(sql: Sql, caseId: string): Promise<AppendLocks> {
  const row = await sql.one<LocksRow>(
    `SELECT k.case_id IS NOT NULL AS "hasKey", k.wrapped_key AS "wrappedKey", k.wrap_iv AS "wrapIv", k.wrap_tag AS "wrapTag",
            k.shredded_at AS "shreddedAt", h.seq AS "headSeq", h.hash AS "headHash",
            c.case_id IS NOT NULL AS "hasRow", c.state, c.sealed_state AS "sealedState"
     FROM (VALUES (1)) AS one (x)
     LEFT JOIN LATERAL (SELECT case_id, wrapped_key, wrap_iv, wrap_tag, shredded_at FROM case_keys WHERE case_id = $1 FOR SHARE) k ON true
     LEFT JOIN LATERAL (SELECT seq, hash FROM case_events WHERE case_id = $1 ORDER BY seq DESC LIMIT 1) h ON true
     LEFT JOIN LATERAL (SELECT case_id, state, sealed_state FROM cases WHERE case_id = $1 FOR UPDATE) c ON true`,
    [caseId],
  );
  if (!row) throw new Error('the append lock query returned no row');
  return {
    key: row.hasKey ? { wrappedKey: row.wrappedKey, wrapIv: row.wrapIv, wrapTag: row.wrapTag, shreddedAt: row.shreddedAt } : null,
    head: row.headSeq === null || row.headHash === null ? { version: 0, hash: GENESIS_HASH } : { version: row.headSeq, hash: row.headHash },
    row: row.hasRow && row.state !== null ? { state: row.state, sealedState: row.sealedState } : null,
  };
}
