import { ApiProperty } from '@nestjs/swagger';
import { REVIEWER_REASON_CODES } from './reviewer-reasons';

/** Who holds a case, until when. */
export class QueueClaimDto {
  @ApiProperty({ description: "The reviewer's API key id.", example: '0123456789abcdef0123456789abcdef' })
  reviewerId!: string;

  @ApiProperty({ example: '2026-11-29T08:30:00.000Z' })
  expiresAt!: string;
}

/** An override waiting for a second reviewer, as the queue lists it. */
export class QueueProposalDto {
  @ApiProperty({ example: '0123456789abcdef0123456789abcdef' })
  proposedBy!: string;

  @ApiProperty({ enum: ['approved', 'partial', 'declined'], example: 'approved' })
  outcome!: string;

  @ApiProperty({ example: 400000 })
  grantedLimit!: number;
}

/** One referred case in the queue. */
export class ReviewQueueItemDto {
  @ApiProperty({ example: '5f0c6a53-8c1e-4b8e-9d8e-2a8f3c1b7e10' })
  caseId!: string;

  @ApiProperty({ example: 'wechat-mini' })
  channel!: string;

  @ApiProperty({ nullable: true, type: String, example: 'wholesale' })
  industry!: string | null;

  @ApiProperty({ example: 100000 })
  currentLimit!: number;

  @ApiProperty({ example: 300000 })
  requestedLimit!: number;

  @ApiProperty({ description: "The engine's provisional figure.", example: 180000 })
  provisionalLimit!: number;

  @ApiProperty({
    type: [String],
    description: "Reason codes of the engine's decision.",
    example: ['ESTIMATE_INVOICES', 'REFERRED_TO_REVIEWER'],
  })
  reasons!: string[];

  @ApiProperty({ type: [String], description: 'Why the engine referred the case.', example: ['AUTHENTICITY_CRITICAL'] })
  triggers!: string[];

  @ApiProperty({ example: '2026-11-29T08:00:00.000Z' })
  referredAt!: string;

  @ApiProperty({ description: 'The escalation deadline.', example: '2026-11-30T08:00:00.000Z' })
  dueAt!: string;

  @ApiProperty({ nullable: true, type: String, example: null })
  escalatedAt!: string | null;

  @ApiProperty({ example: false })
  overdue!: boolean;

  @ApiProperty({ description: 'The merchant asked for a person.', example: false })
  humanRequested!: boolean;

  @ApiProperty({ example: 3 })
  evidenceCount!: number;

  @ApiProperty({ type: QueueClaimDto, nullable: true })
  claim!: QueueClaimDto | null;

  @ApiProperty({ type: QueueProposalDto, nullable: true })
  proposal!: QueueProposalDto | null;
}

/** Counts over the whole queue. */
export class ReviewQueueCountsDto {
  @ApiProperty({ description: 'Referred cases in the queue.', example: 42 })
  total!: number;

  @ApiProperty({ description: 'Of those, how many match the filter.', example: 12 })
  matching!: number;

  @ApiProperty({ example: 30 })
  unclaimed!: number;

  @ApiProperty({ description: 'Claimed by the caller.', example: 2 })
  mine!: number;

  @ApiProperty({ description: 'Past their escalation deadline.', example: 5 })
  overdue!: number;

  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' }, example: { wholesale: 20, catering: 22 } })
  byIndustry!: Record<string, number>;
}

/** Response of GET /v1/review-queue. */
export class ReviewQueuePageDto {
  @ApiProperty({ type: [ReviewQueueItemDto] })
  items!: ReviewQueueItemDto[];

  @ApiProperty({ type: ReviewQueueCountsDto })
  counts!: ReviewQueueCountsDto;

  @ApiProperty({
    description: 'Granted limits above this (CNY), when the reviewer departs from the engine, need a second reviewer.',
    example: 200000,
  })
  fourEyesAbove!: number;

  @ApiProperty({ enum: REVIEWER_REASON_CODES, isArray: true, description: 'The closed list of reviewer reason codes.' })
  reasonCodes!: string[];
}

/** Response of PUT /v1/review-queue/:id/claim. */
export class ReviewClaimDto {
  @ApiProperty({ example: '5f0c6a53-8c1e-4b8e-9d8e-2a8f3c1b7e10' })
  caseId!: string;

  @ApiProperty({ example: '0123456789abcdef0123456789abcdef' })
  reviewerId!: string;

  @ApiProperty({ example: '2026-11-29T08:00:00.000Z' })
  claimedAt!: string;

  @ApiProperty({ example: '2026-11-29T08:30:00.000Z' })
  expiresAt!: string;
}
