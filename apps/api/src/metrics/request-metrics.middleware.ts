import type { ApiRequest, ApiResponse } from '../http/api-request';
import type { ApiMetrics } from './api-metrics';

/** The route template Express matched, or `unmatched` (404s must not mint one label per path). */
function routeOf(req: ApiRequest): string {
  const route = req.route;
  return typeof route?.path === 'string' ? `${req.baseUrl ?? ''}${route.path}` : 'unmatched';
}

/** Times every request into the API's duration histogram. */
export function requestMetricsMiddleware(metrics: ApiMetrics) {
  return (req: ApiRequest, res: ApiResponse, next: () => void): void => {
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      metrics.observeRequest(req.method ?? 'GET', routeOf(req), res.statusCode, seconds);
    });
    next();
  };
}
