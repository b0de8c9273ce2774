import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, ApiResponse } from '@nestjs/swagger';
import { ALL_ERROR_CODES, ErrorCode } from '@uplift/domain';

/** The `error` member of every error response. */
export class ErrorDetailDto {
  @ApiProperty({ enum: ALL_ERROR_CODES, example: ErrorCode.ValidationFailed })
  code!: ErrorCode;

  @ApiProperty({ example: 'The request is invalid.' })
  message!: string;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    example: { fields: [{ field: 'requestedLimit', problems: ['requestedLimit must be greater than currentLimit'] }] },
  })
  details?: Record<string, unknown>;

  @ApiProperty({
    description: 'Echo of X-Request-Id (or the generated id); quote it when reporting a problem.',
    example: 'b7d0e7e4-3f5c-4c55-9a0e-8d1e6f2f9a11',
  })
  requestId!: string;
}

/** Body of every error response. */
export class ErrorResponseDto {
  @ApiProperty({ type: ErrorDetailDto })
  error!: ErrorDetailDto;
}

/** Documents the listed error statuses of a route, all with the shared error body. */
export function ApiErrorResponses(...statuses: number[]): MethodDecorator & ClassDecorator {
  return applyDecorators(...statuses.map((status) => ApiResponse({ status, type: ErrorResponseDto, description: describe(status) })));
}

function describe(status: number): string {
  const text: Record<number, string> = {
    400: 'VALIDATION_FAILED / IDEMPOTENCY_KEY_MISSING',
    401: 'UNAUTHENTICATED',
    403: 'FORBIDDEN',
    404: 'CASE_NOT_FOUND (also for cases of other channels) / EVIDENCE_NOT_FOUND',
    409: 'CASE_CLOSED and other conflicts',
    410: 'CASE_ERASED / EVIDENCE_KEY_SHREDDED',
    413: 'PAYLOAD_TOO_LARGE',
    415: 'UNSUPPORTED_MEDIA_TYPE',
    422: 'IDEMPOTENCY_KEY_REUSED / CONSENT_REQUIRED / IMAGE_TOO_LARGE / UNDECODABLE_FILE',
    503: 'DEPENDENCY_UNAVAILABLE',
  };
  return text[status] ?? 'Error';
}
