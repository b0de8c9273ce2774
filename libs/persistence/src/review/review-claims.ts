import { DomainError, ErrorCode } from '@uplift/domain';
import type { DataSource } from 'typeorm';
import { withSql, type Sql } from '../db/sql';

/** Who is working on a referred case, until when (ISO times). */
export interface ReviewClaim {
  caseId: string;
  reviewerId: string;
  claimedAt: string;
  expiresAt: string;
}

interface ClaimRow {
  caseId: string;
  reviewerId: string;
  claimedAt: Date;
  expiresAt: Date;
}

const COLUMNS = 'case_id AS "caseId", reviewer_id AS "reviewerId", claimed_at AS "claimedAt", expires_at AS "expiresAt"';
const toClaim = (row: ClaimRow): ReviewClaim => ({
  ...row,
  claimedAt: row.claimedAt.toISOString(),
  expiresAt: row.expiresAt.toISOString(),
});

/** REVIEW_CLAIMED: another reviewer holds the case until the claim's end. */
export function claimedByAnother(claim: ReviewClaim): DomainError {
  return new DomainError(ErrorCode.ReviewClaimed, 'Another reviewer is working on this case.', {
    reviewerId: claim.reviewerId,
    expiresAt: claim.expiresAt,
  });
}

/**
 * Claims on referred cases, so that two reviewers do not decide the same case: a claim lasts a
 * configured time (renewed by claiming again) and a lapsed claim is free to take. The database clock
 * decides expiry, the same clock for every API process.
 */
export class ReviewClaims {
  constructor(private readonly ds: DataSource) {}

  /** Claims (or renews) the case for `reviewerId`; REVIEW_CLAIMED while another reviewer's claim lasts. */
  async claim(caseId: string, reviewerId: string, ttlMs: number): Promise<ReviewClaim> {
    return withSql(this.ds, async (sql) => {
      // One statement: a concurrent claim either waits on the row lock or sees the winner's row.
      const taken = await sql.one<ClaimRow>(
        `INSERT INTO review_claims (case_id, reviewer_id, claimed_at, expires_at)
         VALUES ($1, $2, now(), now() + $3::float8 * interval '1 millisecond')
         ON CONFLICT (case_id) DO UPDATE SET reviewer_id = EXCLUDED.reviewer_id, claimed_at = EXCLUDED.claimed_at, expires_at = EXCLUDED.expires_at
           WHERE review_claims.reviewer_id = EXCLUDED.reviewer_id OR review_claims.expires_at <= now()
         RETURNING ${COLUMNS}`,
        [caseId, reviewerId, ttlMs],
      );
      if (taken) return toClaim(taken);
      const holder = await liveClaim(sql, caseId);
      throw holder
        ? claimedByAnother(holder)
        : new DomainError(ErrorCode.ConcurrencyConflict, 'The claim changed hands meanwhile; try again.');
    });
  }

  /** Releases the reviewer's claim (a no-op when there is none); REVIEW_CLAIMED when another reviewer holds it. */
  async release(caseId: string, reviewerId: string): Promise<void> {
    await withSql(this.ds, async (sql) => {
      await sql.run('DELETE FROM review_claims WHERE case_id = $1 AND (reviewer_id = $2 OR expires_at <= now())', [caseId, reviewerId]);
      const holder = await liveClaim(sql, caseId);
      if (holder && holder.reviewerId !== reviewerId) throw claimedByAnother(holder);
    });
  }

  /** The live claim on a case, or null. */
  async holder(caseId: string): Promise<ReviewClaim | null> {
    return withSql(this.ds, (sql) => liveClaim(sql, caseId));
  }

  /** Throws REVIEW_CLAIMED unless the case is unclaimed or claimed by `reviewerId`. */
  async assertFreeFor(caseId: string, reviewerId: string): Promise<void> {
    const holder = await this.holder(caseId);
    if (holder && holder.reviewerId !== reviewerId) throw claimedByAnother(holder);
  }

  /** Forgets the claim and any proposal of a decided case. */
  async settle(caseId: string): Promise<void> {
    await withSql(this.ds, async (sql) => {
      await sql.run('DELETE FROM review_claims WHERE case_id = $1', [caseId]);
      await sql.run('DELETE FROM review_proposals WHERE case_id = $1', [caseId]);
    });
  }
}

async function liveClaim(sql: Sql, caseId: string): Promise<ReviewClaim | null> {
  const row = await sql.one<ClaimRow>(`SELECT ${COLUMNS} FROM review_claims WHERE case_id = $1 AND expires_at > now()`, [caseId]);
  return row ? toClaim(row) : null;
}
