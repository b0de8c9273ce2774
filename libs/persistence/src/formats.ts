/** Lower-case canonical UUIDs only: PostgreSQL prints uuids lower-case, and hashes cover the id text. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** True when `value` is a canonical lower-case UUID. */
export function isCanonicalUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/** True when `value` is exactly what Date#toISOString prints, so timestamptz gives it back unchanged. */
export function isCanonicalTimestamp(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const time = Date.parse(value);
  return Number.isFinite(time) && new Date(time).toISOString() === value;
}
