import { DomainError, ErrorCode } from '@uplift/domain';
import type { DataSource } from 'typeorm';
import { withSql, type Sql } from '../db/sql';
import { pageOf, queueItems, type QueueEntry, type ReferralReview } from './queue-items';
import type { ReviewQueueFilter, ReviewQueuePage } from './queue-types';

export type { ReviewQueueCounts, ReviewQueueFilter, ReviewQueueItem, ReviewQueuePage } from './queue-types';

/** Largest page of the queue. */
export const MAX_QUEUE_PAGE = 200;

interface Snapshot {
  version: number;
  entry: QueueEntry;
}

interface ReferralRow {
  caseId: string;
  version: number;
  channel: string;
  industry: string | null;
  currentLimit: string;
  requestedLimit: string;
  review: ReferralReview | null;
  humanRequestedAt: string | null;
  evidenceCount: number;
}

/**
 * The reviewers' queue: referred cases with their deadlines, claims and waiting proposals. What the
 * queue reads of a case's state is remembered per case version, so a request opens (detoasts) only the
 * states that changed since the last one; claims and proposals are read fresh every time.
 */
export class ReviewQueue {
  private readonly remembered = new Map<string, Snapshot>();

  constructor(
    private readonly ds: DataSource,
    /** How long a referred case waits before it is escalated (the case workflow's timer). */
    private readonly escalateAfterMs: number,
  ) {}

  /** A page of the queue and its counts. */
  async page(filter: ReviewQueueFilter): Promise<ReviewQueuePage> {
    const { limit } = filter;
    if (!Number.isSafeInteger(limit) || limit < 1 || limit > MAX_QUEUE_PAGE) {
      throw new DomainError(ErrorCode.ValidationFailed, `limit must be a whole number from 1 to ${MAX_QUEUE_PAGE}`, { field: 'limit' });
    }
    const { entries, claims, proposals, now } = await withSql(this.ds, async (sql) => {
      const current = await sql.rows<{ caseId: string; version: number }>(
        `SELECT case_id AS "caseId", version FROM cases WHERE status = 'in_review'`,
      );
      await this.refresh(sql, current);
      return {
        entries: current.map((c) => this.remembered.get(c.caseId)?.entry).filter((e): e is QueueEntry => e !== undefined),
        claims: await sql.rows<{ caseId: string; reviewerId: string; expiresAt: Date }>(
          `SELECT case_id AS "caseId", reviewer_id AS "reviewerId", expires_at AS "expiresAt" FROM review_claims WHERE expires_at > now()`,
        ),
        proposals: await sql.rows<{ caseId: string; proposedBy: string; outcome: string; grantedLimit: string }>(
          `SELECT case_id AS "caseId", proposed_by AS "proposedBy", outcome, granted_limit AS "grantedLimit" FROM review_proposals`,
        ),
        now: (await sql.one<{ now: Date }>('SELECT now() AS now'))?.now ?? new Date(),
      };
    });
    const items = queueItems(entries, {
      escalateAfterMs: this.escalateAfterMs,
      now: now.getTime(),
      claims: new Map(claims.map((c) => [c.caseId, { reviewerId: c.reviewerId, expiresAt: c.expiresAt.toISOString() }])),
      proposals: new Map(
        proposals.map((p) => [p.caseId, { proposedBy: p.proposedBy, outcome: p.outcome, grantedLimit: Number(p.grantedLimit) }]),
      ),
    });
    return pageOf(items, filter);
  }

  /** Opens the states of cases new to the queue or changed since they were last read; forgets cases that left it. */
  private async refresh(sql: Sql, current: readonly { caseId: string; version: number }[]): Promise<void> {
    const live = new Set(current.map((c) => c.caseId));
    for (const id of this.remembered.keys()) if (!live.has(id)) this.remembered.delete(id);
    const stale = current.filter((c) => this.remembered.get(c.caseId)?.version !== c.version).map((c) => c.caseId);
    if (stale.length === 0) return;
    // jsonb_to_record opens each state once and takes only the three members the queue reads.
    const rows = await sql.rows<ReferralRow>(
      `SELECT c.case_id AS "caseId", c.version, c.channel, c.industry, c.current_limit AS "currentLimit", c.requested_limit AS "requestedLimit",
         st.review, st."humanRequestedAt", jsonb_array_length(COALESCE(st."evidenceOrder", '[]'::jsonb)) AS "evidenceCount"
       FROM cases c CROSS JOIN LATERAL jsonb_to_record(c.state) AS st(review jsonb, "humanRequestedAt" text, "evidenceOrder" jsonb)
       WHERE c.case_id = ANY($1::text[]) AND c.status = 'in_review'`,
      [stale],
    );
    for (const row of rows) {
      if (!row.review || typeof row.review !== 'object' || !row.review.engineDecision) continue;
      this.remembered.set(row.caseId, {
        version: row.version,
        entry: {
          caseId: row.caseId,
          channel: row.channel,
          industry: row.industry,
          currentLimit: Number(row.currentLimit),
          requestedLimit: Number(row.requestedLimit),
          review: row.review,
          humanRequested: row.humanRequestedAt !== null,
          evidenceCount: row.evidenceCount,
        },
      });
    }
  }
}
