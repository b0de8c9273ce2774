import type { ReviewQueueFilter, ReviewQueueItem, ReviewQueuePage } from './queue-types';

/** The engine's referral as the case state holds it (state.review). */
export interface ReferralReview {
  referredAt: string;
  escalatedAt: string | null;
  engineDecision: { grantedLimit: number; reasons: { code: string; params: Record<string, unknown> }[] };
}

/** What the queue keeps of a referred case's state. */
export interface QueueEntry {
  caseId: string;
  channel: string;
  industry: string | null;
  currentLimit: number;
  requestedLimit: number;
  review: ReferralReview;
  humanRequested: boolean;
  evidenceCount: number;
}

/** The moment, the escalation wait and who holds or proposes what, by case id. */
export interface QueueContext {
  now: number;
  escalateAfterMs: number;
  claims: ReadonlyMap<string, { reviewerId: string; expiresAt: string }>;
  proposals: ReadonlyMap<string, { proposedBy: string; outcome: string; grantedLimit: number }>;
}

/** The queue items of the entries at `context.now`. */
export function queueItems(entries: readonly QueueEntry[], context: QueueContext): ReviewQueueItem[] {
  return entries.map((e) => {
    const referral = e.review.engineDecision.reasons.find((r) => r.code === 'REFERRED_TO_REVIEWER');
    const triggers = typeof referral?.params['triggers'] === 'string' ? referral.params['triggers'].split('+').filter(Boolean) : [];
    const dueAt = Date.parse(e.review.referredAt) + context.escalateAfterMs;
    return {
      caseId: e.caseId,
      channel: e.channel,
      industry: e.industry,
      currentLimit: e.currentLimit,
      requestedLimit: e.requestedLimit,
      provisionalLimit: e.review.engineDecision.grantedLimit,
      reasons: e.review.engineDecision.reasons.map((r) => r.code),
      triggers,
      referredAt: e.review.referredAt,
      dueAt: new Date(dueAt).toISOString(),
      escalatedAt: e.review.escalatedAt,
      overdue: dueAt <= context.now || e.review.escalatedAt !== null,
      humanRequested: e.humanRequested,
      evidenceCount: e.evidenceCount,
      claim: context.claims.get(e.caseId) ?? null,
      proposal: context.proposals.get(e.caseId) ?? null,
    };
  });
}

function matches(item: ReviewQueueItem, f: ReviewQueueFilter): boolean {
  const claim = f.claim ?? 'any';
  const holder = item.claim?.reviewerId;
  return (
    (f.industry === undefined || (item.industry ?? 'unknown') === f.industry) &&
    (f.reason === undefined || item.reasons.includes(f.reason)) &&
    (f.minRequested === undefined || item.requestedLimit >= f.minRequested) &&
    (f.maxRequested === undefined || item.requestedLimit <= f.maxRequested) &&
    (f.overdue === undefined || item.overdue === f.overdue) &&
    (claim === 'any' ||
      (claim === 'unclaimed' && holder === undefined) ||
      (claim === 'mine' && holder === f.reviewerId) ||
      (claim === 'others' && holder !== undefined && holder !== f.reviewerId))
  );
}

const byId = (a: ReviewQueueItem, b: ReviewQueueItem): number => (a.caseId < b.caseId ? -1 : a.caseId > b.caseId ? 1 : 0);
const ORDER: Record<NonNullable<ReviewQueueFilter['sort']>, (a: ReviewQueueItem, b: ReviewQueueItem) => number> = {
  due: (a, b) => a.dueAt.localeCompare(b.dueAt) || byId(a, b),
  newest: (a, b) => b.referredAt.localeCompare(a.referredAt) || byId(a, b),
  amount: (a, b) => b.requestedLimit - a.requestedLimit || a.dueAt.localeCompare(b.dueAt) || byId(a, b),
};

/** The filtered, sorted page and the counts over the whole queue. */
export function pageOf(items: readonly ReviewQueueItem[], filter: ReviewQueueFilter): ReviewQueuePage {
  const matching = items.filter((i) => matches(i, filter)).sort(ORDER[filter.sort ?? 'due']);
  const offset = filter.offset ?? 0;
  const byIndustry: Record<string, number> = {};
  for (const i of items) byIndustry[i.industry ?? 'unknown'] = (byIndustry[i.industry ?? 'unknown'] ?? 0) + 1;
  return {
    items: matching.slice(offset, offset + filter.limit),
    counts: {
      total: items.length,
      matching: matching.length,
      unclaimed: items.filter((i) => i.claim === null).length,
      mine: items.filter((i) => i.claim?.reviewerId === filter.reviewerId).length,
      overdue: items.filter((i) => i.overdue).length,
      byIndustry,
    },
  };
}
