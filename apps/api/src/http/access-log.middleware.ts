import type { JsonLogger } from '../logging/json-logger';
import type { ApiRequest, ApiResponse } from './api-request';

/** Logs one line per finished request: method, path (no query), status, duration and the context ids. */
export function accessLogMiddleware(logger: JsonLogger) {
  return (req: ApiRequest, res: ApiResponse, next: () => void): void => {
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const durationMs = Number((process.hrtime.bigint() - started) / 1_000_000n);
      logger.write(res.statusCode >= 500 ? 'error' : 'info', 'http request', {
        ...req.context,
        method: req.method,
        // The query string may carry cursors or filters; the path is enough to correlate.
        path: (req.originalUrl ?? req.url ?? '').split('?')[0],
        status: res.statusCode,
        durationMs,
      });
    });
    next();
  };
}
