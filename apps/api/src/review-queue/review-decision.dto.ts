import { ApiProperty } from '@nestjs/swagger';
import { CASE_LIMITS } from '@uplift/domain';
import { IsIn, IsInt, IsString, Max, MaxLength, Min } from 'class-validator';
import { ReviewResultDto } from '../reviews/review-verdict.dto';
import { MAX_REVIEWER_NOTE_CHARS, REVIEWER_REASON_CODES, type ReviewerReasonCode } from './reviewer-reasons';

/** Body of POST /v1/review-queue/:id/decision. */
export class ReviewDecisionDto {
  @ApiProperty({ enum: ['approved', 'partial', 'declined'], example: 'partial' })
  @IsIn(['approved', 'partial', 'declined'])
  outcome!: 'approved' | 'partial' | 'declined';

  @ApiProperty({
    type: 'integer',
    description: 'New limit in whole CNY (the current limit when declined).',
    minimum: 0,
    maximum: CASE_LIMITS.maxLimitCny,
    example: 150000,
  })
  @IsInt()
  @Min(0)
  @Max(CASE_LIMITS.maxLimitCny)
  grantedLimit!: number;

  @ApiProperty({ enum: REVIEWER_REASON_CODES, example: 'EVIDENCE_SUPPORTS_PART' })
  @IsIn(REVIEWER_REASON_CODES)
  reasonCode!: ReviewerReasonCode;

  @ApiProperty({ maxLength: MAX_REVIEWER_NOTE_CHARS, example: 'Invoices confirm about half the declared revenue.' })
  @IsString()
  @MaxLength(MAX_REVIEWER_NOTE_CHARS)
  note!: string;
}

/** An override waiting for a second reviewer. */
export class ReviewProposalDto {
  @ApiProperty({ example: '5f0c6a53-8c1e-4b8e-9d8e-2a8f3c1b7e10' })
  caseId!: string;

  @ApiProperty({ example: '0123456789abcdef0123456789abcdef' })
  proposedBy!: string;

  @ApiProperty({ enum: ['approved', 'partial', 'declined'], example: 'approved' })
  outcome!: string;

  @ApiProperty({ example: 400000 })
  grantedLimit!: number;

  @ApiProperty({ enum: REVIEWER_REASON_CODES, example: 'POLICY_EXCEPTION' })
  reasonCode!: string;

  @ApiProperty({ nullable: true, type: String, description: 'Null once the case was erased.', example: 'Long-standing customer.' })
  note!: string | null;

  @ApiProperty({ example: '2026-11-29T08:10:00.000Z' })
  proposedAt!: string;
}

/** Result of a decision or a confirmation: decided (the case's new decision) or proposed (waiting for a second reviewer). */
export class ReviewDeskOutcomeDto {
  @ApiProperty({ enum: ['decided', 'proposed'], example: 'decided' })
  status!: 'decided' | 'proposed';

  @ApiProperty({ type: ReviewResultDto, nullable: true })
  result!: ReviewResultDto | null;

  @ApiProperty({ type: ReviewProposalDto, nullable: true })
  proposal!: ReviewProposalDto | null;
}
