import { ApiPropertyOptional } from '@nestjs/swagger';
import { CASE_LIMITS } from '@uplift/domain';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';

/** Query of GET /v1/review-queue. */
export class ReviewQueueQuery {
  @ApiPropertyOptional({ description: 'Industry id (catalogue), or "unknown".', example: 'wholesale', pattern: '^[a-z_]{1,40}$' })
  @IsOptional()
  @IsString()
  @Matches(/^[a-z_]{1,40}$/)
  industry?: string;

  @ApiPropertyOptional({
    description: "A reason code of the engine's decision.",
    example: 'AUTHENTICITY_CRITICAL_FINDING',
    pattern: '^[A-Z_]{1,60}$',
  })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Z_]{1,60}$/)
  reason?: string;

  @ApiPropertyOptional({
    type: 'integer',
    description: 'Smallest requested limit (CNY).',
    minimum: 0,
    maximum: CASE_LIMITS.maxLimitCny,
    example: 100000,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(CASE_LIMITS.maxLimitCny)
  minRequested?: number;

  @ApiPropertyOptional({
    type: 'integer',
    description: 'Largest requested limit (CNY).',
    minimum: 0,
    maximum: CASE_LIMITS.maxLimitCny,
    example: 500000,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(CASE_LIMITS.maxLimitCny)
  maxRequested?: number;

  @ApiPropertyOptional({ enum: ['any', 'unclaimed', 'mine', 'others'], default: 'any' })
  @IsOptional()
  @IsIn(['any', 'unclaimed', 'mine', 'others'])
  claim?: 'any' | 'unclaimed' | 'mine' | 'others';

  @ApiPropertyOptional({
    description: 'true: only cases past their escalation deadline; false: only those before it.',
    enum: ['true', 'false'],
  })
  @IsOptional()
  @IsIn(['true', 'false'])
  overdue?: 'true' | 'false';

  @ApiPropertyOptional({
    enum: ['due', 'newest', 'amount'],
    default: 'due',
    description: 'due: earliest deadline first; newest: latest referral first; amount: largest request first.',
  })
  @IsOptional()
  @IsIn(['due', 'newest', 'amount'])
  sort?: 'due' | 'newest' | 'amount';

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: 100000, default: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(100_000)
  offset?: number;
}
