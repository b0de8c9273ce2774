import { Body, Controller, Get, Header, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { DomainError, ErrorCode } from '@uplift/domain';
import type { ApiKeyRecord, ApiKeys } from '@uplift/persistence';
import { RolesOnly } from '../auth/access-metadata';
import { TOKENS } from '../dependencies';
import { ErrorResponseDto } from '../docs/api-error-responses';
import { ApiKeyDto, ApiKeyListDto, IssuedApiKeyDto, RotatedApiKeyDto } from './dto/api-key.dto';
import { CreateApiKeyDto, ListApiKeysQuery, RotateApiKeyDto } from './dto/api-key-requests.dto';
import { durationMs } from './dto/is-duration';

// The error responses of these routes, described for this resource rather than for cases.
const Invalid = ApiResponse({ status: 400, type: ErrorResponseDto, description: 'VALIDATION_FAILED, with details.fields' });
const Unauthenticated = ApiResponse({ status: 401, type: ErrorResponseDto, description: 'UNAUTHENTICATED' });
const NotOperator = ApiResponse({ status: 403, type: ErrorResponseDto, description: 'FORBIDDEN: not an operator key' });
const UnknownKey = ApiResponse({ status: 404, type: ErrorResponseDto, description: 'API_KEY_NOT_FOUND' });
const AlreadyRevoked = ApiResponse({ status: 409, type: ErrorResponseDto, description: 'API_KEY_REVOKED: a revoked key is not rotated' });

/** API key lifecycle for operators: list, issue, revoke, rotate. Tokens appear once, in the 201 answers. */
@ApiTags('api-keys')
@ApiBearerAuth()
@RolesOnly('operator')
@Unauthenticated
@NotOperator
@Controller('v1/api-keys')
export class ApiKeysController {
  constructor(@Inject(TOKENS.apiKeys) private readonly keys: ApiKeys) {}

  /** GET /v1/api-keys: every key (optionally of one channel), oldest first, without secrets. */
  @Get()
  @ApiOperation({ summary: 'List API keys (never their secrets); revoked ones only with includeRevoked=true' })
  @ApiResponse({ status: 200, type: ApiKeyListDto })
  @Invalid
  async list(@Query() query: ListApiKeysQuery): Promise<ApiKeyListDto> {
    return {
      items: await this.keys.list({
        ...(query.channel ? { channel: query.channel } : {}),
        includeRevoked: query.includeRevoked === 'true',
      }),
    };
  }

  /** POST /v1/api-keys: issues a key; the token is in this answer only. */
  @Post()
  @HttpCode(201)
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'Issue an API key; the token is shown in this response only' })
  @ApiResponse({ status: 201, type: IssuedApiKeyDto })
  @Invalid
  async create(@Body() body: CreateApiKeyDto): Promise<IssuedApiKeyDto> {
    return this.keys.create({
      channel: body.channel,
      role: body.role,
      name: body.name ?? `${body.role} key for ${body.channel}`,
      expiresInMs: durationMs(body.expiresIn),
    });
  }

  /** POST /v1/api-keys/:keyId/revoke: the key is refused from now on (within 1 s on every API process). Idempotent. */
  @Post(':keyId/revoke')
  @HttpCode(200)
  @ApiOperation({ summary: 'Revoke a key now (also one in a rotation grace period); revoking again changes nothing' })
  @ApiResponse({ status: 200, type: ApiKeyDto })
  @UnknownKey
  async revoke(@Param('keyId') keyId: string): Promise<ApiKeyDto> {
    return found(await this.keys.revoke(keyId), keyId);
  }

  /** POST /v1/api-keys/:keyId/rotate: a new key for the same channel, role and name; the old one is revoked (after `grace`). */
  @Post(':keyId/rotate')
  @HttpCode(201)
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'Replace a key: issue a new one like it and revoke the old one at once or after a grace period' })
  @ApiBody({
    type: RotateApiKeyDto,
    required: false,
    description: 'May be left out: the new key keeps the old lifetime, the old key is revoked at once.',
  })
  @ApiResponse({ status: 201, type: RotatedApiKeyDto })
  @Invalid
  @UnknownKey
  @AlreadyRevoked
  async rotate(@Param('keyId') keyId: string, @Body() body: RotateApiKeyDto): Promise<RotatedApiKeyDto> {
    return this.keys.rotate(keyId, {
      ...(body.expiresIn !== undefined ? { expiresInMs: durationMs(body.expiresIn) } : {}),
      graceMs: durationMs(body.grace) ?? 0,
    });
  }
}

function found(record: ApiKeyRecord | null, keyId: string): ApiKeyRecord {
  if (!record) throw new DomainError(ErrorCode.ApiKeyNotFound, 'No API key has this id.', { keyId });
  return record;
}
