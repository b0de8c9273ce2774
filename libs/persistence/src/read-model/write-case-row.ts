import type { CaseState } from '@uplift/domain';
import type { Sql } from '../db/sql';

/** sealed_state of a row whose whole state cannot be sealed (its key was shredded). */
export const NO_SEALED_STATE = Buffer.alloc(0);

/** A statement with its parameters, numbered from the `firstParam` it was built for. */
export interface Statement {
  text: string;
  params: unknown[];
}

/**
 * The upsert of the read-model row for a folded case state, its parameters numbered from
 * `firstParam` (so an append can send it in one statement with its events): `state` is the erased
 * state (the clear columns come from it), `sealedState` the whole state sealed with the case key. A
 * stream that has not been opened yet has no row (there is nothing to list): null then.
 */
export function caseRowUpsert(state: CaseState, sealedState: Buffer, firstParam = 1): Statement | null {
  if (state.openedAt === null) return null;
  const p = (n: number): string => `$${firstParam + n - 1}`;
  return {
    text: `INSERT INTO cases (case_id, channel, merchant_ref, status, industry, language, current_limit, requested_limit,
                        granted_limit, outcome, version, opened_at, updated_at, closed_at, state, sealed_state)
     VALUES (${p(1)}, ${p(2)}, ${p(3)}, ${p(4)}, ${p(5)}, ${p(6)}, ${p(7)}, ${p(8)}, ${p(9)}, ${p(10)}, ${p(11)}, ${p(12)}, ${p(13)}, ${p(14)}, ${p(15)}::jsonb, ${p(16)})
     ON CONFLICT (case_id) DO UPDATE SET
       channel = EXCLUDED.channel, merchant_ref = EXCLUDED.merchant_ref, status = EXCLUDED.status,
       industry = EXCLUDED.industry, language = EXCLUDED.language, current_limit = EXCLUDED.current_limit,
       requested_limit = EXCLUDED.requested_limit, granted_limit = EXCLUDED.granted_limit,
       outcome = EXCLUDED.outcome, version = EXCLUDED.version, opened_at = EXCLUDED.opened_at,
       updated_at = EXCLUDED.updated_at, closed_at = EXCLUDED.closed_at, state = EXCLUDED.state,
       sealed_state = EXCLUDED.sealed_state`,
    params: [
      state.caseId,
      state.channel,
      state.merchantRef,
      state.status,
      state.industry,
      state.language,
      state.currentLimit,
      state.requestedLimit,
      state.decision?.grantedLimit ?? null,
      state.decision?.outcome ?? null,
      state.version,
      state.openedAt,
      state.updatedAt ?? state.openedAt,
      state.closedAt,
      JSON.stringify(state),
      sealedState,
    ],
  };
}

/**
 * Upserts the read-model row for a folded case state (see caseRowUpsert); false for a stream not yet
 * opened. The incremental projector and the rebuild both build their row through caseRowUpsert,
 * which is what keeps them identical.
 */
export async function writeCaseRow(sql: Sql, state: CaseState, sealedState: Buffer): Promise<boolean> {
  const upsert = caseRowUpsert(state, sealedState);
  if (!upsert) return false;
  await sql.run(upsert.text, upsert.params);
  return true;
}
