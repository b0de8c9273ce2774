import type { CaseState } from '@uplift/domain';
import type { Sql } from '../db/sql';

/** sealed_state of a row whose whole state cannot be sealed (its key was shredded). */
export const NO_SEALED_STATE = Buffer.alloc(0);

/**
 * Upserts the read-model row for a folded case state: `state` is the erased state (the clear
 * columns come from it), `sealedState` the whole state sealed with the case key. A stream that has not been opened yet has
 * no row (there is nothing to list), so this returns false for it. The incremental projector and
 * the rebuild both write through here, which is what keeps them identical.
 */
export async function writeCaseRow(sql: Sql, state: CaseState, sealedState: Buffer): Promise<boolean> {
  if (state.openedAt === null) return false;
  await sql.run(
    `INSERT INTO cases (case_id, channel, merchant_ref, status, industry, language, current_limit, requested_limit,
                        granted_limit, outcome, version, opened_at, updated_at, closed_at, state, sealed_state)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15::jsonb, $16)
     ON CONFLICT (case_id) DO UPDATE SET
       channel = EXCLUDED.channel, merchant_ref = EXCLUDED.merchant_ref, status = EXCLUDED.status,
       industry = EXCLUDED.industry, language = EXCLUDED.language, current_limit = EXCLUDED.current_limit,
       requested_limit = EXCLUDED.requested_limit, granted_limit = EXCLUDED.granted_limit,
       outcome = EXCLUDED.outcome, version = EXCLUDED.version, opened_at = EXCLUDED.opened_at,
       updated_at = EXCLUDED.updated_at, closed_at = EXCLUDED.closed_at, state = EXCLUDED.state,
       sealed_state = EXCLUDED.sealed_state`,
    [
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
  );
  return true;
}
