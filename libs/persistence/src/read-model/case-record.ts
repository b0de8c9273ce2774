import type { CaseState } from '@uplift/domain';
import type { CaseEntity } from '../entities';

/** One case as the read model lists it: the filterable columns plus the whole folded state. */
export interface CaseRecord {
  caseId: string;
  channel: string;
  merchantRef: string;
  status: string;
  industry: string | null;
  language: string;
  currentLimit: number;
  requestedLimit: number;
  grantedLimit: number | null;
  outcome: string | null;
  version: number;
  openedAt: string;
  updatedAt: string;
  closedAt: string | null;
  /** When the case key was shredded; from then on `state` is the erased state (docs/adr/0020). */
  erasedAt: string | null;
  state: CaseState;
}

/** The CaseRecord of a cases row, with the state to show (whole, or erased once erasedAt is set). */
export function toCaseRecord(row: CaseEntity, state: CaseState, erasedAt: string | null): CaseRecord {
  return {
    caseId: row.caseId,
    channel: row.channel,
    merchantRef: row.merchantRef,
    status: row.status,
    industry: row.industry,
    language: row.language,
    currentLimit: row.currentLimit,
    requestedLimit: row.requestedLimit,
    grantedLimit: row.grantedLimit,
    outcome: row.outcome,
    version: row.version,
    openedAt: row.openedAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    closedAt: row.closedAt ? row.closedAt.toISOString() : null,
    erasedAt,
    state,
  };
}
