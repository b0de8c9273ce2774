/** Seconds a client should wait before retrying a request refused because a dependency is down. */
export const RETRY_AFTER_SECONDS = 5;

/**
 * The response headers an error status calls for: the challenge of a 401 (RFC 9110 §11.6.1, scheme
 * per RFC 6750), the methods a 405 could have used (§15.5.6: MUST), when to retry a 503 (§10.2.3).
 */
export function headersForError(status: number, details: Readonly<Record<string, unknown>>): Record<string, string> {
  switch (status) {
    case 401:
      return { 'WWW-Authenticate': 'Bearer' };
    case 405: {
      const allow = details['allow'];
      return Array.isArray(allow) ? { Allow: allow.join(', ') } : {};
    }
    case 503:
      return { 'Retry-After': String(RETRY_AFTER_SECONDS) };
    default:
      return {};
  }
}
