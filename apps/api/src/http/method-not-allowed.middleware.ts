import { DomainError, ErrorCode } from '@uplift/domain';
import type { RouterLayer } from './allowed-methods';
import { allowedMethods } from './allowed-methods';
import type { ApiRequest, ApiResponse } from './api-request';

/**
 * Runs where no route took the request, just before the not-found handler. A path some route
 * serves with other methods is 405 METHOD_NOT_ALLOWED with `details.allow` (the filter turns it into
 * the Allow header, RFC 9110 §15.5.6); OPTIONS on such a path is answered 204 with Allow
 * (§9.3.7). Anything else goes on to the 404. Nothing here needs a key: the route table is public.
 */
export function methodNotAllowedMiddleware(routes: () => readonly RouterLayer[]) {
  return (req: ApiRequest, res: ApiResponse, next: (error?: unknown) => void): void => {
    const allow = allowedMethods(routes(), pathOf(req));
    if (allow.length === 0 || allow.includes(req.method)) {
      next();
      return;
    }
    if (req.method === 'OPTIONS') {
      res.statusCode = 204;
      res.setHeader('Allow', [...allow, 'OPTIONS'].join(', '));
      res.end();
      return;
    }
    next(new DomainError(ErrorCode.MethodNotAllowed, `${req.method} is not supported here; allowed: ${allow.join(', ')}.`, { allow }));
  };
}

function pathOf(req: ApiRequest): string {
  const target = req.originalUrl ?? req.url ?? '/';
  const query = target.indexOf('?');
  return query === -1 ? target : target.slice(0, query);
}
