import { timingSafeEqual } from 'node:crypto';
import { CASE_LIMITS, DomainError, ErrorCode } from '@uplift/domain';
import type { DataSource } from 'typeorm';
import { withSql } from '../db/sql';
import { formatToken, newTokenParts, parseToken, secretDigest } from './api-token';

/** What a key may do: act for one channel, read across channels (compliance), review, or operate the engine. */
export type ApiKeyRole = 'channel' | 'compliance' | 'reviewer' | 'operator';

/** Who an authenticated token belongs to. */
export interface ApiPrincipal {
  keyId: string;
  channel: string;
  role: ApiKeyRole;
}

const ROLES: readonly ApiKeyRole[] = ['channel', 'compliance', 'reviewer', 'operator'];

/** API keys: issued once (the token is shown only at creation), checked in constant time, revocable. */
export class ApiKeys {
  constructor(private readonly ds: DataSource) {}

  /** Issues a key; the returned token is the only copy of its secret. */
  async create(input: { channel: string; role: ApiKeyRole; name: string }): Promise<{ keyId: string; token: string }> {
    const invalid = (message: string, field: string): never => {
      throw new DomainError(ErrorCode.ValidationFailed, message, { field });
    };
    if (typeof input.channel !== 'string' || !CASE_LIMITS.channelPattern.test(input.channel)) invalid('channel is not a valid channel id', 'channel');
    if (!ROLES.includes(input.role)) invalid(`role must be one of ${ROLES.join(', ')}`, 'role');
    if (typeof input.name !== 'string' || input.name.trim().length === 0 || input.name.length > 200) {
      invalid('name must have 1 to 200 characters', 'name');
    }
    const parts = newTokenParts();
    await withSql(this.ds, (sql) =>
      sql.run('INSERT INTO api_keys (key_id, channel, role, name, secret_sha256) VALUES ($1, $2, $3, $4, $5)', [
        parts.keyId,
        input.channel,
        input.role,
        input.name.trim(),
        secretDigest(parts.secret).toString('hex'),
      ]),
    );
    return { keyId: parts.keyId, token: formatToken(parts) };
  }

  /** The principal of a valid, unrevoked token; null for anything else, malformed input included. */
  async authenticate(token: string): Promise<ApiPrincipal | null> {
    const parts = parseToken(token);
    if (!parts) return null;
    const row = await withSql(this.ds, (sql) =>
      sql.one<{ channel: string; role: ApiKeyRole; secretSha256: string }>(
        `SELECT channel, role, secret_sha256 AS "secretSha256" FROM api_keys WHERE key_id = $1 AND revoked_at IS NULL`,
        [parts.keyId],
      ),
    );
    if (!row) return null;
    // Compare digests, not secrets: equal lengths always, and the time taken says nothing about the secret.
    const matches = timingSafeEqual(Buffer.from(row.secretSha256, 'hex'), secretDigest(parts.secret));
    return matches ? { keyId: parts.keyId, channel: row.channel, role: row.role } : null;
  }

  /** Revokes a key; its token fails from now on. Revoking an unknown or already revoked key changes nothing. */
  async revoke(keyId: string): Promise<void> {
    await withSql(this.ds, (sql) =>
      sql.run('UPDATE api_keys SET revoked_at = now() WHERE key_id = $1 AND revoked_at IS NULL', [keyId]),
    );
  }
}
