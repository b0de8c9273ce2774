import { HttpException } from '@nestjs/common';
import { DomainError, ErrorCode, isDomainError } from '@uplift/domain';

/** Marks errors that are not the client's fault, so the filter logs their stack. */
export interface Classified {
  error: DomainError;
  /** True when the original error was unexpected (a bug or an unmapped failure). */
  unexpected: boolean;
}

/**
 * Turns anything thrown while serving a request into a DomainError: domain errors pass through;
 * framework and body-parser errors get the matching code; everything else becomes INTERNAL with a
 * message that reveals nothing about the server.
 */
export function toDomainError(thrown: unknown): Classified {
  if (isDomainError(thrown)) return { error: thrown, unexpected: thrown.code === ErrorCode.Internal };
  if (thrown instanceof HttpException) return { error: fromHttpException(thrown), unexpected: thrown.getStatus() >= 500 };
  const parserError = fromBodyParser(thrown);
  if (parserError) return { error: parserError, unexpected: false };
  if (isDatabaseUnavailable(thrown)) {
    return { error: new DomainError(ErrorCode.DependencyUnavailable, 'The database is unavailable; retry later.'), unexpected: true };
  }
  return { error: new DomainError(ErrorCode.Internal, 'Internal error.'), unexpected: true };
}

function fromHttpException(exception: HttpException): DomainError {
  const status = exception.getStatus();
  switch (status) {
    case 400:
      // Nest raises 400 itself only for unparseable input (malformed JSON, bad percent-encoding).
      return new DomainError(ErrorCode.ValidationFailed, `The request could not be parsed: ${exception.message}`);
    case 401:
      return new DomainError(ErrorCode.Unauthenticated, 'Authentication is required.');
    case 403:
      return new DomainError(ErrorCode.Forbidden, 'This key may not do that.');
    case 404:
      // Nest's not-found handler: an unknown route. Its message names only the method and path.
      return new DomainError(ErrorCode.RouteNotFound, exception.message);
    case 405:
      // The API answers unsupported methods itself (with Allow); this only maps a framework 405.
      return new DomainError(ErrorCode.MethodNotAllowed, 'This method is not supported here.');
    case 413:
      return new DomainError(ErrorCode.PayloadTooLarge, 'The request body is too large.');
    case 415:
      return new DomainError(ErrorCode.UnsupportedMediaType, 'The request content type is not supported.');
    case 503:
      return new DomainError(ErrorCode.DependencyUnavailable, 'A dependency is unavailable.');
    default:
      return status >= 500
        ? new DomainError(ErrorCode.Internal, 'Internal error.')
        : new DomainError(ErrorCode.ValidationFailed, 'The request is invalid.');
  }
}

// body-parser (used by Express for JSON) throws http-errors with a `type` naming the problem.
function fromBodyParser(thrown: unknown): DomainError | null {
  if (typeof thrown !== 'object' || thrown === null) return null;
  const { type, expose } = thrown as { type?: unknown; expose?: unknown };
  if (typeof type !== 'string' || expose !== true) return null;
  switch (type) {
    case 'entity.too.large':
      return new DomainError(ErrorCode.PayloadTooLarge, 'The request body is too large.');
    case 'charset.unsupported':
    case 'encoding.unsupported':
      return new DomainError(ErrorCode.UnsupportedMediaType, 'The request body encoding is not supported.');
    default:
      return new DomainError(ErrorCode.ValidationFailed, 'The request body could not be read.', { reason: type });
  }
}

// Connection-level failures of PostgreSQL (refused, reset, admin shutdown, too many connections, pool
// timeouts) are an outage the client can retry, not a bug: 503 rather than 500.
const UNAVAILABLE_NODE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND']);
const UNAVAILABLE_SQLSTATE = /^(08|53|57P0[1-3])/;

function isDatabaseUnavailable(thrown: unknown): boolean {
  if (typeof thrown !== 'object' || thrown === null) return false;
  const candidate = thrown as { code?: unknown; driverError?: { code?: unknown }; message?: unknown };
  const code = candidate.driverError?.code ?? candidate.code;
  if (typeof code === 'string' && (UNAVAILABLE_NODE_CODES.has(code) || UNAVAILABLE_SQLSTATE.test(code))) return true;
  return typeof candidate.message === 'string' && /Connection terminated|timeout exceeded when trying to connect/i.test(candidate.message);
}
