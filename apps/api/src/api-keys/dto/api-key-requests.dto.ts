import { ApiPropertyOptional, ApiProperty } from '@nestjs/swagger';
import { CASE_LIMITS } from '@uplift/domain';
import { API_KEY_ROLES, MAX_API_KEY_LIFETIME_MS, MAX_ROTATION_GRACE_MS, type ApiKeyRole } from '@uplift/persistence';
import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { durationSchema, IsDuration } from './is-duration';
import { IsText, NON_BLANK_TEXT } from '../../http/text-rules';
import { IsOmittable } from '../../http/is-omittable';

const ROLES = [...API_KEY_ROLES];

/** Body of POST /v1/api-keys. */
export class CreateApiKeyDto {
  @ApiProperty({
    description: 'The channel the key acts for (for other roles: the team that holds it).',
    example: 'wechat-mini',
    pattern: CASE_LIMITS.channelPattern.source,
  })
  @IsString()
  @Matches(CASE_LIMITS.channelPattern, {
    message: 'channel must be 1-64 lower-case letters, digits, "_" or "-", starting with a letter or digit',
  })
  channel!: string;

  @ApiProperty({ enum: ROLES, example: 'channel' })
  @IsIn(ROLES)
  role!: ApiKeyRole;

  @ApiPropertyOptional({
    description: 'Who holds the key and what for (not blank, no NUL characters); default "<role> key for <channel>".',
    example: 'WeChat mini-program, production',
    minLength: 1,
    maxLength: 200,
    pattern: NON_BLANK_TEXT.source,
  })
  @IsOmittable()
  @IsString()
  @Length(1, 200)
  @IsText(NON_BLANK_TEXT)
  name?: string;

  @ApiPropertyOptional({
    description: 'Lifetime, e.g. 90d (at most 3650d); without it the key does not expire.',
    example: '90d',
    ...durationSchema(1, MAX_API_KEY_LIFETIME_MS),
  })
  @IsOmittable()
  @IsDuration(1, MAX_API_KEY_LIFETIME_MS)
  expiresIn?: string;
}

/** Body of POST /v1/api-keys/:keyId/rotate (may be empty). */
export class RotateApiKeyDto {
  @ApiPropertyOptional({
    description: "Lifetime of the new key, e.g. 90d (at most 3650d); default: the old key's lifetime (none if it had none).",
    example: '90d',
    ...durationSchema(1, MAX_API_KEY_LIFETIME_MS),
  })
  @IsOmittable()
  @IsDuration(1, MAX_API_KEY_LIFETIME_MS)
  expiresIn?: string;

  @ApiPropertyOptional({
    description: 'How long the old key keeps working next to the new one, e.g. 1h (at most 30d); default: revoked at once.',
    example: '1h',
    ...durationSchema(1, MAX_ROTATION_GRACE_MS),
  })
  @IsOmittable()
  @IsDuration(1, MAX_ROTATION_GRACE_MS)
  grace?: string;
}

/** Query of GET /v1/api-keys. */
export class ListApiKeysQuery {
  @ApiPropertyOptional({ example: 'wechat-mini', pattern: CASE_LIMITS.channelPattern.source })
  @IsOptional()
  @IsString()
  @Matches(CASE_LIMITS.channelPattern)
  channel?: string;

  @ApiPropertyOptional({ description: 'true: also keys whose revocation has taken effect.', enum: ['true', 'false'], example: 'true' })
  @IsOptional()
  @IsIn(['true', 'false'])
  includeRevoked?: 'true' | 'false';
}
