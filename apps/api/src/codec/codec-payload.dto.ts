import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray } from 'class-validator';
import { IsOmittable } from '../http/is-omittable';

/** Standard base64 (with padding), as the codec protocol and the OpenAPI `format: byte` spell bytes. */
export const BASE64_PATTERN = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const BASE64_SOURCE = BASE64_PATTERN.source;

/** Largest batch one codec request may carry. */
export const MAX_CODEC_PAYLOADS = 1_000;

/** A Temporal payload in the codec server's JSON form: metadata values and data in base64. */
export class CodecPayloadDto {
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string', format: 'byte', pattern: BASE64_SOURCE },
    example: { encoding: 'anNvbi9wbGFpbg==' },
  })
  metadata!: Record<string, string>;

  @ApiProperty({ type: 'string', format: 'byte', pattern: BASE64_SOURCE, required: false, example: 'eyJzdGVwIjoib3BlbiJ9' })
  data?: string;
}

/**
 * Body and answer of POST /codec/decode and /codec/encode (Temporal's remote codec protocol). Proto3
 * JSON leaves out an empty list, so the CLI sends `{}` for no payloads: an absent list is empty.
 */
export class CodecPayloadsDto {
  @ApiProperty({ type: [CodecPayloadDto], maxItems: MAX_CODEC_PAYLOADS, required: false })
  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(MAX_CODEC_PAYLOADS)
  payloads?: CodecPayloadDto[];
}
