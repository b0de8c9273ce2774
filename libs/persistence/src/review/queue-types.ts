// The queue's shapes, shared by the store (review-queue.ts) and the pure listing (queue-items.ts).

/** Which referred cases to list, and in what order. `reviewerId` is the caller (for "mine"). */
export interface ReviewQueueFilter {
  reviewerId: string;
  industry?: string;
  /** Only cases whose engine decision carries this reason code. */
  reason?: string;
  minRequested?: number;
  maxRequested?: number;
  claim?: 'any' | 'unclaimed' | 'mine' | 'others';
  overdue?: boolean;
  /** due: earliest escalation deadline first (oldest referral); newest: latest referral first; amount: largest request first. */
  sort?: 'due' | 'newest' | 'amount';
  limit: number;
  offset?: number;
}

/** One referred case as the queue shows it (times ISO 8601). */
export interface ReviewQueueItem {
  caseId: string;
  channel: string;
  industry: string | null;
  currentLimit: number;
  requestedLimit: number;
  /** The engine's provisional figure. */
  provisionalLimit: number;
  reasons: string[];
  /** Why the engine referred the case (REFERRED_TO_REVIEWER's triggers). */
  triggers: string[];
  referredAt: string;
  /** The escalation deadline: referral plus the configured wait. */
  dueAt: string;
  escalatedAt: string | null;
  overdue: boolean;
  humanRequested: boolean;
  evidenceCount: number;
  claim: { reviewerId: string; expiresAt: string } | null;
  proposal: { proposedBy: string; outcome: string; grantedLimit: number } | null;
}

/** Counts over the whole queue, and how many cases match the filter. */
export interface ReviewQueueCounts {
  total: number;
  matching: number;
  unclaimed: number;
  mine: number;
  overdue: number;
  byIndustry: Record<string, number>;
}

/** A page of the queue with its counts. */
export interface ReviewQueuePage {
  items: ReviewQueueItem[];
  counts: ReviewQueueCounts;
}
