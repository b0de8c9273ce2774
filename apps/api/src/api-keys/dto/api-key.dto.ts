import { ApiProperty } from '@nestjs/swagger';
import { API_KEY_ROLES, type ApiKeyRole, type ApiKeyStatus } from '@uplift/persistence';

const STATUSES: ApiKeyStatus[] = ['active', 'expired', 'revoked'];

/** An API key as operators see it: never its secret. */
export class ApiKeyDto {
  @ApiProperty({ example: '3f6c1d0e9a8b7c6d5e4f30211a2b3c4d' })
  keyId!: string;

  @ApiProperty({ example: 'wechat-mini' })
  channel!: string;

  @ApiProperty({ enum: [...API_KEY_ROLES], example: 'channel' })
  role!: ApiKeyRole;

  @ApiProperty({ example: 'WeChat mini-program, production' })
  name!: string;

  @ApiProperty({
    enum: STATUSES,
    description: 'Whether the key works now; an active key with a future revokedAt is in a rotation grace period.',
    example: 'active',
  })
  status!: ApiKeyStatus;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  expiresAt!: string | null;

  @ApiProperty({ format: 'date-time', nullable: true, type: String, description: 'When the key stops (or stopped) working.' })
  revokedAt!: string | null;

  @ApiProperty({
    format: 'date-time',
    nullable: true,
    type: String,
    description: 'Roughly when it last authenticated (recorded at most about once a minute).',
  })
  lastUsedAt!: string | null;
}

/** A newly issued key: the token is in this response only and cannot be shown again. */
export class IssuedApiKeyDto extends ApiKeyDto {
  @ApiProperty({
    description: 'Authorization: Bearer <token>. Shown once; store it now.',
    example: 'upk_3f6c1d0e9a8b7c6d5e4f30211a2b3c4d_…',
  })
  token!: string;
}

/** Response of GET /v1/api-keys. */
export class ApiKeyListDto {
  @ApiProperty({ type: [ApiKeyDto] })
  items!: ApiKeyDto[];
}

/** Response of POST /v1/api-keys/:keyId/rotate. */
export class RotatedApiKeyDto {
  @ApiProperty({ type: IssuedApiKeyDto })
  issued!: IssuedApiKeyDto;

  @ApiProperty({ type: ApiKeyDto, description: 'The old key; revokedAt is when it stops working (later than now during a grace period).' })
  replaced!: ApiKeyDto;
}
