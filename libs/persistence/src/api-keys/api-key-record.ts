import type { ApiKeyRole } from './api-key-input';

/**
 * Whether a key works now: `active` (it may still carry a future `revokedAt`, the end of a rotation's
 * grace period), `expired` (past `expiresAt`) or `revoked` (past `revokedAt`).
 */
export type ApiKeyStatus = 'active' | 'expired' | 'revoked';

/** What may be shown about a key: everything but its secret. Times are ISO 8601. */
export interface ApiKeyRecord {
  keyId: string;
  channel: string;
  role: ApiKeyRole;
  name: string;
  status: ApiKeyStatus;
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
  /** Roughly when the key last authenticated: written at most about once a minute. */
  lastUsedAt: string | null;
}

/** A newly issued key: its record and the token, the only copy of its secret. */
export interface IssuedApiKey extends ApiKeyRecord {
  token: string;
}

/** Row type of RECORD_COLUMNS, for `sql.rows<ApiKeyRecordRow>`. */
export interface ApiKeyRecordRow {
  keyId: string;
  channel: string;
  role: ApiKeyRole;
  name: string;
  status: ApiKeyStatus;
  createdAt: Date;
  expiresAt: Date | null;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
}

/**
 * The select list of a record; `status` is decided by the database clock, the same clock that
 * authentication compares against. Never includes `secret_sha256`.
 */
export const RECORD_COLUMNS = `key_id AS "keyId", channel, role, name,
  CASE WHEN revoked_at <= now() THEN 'revoked' WHEN expires_at <= now() THEN 'expired' ELSE 'active' END AS status,
  created_at AS "createdAt", expires_at AS "expiresAt", revoked_at AS "revokedAt", last_used_at AS "lastUsedAt"`;

/** A record from a row selected with RECORD_COLUMNS. */
export function toApiKeyRecord(row: ApiKeyRecordRow): ApiKeyRecord {
  const iso = (at: Date | null) => (at === null ? null : at.toISOString());
  return {
    keyId: row.keyId,
    channel: row.channel,
    role: row.role,
    name: row.name,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
    expiresAt: iso(row.expiresAt),
    revokedAt: iso(row.revokedAt),
    lastUsedAt: iso(row.lastUsedAt),
  };
}
