import { Body, Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { PayloadCodec } from '@temporalio/common';
import { DomainError, ErrorCode } from '@uplift/domain';
import { RolesOnly } from '../auth/access-metadata';
import { TOKENS } from '../dependencies';
import { ApiErrorResponses } from '../docs/api-error-responses';
import { payloadsFromJson, payloadsToJson } from './codec-payload-json';
import { CodecPayloadsDto } from './codec-payload.dto';

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
  @ApiBody({ type: CodecPayloadsDto, required: false, description: 'No body, or no `payloads`, means no payloads.' })
  @ApiResponse({ status: 200, type: CodecPayloadsDto })
  @ApiErrorResponses(400, 401, 403)
  async decode(@Body() body: CodecPayloadsDto): Promise<CodecPayloadsDto> {
    try {
      return payloadsToJson(await this.codec.decode(payloadsFromJson(body)));
    } catch (error) {
      if (error instanceof DomainError) throw error;
      throw new DomainError(
        ErrorCode.ValidationFailed,
        'a payload could not be decoded (tampered, or under a key the engine does not hold)',
      );
    }
  }

  /** POST /codec/encode: readable payloads in, encrypted payloads out (for the CLI's --codec-endpoint). */
  @Post('encode')
  @HttpCode(200)
  @RolesOnly('operator')
  @ApiOperation({ summary: 'Encode Temporal payloads as the engine stores them (operators only)' })
  @ApiBody({ type: CodecPayloadsDto, required: false, description: 'No body, or no `payloads`, means no payloads.' })
  @ApiResponse({ status: 200, type: CodecPayloadsDto })
  @ApiErrorResponses(400, 401, 403)
  async encode(@Body() body: CodecPayloadsDto): Promise<CodecPayloadsDto> {
    return payloadsToJson(await this.codec.encode(payloadsFromJson(body)));
  }
}
