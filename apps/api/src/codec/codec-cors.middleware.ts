import type { ApiRequest, ApiResponse } from '../http/api-request';

/**
 * CORS for the codec endpoints only: the Temporal Web UI (another origin) calls them from the
 * operator's browser. Only the configured UI origins are allowed, with credentials (the console's
 * session cookie) and the Authorization header; a preflight is answered here.
 */
export function codecCors(allowedOrigins: readonly string[]) {
  return (req: ApiRequest, res: ApiResponse, next: () => void): void => {
    const origin = req.headers.origin;
    if (origin && allowedOrigins.includes(origin)) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Access-Control-Allow-Credentials', 'true');
      res.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type, X-Namespace');
      res.setHeader('Access-Control-Allow-Methods', 'POST, OPTIONS');
      res.setHeader('Access-Control-Max-Age', '600');
      res.setHeader('Vary', 'Origin');
    }
    if (req.method === 'OPTIONS') {
      res.statusCode = origin && allowedOrigins.includes(origin) ? 204 : 403;
      res.end();
      return;
    }
    next();
  };
}
