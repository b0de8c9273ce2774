import { randomUUID } from 'node:crypto';
import type { ApiRequest, ApiResponse } from './api-request';
import { REQUEST_ID_HEADER } from './api-request';

// Accept a caller's id only when it is short and plain, so it cannot inject into logs or headers.
const ACCEPTABLE_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** Takes X-Request-Id from the caller (or makes one), stores it on the request and echoes it back. */
export function requestIdMiddleware(req: ApiRequest, res: ApiResponse, next: () => void): void {
  const incoming = req.headers[REQUEST_ID_HEADER];
  const candidate = Array.isArray(incoming) ? incoming[0] : incoming;
  const requestId = candidate !== undefined && ACCEPTABLE_ID.test(candidate) ? candidate : randomUUID();
  req.context = { requestId };
  res.setHeader('X-Request-Id', requestId);
  next();
}
