import { CASE_STATUSES } from '@uplift/domain';
import { ApiPropertyOptional } from '@nestjs/swagger';
import type { CaseStatus } from '@uplift/domain';
import { CASE_LIMITS } from '@uplift/domain';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';

const STATUSES: CaseStatus[] = CASE_STATUSES;

/** OpenAPI `format` of list cursors: the contract test teaches its generator what one looks like. */
export const LIST_CURSOR_FORMAT = 'uplift-list-cursor';
const LIST_CURSOR_PATTERN = /^[A-Za-z0-9_-]+$/;

/** Query of GET /v1/cases. A channel key only ever sees its own channel, whatever `channel` says. */
export class ListCasesQuery {
  @ApiPropertyOptional({ enum: STATUSES, example: 'collecting' })
  @IsOptional()
  @IsIn(STATUSES)
  status?: CaseStatus;

  @ApiPropertyOptional({
    description: 'Compliance keys only; a channel key is limited to its own channel.',
    example: 'wechat-mini',
    pattern: CASE_LIMITS.channelPattern.source,
  })
  @IsOptional()
  @IsString()
  @Matches(CASE_LIMITS.channelPattern)
  channel?: string;

  @ApiPropertyOptional({
    description: 'true: only cases whose merchant asked for a person (the human queue).',
    enum: ['true', 'false'],
    example: 'true',
  })
  @IsOptional()
  @IsIn(['true', 'false'])
  humanRequested?: 'true' | 'false';

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 100, default: 20, example: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;

  @ApiPropertyOptional({
    description:
      'nextCursor of the previous page: an opaque token (format `uplift-list-cursor`: base64url of a list position this API issued). ' +
      'Any other value is 400 VALIDATION_FAILED.',
    format: LIST_CURSOR_FORMAT,
    pattern: LIST_CURSOR_PATTERN.source,
    minLength: 1,
    maxLength: 512,
    example: 'eyJvIjoiMjAyNS0xMS0yMlQwODowMzoxMC4wMDBaIiwiYyI6IjVmMGM2YTUzLThjMWUtNGI4ZS05ZDhlLTJhOGYzYzFiN2UxMCJ9',
  })
  @IsOptional()
  @IsString()
  @Length(1, 512)
  @Matches(LIST_CURSOR_PATTERN)
  cursor?: string;
}
