import type { CanActivate, ExecutionContext } from '@nestjs/common';
import { createParamDecorator } from '@nestjs/common';
import { DomainError, ErrorCode } from '@uplift/domain';
import type { ApiRequest } from '../http/api-request';
import { validationFailed } from '../errors/field-problems';

/** Header a channel sends so that retrying a request cannot open a second case. */
export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';

/** What an Idempotency-Key may be. */
export const IDEMPOTENCY_KEY_PATTERN = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * Requires a well-formed Idempotency-Key. A guard (not a pipe) so a missing key is reported before
 * the body is validated: it is the first thing a client must fix.
 */
export class IdempotencyKeyGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    readKey(context.switchToHttp().getRequest<ApiRequest>());
    return true;
  }
}

/** The request's validated Idempotency-Key (use on routes guarded by IdempotencyKeyGuard). */
export const IdempotencyKey = createParamDecorator((_data: unknown, context: ExecutionContext): string =>
  readKey(context.switchToHttp().getRequest<ApiRequest>()),
);

function readKey(req: ApiRequest): string {
  const raw = req.headers[IDEMPOTENCY_KEY_HEADER];
  const key = Array.isArray(raw) ? raw[0] : raw;
  if (key === undefined || key === '') {
    throw new DomainError(ErrorCode.IdempotencyKeyMissing, 'The Idempotency-Key header is required.');
  }
  if (!IDEMPOTENCY_KEY_PATTERN.test(key)) {
    throw validationFailed([{ field: 'Idempotency-Key', problems: ['must be 1-128 characters of A-Z a-z 0-9 . _ : -'] }]);
  }
  return key;
}
