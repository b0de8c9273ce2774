import { DomainError, ErrorCode, type CaseState, type CaseStatus } from '@uplift/domain';
import type { DataSource } from 'typeorm';
import { withSql } from '../db/sql';
import { CaseEntity } from '../entities';
import type { MasterKeyRing } from '../evidence/case-key-store';
import { STATE_PLACE } from '../privacy/case-seal';
import { keyRing, sealsForRead, type CaseKeyStatus, type MasterKeys } from '../privacy/case-seals';
import { toCaseRecord, type CaseRecord } from './case-record';
import { decodeCursor, encodeCursor } from './list-cursor';

/** Filter and page of a case listing. `cursor` is the nextCursor of the previous page. */
export interface CaseListFilter {
  channel?: string;
  status?: string;
  /** Only cases whose merchant asked for a person (true) or did not (false). */
  humanRequested?: boolean;
  limit: number;
  cursor?: string;
}

/** One page of cases, newest first; nextCursor is null on the last page. */
export interface CaseListPage {
  items: CaseRecord[];
  nextCursor: string | null;
}

/** Largest page a caller may ask for. */
export const MAX_CASE_PAGE = 500;

/**
 * Reads of the case read model. Keyset paging keeps pages stable while new cases arrive. The whole
 * state is opened with the case key; once the key is shredded the erased state is what there is.
 */
export class CaseQueries {
  readonly #keys: MasterKeyRing;

  constructor(
    private readonly ds: DataSource,
    keys: MasterKeys,
  ) {
    this.#keys = keyRing(keys);
  }

  /** One case, or null when no opened case has this id. */
  async get(caseId: string): Promise<CaseRecord | null> {
    const row = await this.ds.getRepository(CaseEntity).findOneBy({ caseId });
    return row ? ((await this.records([row]))[0] ?? null) : null;
  }

  /** Records of rows, their states opened where their keys allow. */
  private async records(rows: CaseEntity[]): Promise<CaseRecord[]> {
    if (rows.length === 0) return [];
    const keys = await withSql(this.ds, (sql) =>
      sealsForRead(
        sql,
        this.#keys,
        rows.map((r) => r.caseId),
      ),
    );
    return rows.map((row) => {
      const status = keys.get(row.caseId) ?? { seal: null, shreddedAt: null };
      return toCaseRecord(row, shownState(row, status), status.shreddedAt);
    });
  }

  /** Who a case belongs to and where it stands, without its state: what access checks need. */
  async ownership(caseId: string): Promise<{ channel: string; status: CaseStatus } | null> {
    const rows = await this.ds.query<{ channel: string; status: CaseStatus }[]>('SELECT channel, status FROM cases WHERE case_id = $1', [
      caseId,
    ]);
    return rows[0] ?? null;
  }

  /** A page of cases ordered by (openedAt desc, caseId desc), optionally filtered by channel and status. */
  async list(filter: CaseListFilter): Promise<CaseListPage> {
    const { channel, status, humanRequested, limit, cursor } = filter;
    if (!Number.isSafeInteger(limit) || limit < 1 || limit > MAX_CASE_PAGE) {
      throw new DomainError(ErrorCode.ValidationFailed, `limit must be a whole number from 1 to ${MAX_CASE_PAGE}`, {
        field: 'limit',
      });
    }
    const query = this.ds.getRepository(CaseEntity).createQueryBuilder('c');
    if (channel !== undefined) query.andWhere('c.channel = :channel', { channel });
    if (status !== undefined) query.andWhere('c.status = :status', { status });
    if (humanRequested !== undefined) {
      query.andWhere(`c.state ->> 'humanRequestedAt' IS ${humanRequested ? 'NOT ' : ''}NULL`);
    }
    if (cursor !== undefined) {
      const after = decodeCursor(cursor);
      // Row comparison matches the composite index and the sort order exactly.
      query.andWhere('(c.openedAt, c.caseId) < (CAST(:afterOpenedAt AS timestamptz), :afterCaseId)', {
        afterOpenedAt: after.openedAt,
        afterCaseId: after.caseId,
      });
    }
    // One extra row tells whether another page exists without a count query.
    const rows = await query
      .orderBy('c.openedAt', 'DESC')
      .addOrderBy('c.caseId', 'DESC')
      .limit(limit + 1)
      .getMany();
    const items = await this.records(rows.slice(0, limit));
    const last = items[items.length - 1];
    const nextCursor = rows.length > limit && last ? encodeCursor({ openedAt: last.openedAt, caseId: last.caseId }) : null;
    return { items, nextCursor };
  }

  /** The (erased) state of every case a human reviewer has decided: the agreement report needs no personal data. */
  async reviewedCaseStates(): Promise<CaseState[]> {
    const rows = await this.ds
      .getRepository(CaseEntity)
      .createQueryBuilder('c')
      .where(`c.state -> 'review' ->> 'decidedAt' IS NOT NULL`)
      .orderBy('c.openedAt', 'ASC')
      .getMany();
    return rows.map((r) => r.state);
  }
}

/** The whole state when the key opens it (or the row predates sealing); the erased state otherwise. */
function shownState(row: CaseEntity, key: CaseKeyStatus): CaseState {
  if (row.sealedState === null) return row.state;
  if (key.seal && row.sealedState.length > 0) return JSON.parse(key.seal.open(STATE_PLACE, row.sealedState)) as CaseState;
  return row.state;
}
