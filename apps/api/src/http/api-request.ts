import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Principal } from '../auth/principal';

/** Per-request facts that every log line and error body of the request carries. */
export interface RequestContext {
  requestId: string;
  /** Case the request is about, once known (route parameter or a newly opened case). */
  caseId?: string;
  /** Channel of the authenticated caller, once known. */
  channel?: string;
}

/** The parts of an Express request this API reads (typed here so the API needs no Express typings). */
export interface ApiRequest extends IncomingMessage {
  method: string;
  originalUrl?: string;
  path?: string;
  /** Mount path of the router that matched, and the route template it matched (set by Express). */
  baseUrl?: string;
  route?: { path?: unknown };
  params?: Record<string, string | undefined>;
  body?: unknown;
  /** Set by the request-id middleware before anything else runs. */
  context: RequestContext;
  /** Set by the bearer guard on authenticated routes. */
  principal?: Principal;
}

/** The parts of an Express response this API uses. */
export type ApiResponse = ServerResponse;

/** Header that carries the correlation id in and out. */
export const REQUEST_ID_HEADER = 'x-request-id';
