import { Body, Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Payload, PayloadCodec } from '@temporalio/common';
import { DomainError, ErrorCode } from '@uplift/domain';
import { RolesOnly } from '../auth/access-metadata';
import { TOKENS } from '../dependencies';
import { ApiErrorResponses } from '../docs/api-error-responses';
import { CodecPayloadsDto, MAX_CODEC_PAYLOADS } from './codec-payload.dto';

function fromJson(body: CodecPayloadsDto): Payload[] {
  const payloads = body?.payloads ?? [];
  if (!Array.isArray(payloads) || payloads.length > MAX_CODEC_PAYLOADS) {
    throw new DomainError(ErrorCode.ValidationFailed, `payloads must be an array of at most ${MAX_CODEC_PAYLOADS}`);
  }
  return payloads.map((p) => {
    if (typeof p !== 'object' || p === null || typeof p.metadata !== 'object' || p.metadata === null) {
      throw new DomainError(ErrorCode.ValidationFailed, 'each payload needs metadata (and data) in base64');
    }
    return {
      metadata: Object.fromEntries(Object.entries(p.metadata).map(([k, v]) => [k, Buffer.from(String(v), 'base64')])),
      data: Buffer.from(typeof p.data === 'string' ? p.data : '', 'base64'),
    };
  });
}

function toJson(payloads: Payload[]): CodecPayloadsDto {
  return {
    payloads: payloads.map((p) => ({
      metadata: Object.fromEntries(Object.entries(p.metadata ?? {}).map(([k, v]) => [k, Buffer.from(v ?? new Uint8Array()).toString('base64')])),
      data: Buffer.from(p.data ?? new Uint8Array()).toString('base64'),
    })),
  };
}

/**
 * Temporal's remote codec protocol for the Web UI and the CLI: an operator sees payloads decrypted,
 * anyone else sees ciphertext. Decoding a payload under a key the engine does not hold fails.
 */
@ApiTags('operations')
@ApiBearerAuth()
@Controller('codec')
export class CodecController {
  constructor(@Inject(TOKENS.payloadCodec) private readonly codec: PayloadCodec) {}

  /** POST /codec/decode: payloads as Temporal stores them in, readable payloads out. */
  @Post('decode')
  @HttpCode(200)
  @RolesOnly('operator')
  @ApiOperation({ summary: 'Decode Temporal payloads (the Web UI codec endpoint; operators only)' })
  @ApiResponse({ status: 200, type: CodecPayloadsDto })
  @ApiErrorResponses(400, 401, 403)
  async decode(@Body() body: CodecPayloadsDto): Promise<CodecPayloadsDto> {
    try {
      return toJson(await this.codec.decode(fromJson(body)));
    } catch (error) {
      if (error instanceof DomainError) throw error;
      throw new DomainError(ErrorCode.ValidationFailed, 'a payload could not be decoded (tampered, or under a key the engine does not hold)');
    }
  }

  /** POST /codec/encode: readable payloads in, encrypted payloads out (for the CLI's --codec-endpoint). */
  @Post('encode')
  @HttpCode(200)
  @RolesOnly('operator')
  @ApiOperation({ summary: 'Encode Temporal payloads as the engine stores them (operators only)' })
  @ApiResponse({ status: 200, type: CodecPayloadsDto })
  @ApiErrorResponses(400, 401, 403)
  async encode(@Body() body: CodecPayloadsDto): Promise<CodecPayloadsDto> {
    return toJson(await this.codec.encode(fromJson(body)));
  }
}
