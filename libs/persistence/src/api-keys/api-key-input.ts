import { CASE_LIMITS, DomainError, ErrorCode } from '@uplift/domain';

/** What a key may do: act for one channel, read across channels (compliance), review, or operate the engine. */
export type ApiKeyRole = 'channel' | 'compliance' | 'reviewer' | 'operator';

/** Every role, in the order help texts list them. */
export const API_KEY_ROLES: readonly ApiKeyRole[] = ['channel', 'compliance', 'reviewer', 'operator'];

/** Longest lifetime a key may be given (ten years): beyond that, "never expires" is the honest setting. */
export const MAX_API_KEY_LIFETIME_MS = 3_650 * 86_400_000;

/** Longest grace period of a rotation, during which the old and the new key both work. */
export const MAX_ROTATION_GRACE_MS = 30 * 86_400_000;

/** What an operator asks for when issuing a key. */
export interface NewApiKey {
  channel: string;
  role: ApiKeyRole;
  name: string;
  /** Lifetime from now in milliseconds; null or absent: the key does not expire. */
  expiresInMs?: number | null;
}

/** A VALIDATION_FAILED error naming the field, in the shape the HTTP API reports field problems. */
export function invalidField(field: string, problem: string): DomainError {
  return new DomainError(ErrorCode.ValidationFailed, problem, { fields: [{ field, problems: [problem] }] });
}

/** The request with the name trimmed; throws VALIDATION_FAILED for the first field that is wrong. */
export function checkNewApiKey(input: NewApiKey): Required<NewApiKey> {
  if (typeof input.channel !== 'string' || !CASE_LIMITS.channelPattern.test(input.channel)) {
    throw invalidField('channel', 'channel must be 1-64 lower-case letters, digits, "_" or "-", starting with a letter or digit');
  }
  if (!API_KEY_ROLES.includes(input.role)) throw invalidField('role', `role must be one of ${API_KEY_ROLES.join(', ')}`);
  if (typeof input.name !== 'string' || input.name.trim().length === 0 || input.name.length > 200) {
    throw invalidField('name', 'name must have 1 to 200 characters');
  }
  const expiresInMs = input.expiresInMs ?? null;
  if (expiresInMs !== null) checkDurationMs(expiresInMs, 'expiresIn', 1, MAX_API_KEY_LIFETIME_MS);
  return { channel: input.channel, role: input.role, name: input.name.trim(), expiresInMs };
}

/** Throws VALIDATION_FAILED unless `ms` is a whole number of milliseconds within [min, max]. */
export function checkDurationMs(ms: number, field: string, min: number, max: number): void {
  if (!Number.isSafeInteger(ms) || ms < min || ms > max) {
    throw invalidField(field, `${field} must be between ${min} ms and ${max / 86_400_000} days`);
  }
}

/** True when `keyId` has the shape of a key id (32 hex digits), so anything else is unknown without a query. */
export function isKeyIdShape(keyId: unknown): keyId is string {
  return typeof keyId === 'string' && /^[0-9a-f]{32}$/.test(keyId);
}
