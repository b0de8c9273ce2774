import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsOptional } from 'class-validator';

/** Largest batch one codec request may carry. */
export const MAX_CODEC_PAYLOADS = 1_000;

/** A Temporal payload in the codec server's JSON form: metadata values and data in base64. */
export class CodecPayloadDto {
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string', format: 'byte' }, example: { encoding: 'YmluYXJ5L2VuY3J5cHRlZA==' } })
  metadata!: Record<string, string>;

  @ApiProperty({ type: 'string', format: 'byte', required: false, example: 'AAEC' })
  data?: string;
}

/**
 * Body and answer of POST /codec/decode and /codec/encode (Temporal's remote codec protocol). Proto3
 * JSON leaves out an empty list, so the CLI sends `{}` for no payloads: an absent list is empty.
 */
export class CodecPayloadsDto {
  @ApiProperty({ type: [CodecPayloadDto], maxItems: MAX_CODEC_PAYLOADS, required: false })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_CODEC_PAYLOADS)
  payloads?: CodecPayloadDto[];
}
