// One redaction list for every process that logs (API and worker): secrets and what merchants wrote.
/** Placeholder written instead of a secret or personal value. */
export const REDACTED = '[redacted]';

// Keys whose values are secrets (credentials) or personal data (what a merchant wrote, file names).
const SENSITIVE_KEY =
  /^(authorization|cookie|set-cookie|password|passwd|secret|token|api[-_]?key|master[-_]?key.*|x-api-key|text|filename|file[-_]?name|bytes)$/i;
// user:password@ inside connection strings (postgres://user:pw@host/db).
const URL_CREDENTIALS = /(\b[a-z][a-z0-9+.-]*:\/\/)([^/\s:@]+):([^/\s@]+)@/gi;
// A bearer token that slipped into a free-text message.
const BEARER_TOKEN = /\b(Bearer\s+)[A-Za-z0-9._~+/=-]+/g;

/** Returns a copy of `value` with secrets and personal data replaced, safe to write to a log. */
export function redact(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return redactText(value);
  if (value === null || typeof value !== 'object') return value;
  if (depth > 6) return '[truncated]';
  if (Buffer.isBuffer(value) || ArrayBuffer.isView(value)) return REDACTED;
  if (Array.isArray(value)) return value.map((item) => redact(item, depth + 1));
  if (value instanceof Error) return { name: value.name, message: redactText(value.message) };
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    out[key] = SENSITIVE_KEY.test(key) ? REDACTED : redact(item, depth + 1);
  }
  return out;
}

/** Masks credentials embedded in free text. */
export function redactText(text: string): string {
  return text.replace(URL_CREDENTIALS, `$1$2:${REDACTED}@`).replace(BEARER_TOKEN, `$1${REDACTED}`);
}
