export { ReviewClaims, claimedByAnother, type ReviewClaim } from './review-claims';
export { ReviewProposals, type ProposedVerdict, type ReviewProposal } from './review-proposals';
export {
  MAX_QUEUE_PAGE,
  ReviewQueue,
  type ReviewQueueCounts,
  type ReviewQueueFilter,
  type ReviewQueueItem,
  type ReviewQueuePage,
} from './review-queue';
