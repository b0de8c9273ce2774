import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { IndustryId, Language } from '@uplift/domain';
import { CASE_LIMITS, INDUSTRIES } from '@uplift/domain';
import { IsIn, IsInt, IsString, Length, Matches, Max, Min } from 'class-validator';
import { IsGreaterThan } from './is-greater-than';
import { IsText, STORABLE_TEXT } from '../../http/text-rules';
import { IsOmittable } from '../../http/is-omittable';

const INDUSTRY_IDS: string[] = INDUSTRIES.map((entry) => entry.id);
const LANGUAGES: Language[] = ['zh', 'en'];

/** Body of POST /v1/cases: a channel asks for a merchant's credit limit to be raised. */
export class OpenCaseDto {
  @ApiPropertyOptional({
    description: "The calling key's own channel; optional (it is implied by the key), and any other channel is refused with 403.",
    pattern: CASE_LIMITS.channelPattern.source,
  })
  @IsOmittable()
  @IsString()
  @Matches(CASE_LIMITS.channelPattern)
  channel?: string;

  @ApiProperty({
    description: "The channel's own reference for the merchant (no NUL characters).",
    example: 'MER-2025-00917',
    minLength: 1,
    maxLength: CASE_LIMITS.maxMerchantRefChars,
    pattern: STORABLE_TEXT.source,
  })
  @IsString()
  @Length(1, CASE_LIMITS.maxMerchantRefChars)
  @IsText(STORABLE_TEXT)
  merchantRef!: string;

  @ApiProperty({
    type: 'integer',
    description: 'Current credit limit in whole CNY.',
    example: 50_000,
    minimum: 0,
    maximum: CASE_LIMITS.maxLimitCny,
  })
  @IsInt()
  @Min(0)
  @Max(CASE_LIMITS.maxLimitCny)
  currentLimit!: number;

  @ApiProperty({
    type: 'integer',
    description: 'Requested credit limit in whole CNY; must exceed currentLimit (`x-greater-than`), else 400 VALIDATION_FAILED.',
    example: 200_000,
    minimum: 1,
    maximum: CASE_LIMITS.maxLimitCny,
  })
  @IsInt()
  @Min(1)
  @Max(CASE_LIMITS.maxLimitCny)
  @IsGreaterThan('currentLimit')
  requestedLimit!: number;

  @ApiPropertyOptional({ description: 'Industry, when the channel already knows it.', enum: INDUSTRY_IDS, example: 'catering' })
  @IsOmittable()
  @IsIn(INDUSTRY_IDS)
  industry?: IndustryId;

  @ApiPropertyOptional({ description: 'Language the assistant speaks.', enum: LANGUAGES, default: 'zh', example: 'zh' })
  @IsOmittable()
  @IsIn(LANGUAGES)
  language?: Language;
}
