import { timingSafeEqual } from 'node:crypto';
import { DomainError, ErrorCode } from '@uplift/domain';
import type { DataSource } from 'typeorm';
import { inTransaction, withSql, type Sql } from '../db/sql';
import {
  checkDurationMs,
  checkNewApiKey,
  isKeyIdShape,
  MAX_API_KEY_LIFETIME_MS,
  MAX_ROTATION_GRACE_MS,
  type ApiKeyRole,
  type NewApiKey,
} from './api-key-input';
import { RECORD_COLUMNS, toApiKeyRecord, type ApiKeyRecord, type ApiKeyRecordRow, type IssuedApiKey } from './api-key-record';
import { ApiKeyUsage, LAST_USED_RESOLUTION, type UsageFailureListener } from './api-key-usage';
import { formatToken, newTokenParts, parseToken, secretDigest } from './api-token';

export type { ApiKeyRole } from './api-key-input';

/** Who an authenticated token belongs to. */
export interface ApiPrincipal {
  keyId: string;
  channel: string;
  role: ApiKeyRole;
}

/** Which keys `list` returns. */
export interface ApiKeyListFilter {
  channel?: string;
  /** Also keys whose revocation has taken effect (default: only keys that are active or expired). */
  includeRevoked?: boolean;
}

/** How to rotate a key. */
export interface RotationOptions {
  /** Lifetime of the new key from now; absent: the old key's lifetime (none if it never expired). */
  expiresInMs?: number | null;
  /** How long the old key keeps working next to the new one; 0 (default) revokes it at once. */
  graceMs?: number;
}

/** Result of a rotation: the new key (token shown once) and the old key as it now stands. */
export interface RotatedApiKey {
  issued: IssuedApiKey;
  replaced: ApiKeyRecord;
}

// A live key: not revoked yet (a future revoked_at is a rotation's grace period) and not expired.
const LIVE = '(revoked_at IS NULL OR revoked_at > now()) AND (expires_at IS NULL OR expires_at > now())';
const EXPIRES_AT = `CASE WHEN $1::float8 IS NULL THEN NULL ELSE now() + $1::float8 * interval '1 millisecond' END`;

/**
 * API keys: issued once (the token is shown only at creation), checked in constant time, expiring,
 * rotatable, revocable. Authentication records when a key was last used, in the background.
 */
export class ApiKeys {
  private readonly usage: ApiKeyUsage;

  constructor(private readonly ds: DataSource) {
    this.usage = new ApiKeyUsage(ds);
  }

  /** Issues a key; the returned token is the only copy of its secret. */
  async create(input: NewApiKey): Promise<IssuedApiKey> {
    const key = checkNewApiKey(input);
    return withSql(this.ds, (sql) => insertKey(sql, key));
  }

  /** The principal of a live token; null for anything else (revoked, expired, wrong, malformed). */
  async authenticate(token: string): Promise<ApiPrincipal | null> {
    const parts = parseToken(token);
    if (!parts) return null;
    const row = await withSql(this.ds, (sql) =>
      sql.one<{ channel: string; role: ApiKeyRole; secretSha256: string; usageStale: boolean }>(
        `SELECT channel, role, secret_sha256 AS "secretSha256",
           (last_used_at IS NULL OR last_used_at < now() - interval '${LAST_USED_RESOLUTION}') AS "usageStale"
         FROM api_keys WHERE key_id = $1 AND ${LIVE}`,
        [parts.keyId],
      ),
    );
    if (!row) return null;
    // Compare digests, not secrets: equal lengths always, and the time taken says nothing about the secret.
    if (!timingSafeEqual(Buffer.from(row.secretSha256, 'hex'), secretDigest(parts.secret))) return null;
    if (row.usageStale) this.usage.record(parts.keyId);
    return { keyId: parts.keyId, channel: row.channel, role: row.role };
  }

  /** One key's record, or null when there is no such key. */
  async find(keyId: string): Promise<ApiKeyRecord | null> {
    if (!isKeyIdShape(keyId)) return null;
    const row = await withSql(this.ds, (sql) =>
      sql.one<ApiKeyRecordRow>(`SELECT ${RECORD_COLUMNS} FROM api_keys WHERE key_id = $1`, [keyId]),
    );
    return row ? toApiKeyRecord(row) : null;
  }

  /** Keys oldest first, never with secrets; revoked ones only when asked for. */
  async list(filter: ApiKeyListFilter = {}): Promise<ApiKeyRecord[]> {
    const rows = await withSql(this.ds, (sql) =>
      sql.rows<ApiKeyRecordRow>(
        `SELECT ${RECORD_COLUMNS} FROM api_keys
         WHERE ($1::text IS NULL OR channel = $1) AND ($2 OR revoked_at IS NULL OR revoked_at > now())
         ORDER BY created_at, key_id`,
        [filter.channel ?? null, filter.includeRevoked === true],
      ),
    );
    return rows.map(toApiKeyRecord);
  }

  /**
   * Revokes a key now (also one still in a rotation's grace period); its token fails from now on.
   * Idempotent: an already revoked key keeps its revocation time. Null when there is no such key.
   */
  async revoke(keyId: string): Promise<ApiKeyRecord | null> {
    if (!isKeyIdShape(keyId)) return null;
    const row = await withSql(this.ds, (sql) =>
      sql.one<ApiKeyRecordRow>(
        `UPDATE api_keys SET revoked_at = LEAST(COALESCE(revoked_at, now()), now()) WHERE key_id = $1 RETURNING ${RECORD_COLUMNS}`,
        [keyId],
      ),
    );
    return row ? toApiKeyRecord(row) : null;
  }

  /**
   * Issues a key with the old one's channel, role and name, and revokes the old one at once or after
   * `graceMs`. API_KEY_NOT_FOUND for an unknown key; API_KEY_REVOKED for one already revoked or
   * already being replaced (a revocation is never undone by rotating). An expired key may be rotated.
   */
  async rotate(keyId: string, options: RotationOptions = {}): Promise<RotatedApiKey> {
    const graceMs = options.graceMs ?? 0;
    checkDurationMs(graceMs, 'grace', 0, MAX_ROTATION_GRACE_MS);
    if (options.expiresInMs !== undefined && options.expiresInMs !== null)
      checkDurationMs(options.expiresInMs, 'expiresIn', 1, MAX_API_KEY_LIFETIME_MS);
    if (!isKeyIdShape(keyId)) throw notFound(keyId);
    return inTransaction(this.ds, async (sql) => {
      const old = await sql.one<{ channel: string; role: ApiKeyRole; name: string; revokedAt: Date | null; lifetimeMs: number | null }>(
        `SELECT channel, role, name, revoked_at AS "revokedAt",
           (EXTRACT(EPOCH FROM expires_at - created_at) * 1000)::float8 AS "lifetimeMs"
         FROM api_keys WHERE key_id = $1 FOR UPDATE`,
        [keyId],
      );
      if (!old) throw notFound(keyId);
      if (old.revokedAt !== null) {
        throw new DomainError(ErrorCode.ApiKeyRevoked, 'The key is already revoked (or being replaced); create a new key instead.', {
          keyId,
          revokedAt: old.revokedAt.toISOString(),
        });
      }
      const lifetimeMs =
        options.expiresInMs !== undefined ? options.expiresInMs : old.lifetimeMs === null ? null : Math.round(old.lifetimeMs);
      const issued = await insertKey(sql, { channel: old.channel, role: old.role, name: old.name, expiresInMs: lifetimeMs });
      const replaced = await sql.one<ApiKeyRecordRow>(
        `UPDATE api_keys SET revoked_at = now() + $2::float8 * interval '1 millisecond' WHERE key_id = $1 RETURNING ${RECORD_COLUMNS}`,
        [keyId, graceMs],
      );
      if (!replaced) throw notFound(keyId); // unreachable: the row is locked
      return { issued, replaced: toApiKeyRecord(replaced) };
    });
  }

  /** Subscribes to failures of the background last-used writes (the API logs them); returns the unsubscribe. */
  onUsageRecordFailure(listener: UsageFailureListener): () => void {
    return this.usage.onFailure(listener);
  }

  /** Resolves when the last-used writes started so far have finished. */
  async usageSettled(): Promise<void> {
    await this.usage.settled();
  }
}

async function insertKey(sql: Sql, key: Required<NewApiKey>): Promise<IssuedApiKey> {
  const parts = newTokenParts();
  const row = await sql.one<ApiKeyRecordRow>(
    `INSERT INTO api_keys (key_id, channel, role, name, secret_sha256, expires_at)
     VALUES ($2, $3, $4, $5, $6, ${EXPIRES_AT}) RETURNING ${RECORD_COLUMNS}`,
    [key.expiresInMs, parts.keyId, key.channel, key.role, key.name, secretDigest(parts.secret).toString('hex')],
  );
  if (!row) throw new Error('INSERT ... RETURNING gave no row');
  return { ...toApiKeyRecord(row), token: formatToken(parts) };
}

function notFound(keyId: string): DomainError {
  return new DomainError(ErrorCode.ApiKeyNotFound, 'No API key has this id.', { keyId });
}
