import { canonicalJson, foldCase, initialCaseState, type CaseEvent, type CaseState } from '@uplift/domain';
import type { Sql } from '../db/sql';
import { rowToCaseEvent, rowToErasedEvent, selectStream } from '../event-store/stored-events';
import { STATE_PLACE, type CaseSeal } from '../privacy/case-seal';
import { NO_SEALED_STATE } from './write-case-row';

/** Folds a stored stream (through `throughSeq`) from the initial state, whole where `seal` opens it. */
export async function foldStoredStream(
  sql: Sql,
  caseId: string,
  throughSeq: number | undefined,
  seal: CaseSeal | null,
): Promise<CaseState> {
  const rows = await selectStream(sql, caseId, throughSeq);
  return foldCase(
    initialCaseState(caseId),
    rows.map((row) => rowToCaseEvent(row, seal).event),
  );
}

/** Folds a stored stream's erased forms: the state that survives erasure. */
export async function foldErasedStream(sql: Sql, caseId: string, throughSeq?: number): Promise<CaseState> {
  const rows = await selectStream(sql, caseId, throughSeq);
  return foldCase(initialCaseState(caseId), rows.map(rowToErasedEvent));
}

/**
 * The whole state sealed for the read model (NO_SEALED_STATE without a seal). Canonical JSON: the
 * events an append folds carry their data in canonical key order, those a rebuild reads from jsonb in
 * PostgreSQL's, so only a canonical text makes both write the same bytes.
 */
export function sealedCaseState(whole: CaseState | null, seal: CaseSeal | null): Buffer {
  return whole && seal ? seal.seal(STATE_PLACE, canonicalJson(whole)) : NO_SEALED_STATE;
}

/** An appended event, whole and erased. */
export interface ProjectedEvent {
  event: CaseEvent;
  erased: CaseEvent;
}

/** The read-model row of a case as an append finds it (locked FOR UPDATE in its transaction). */
export interface LockedCaseRow {
  state: CaseState;
  sealedState: Buffer | null;
}

/** The row an append writes: the erased state in clear, the whole state sealed (or NO_SEALED_STATE). */
export interface ProjectedRow {
  erased: CaseState;
  sealedState: Buffer;
}

/**
 * Projects events being appended at versions fromVersion+1.. onto the case's read-model row, inside
 * the append's transaction: the erased state in clear, the whole state sealed with the case's seal
 * (none once the key is shredded). `row` is the row as the append locked it (null: none yet), so two
 * projections of one case cannot interleave. When the row is not at fromVersion (no row yet, a row
 * left by an older projector, or a row from before sealing), the base states are refolded from the
 * stream instead of trusted. The caller writes the result (caseRowUpsert) with its events.
 */
export async function projectOnto(
  sql: Sql,
  caseId: string,
  fromVersion: number,
  events: readonly ProjectedEvent[],
  seal: CaseSeal | null,
  row: LockedCaseRow | null,
): Promise<ProjectedRow> {
  const current = row !== null && row.state.version === fromVersion;
  const refold = async (whole: boolean) => {
    if (fromVersion === 0) return initialCaseState(caseId);
    return whole ? foldStoredStream(sql, caseId, fromVersion, seal) : foldErasedStream(sql, caseId, fromVersion);
  };
  const erasedBase = current && row.sealedState !== null ? row.state : await refold(false);
  let wholeBase: CaseState | null = null;
  if (seal) {
    if (current && row.sealedState === null) wholeBase = row.state;
    else if (current && row.sealedState && row.sealedState.length > 0)
      wholeBase = JSON.parse(seal.open(STATE_PLACE, row.sealedState)) as CaseState;
    else wholeBase = await refold(true);
  }
  const erased = foldCase(
    erasedBase,
    events.map((e) => e.erased),
  );
  const whole = wholeBase
    ? foldCase(
        wholeBase,
        events.map((e) => e.event),
      )
    : null;
  return { erased, sealedState: sealedCaseState(whole, seal) };
}
