import { CASE_STATUSES } from '@uplift/domain';
import { ApiPropertyOptional } from '@nestjs/swagger';
import type { CaseStatus } from '@uplift/domain';
import { CASE_LIMITS } from '@uplift/domain';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';

const STATUSES: CaseStatus[] = CASE_STATUSES;

/** Query of GET /v1/cases. A channel key only ever sees its own channel, whatever `channel` says. */
export class ListCasesQuery {
  @ApiPropertyOptional({ enum: STATUSES, example: 'collecting' })
  @IsOptional()
  @IsIn(STATUSES)
  status?: CaseStatus;

  @ApiPropertyOptional({ description: 'Compliance keys only; a channel key is limited to its own channel.', example: 'wechat-mini' })
  @IsOptional()
  @IsString()
  @Matches(CASE_LIMITS.channelPattern)
  channel?: string;

  @ApiPropertyOptional({ description: 'true: only cases whose merchant asked for a person (the human queue).', enum: ['true', 'false'], example: 'true' })
  @IsOptional()
  @IsIn(['true', 'false'])
  humanRequested?: 'true' | 'false';

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20, example: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page.', example: 'eyJ1cGRhdGVkQXQiOiIyMDI1LTExLTIyIn0' })
  @IsOptional()
  @IsString()
  @Length(1, 512)
  cursor?: string;
}
