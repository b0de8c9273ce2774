import type { ArgumentsHost, ExceptionFilter } from '@nestjs/common';
import { Catch } from '@nestjs/common';
import type { ApiRequest, ApiResponse } from '../http/api-request';
import type { JsonLogger } from '../logging/json-logger';
import type { ApiMetrics } from '../metrics/api-metrics';
import { errorBody } from './error-body';
import { headersForError } from './headers-for-error';
import { httpStatusForCode } from './http-status-for-code';
import { toDomainError } from './to-domain-error';

/** The one exception filter: every error leaves the API as `{ error: { code, message, details?, requestId } }`. */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  constructor(
    private readonly logger: JsonLogger,
    private readonly metrics?: ApiMetrics,
  ) {}

  catch(thrown: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const req = http.getRequest<ApiRequest>();
    const res = http.getResponse<ApiResponse>();
    const { error, unexpected } = toDomainError(thrown);
    const requestId = req.context?.requestId ?? 'unknown';
    const status = httpStatusForCode(error.code);
    this.metrics?.countError(error.code);

    if (unexpected) {
      // The stack stays in the log; the client only sees the request id to quote.
      this.logger.write('error', 'request failed unexpectedly', {
        ...req.context,
        error: thrown instanceof Error ? { name: thrown.name, message: thrown.message, stack: thrown.stack } : String(thrown),
      });
    }
    if (res.headersSent) {
      res.destroy();
      return;
    }
    // An unread request body (rejected upload) cannot be left on a keep-alive connection.
    if (!req.complete) res.setHeader('Connection', 'close');
    res.statusCode = status;
    for (const [name, value] of Object.entries(headersForError(status, error.details))) res.setHeader(name, value);
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.end(JSON.stringify(errorBody(error.code, error.message, error.details, requestId)));
  }
}
