import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { IndustryId, Language } from '@uplift/domain';
import { CASE_LIMITS, INDUSTRIES } from '@uplift/domain';
import { IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { IsGreaterThan } from './is-greater-than';

const INDUSTRY_IDS: string[] = INDUSTRIES.map((entry) => entry.id);
const LANGUAGES: Language[] = ['zh', 'en'];

/** Body of POST /v1/cases: a channel asks for a merchant's credit limit to be raised. */
export class OpenCaseDto {
  @ApiPropertyOptional({
    description: "The calling key's channel; optional, but if given it must be that channel.",
    example: 'wechat-mini',
    pattern: CASE_LIMITS.channelPattern.source,
  })
  @IsOptional()
  @IsString()
  @Matches(CASE_LIMITS.channelPattern)
  channel?: string;

  @ApiProperty({ description: "The channel's own reference for the merchant.", example: 'MER-2025-00917', minLength: 1, maxLength: CASE_LIMITS.maxMerchantRefChars })
  @IsString()
  @Length(1, CASE_LIMITS.maxMerchantRefChars)
  merchantRef!: string;

  @ApiProperty({ description: 'Current credit limit in whole CNY.', example: 50_000, minimum: 0, maximum: CASE_LIMITS.maxLimitCny })
  @IsInt()
  @Min(0)
  @Max(CASE_LIMITS.maxLimitCny)
  currentLimit!: number;

  @ApiProperty({ description: 'Requested credit limit in whole CNY; must exceed currentLimit.', example: 200_000, maximum: CASE_LIMITS.maxLimitCny })
  @IsInt()
  @Max(CASE_LIMITS.maxLimitCny)
  @IsGreaterThan('currentLimit')
  requestedLimit!: number;

  @ApiPropertyOptional({ description: 'Industry, when the channel already knows it.', enum: INDUSTRY_IDS, example: 'catering' })
  @IsOptional()
  @IsIn(INDUSTRY_IDS)
  industry?: IndustryId;

  @ApiPropertyOptional({ description: 'Language the assistant speaks.', enum: LANGUAGES, default: 'zh', example: 'zh' })
  @IsOptional()
  @IsIn(LANGUAGES)
  language?: Language;
}
