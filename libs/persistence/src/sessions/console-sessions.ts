import { createHash, randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { withSql } from '../db/sql';
import type { ApiPrincipal } from '../api-keys/api-keys';

/** A console session just started: the secret (the cookie's value, shown once) and when it ends. */
export interface StartedSession {
  secret: string;
  expiresAt: Date;
}

/** The principal behind a live session, with when the session ends. */
export interface SessionPrincipal extends ApiPrincipal {
  expiresAt: Date;
}

// 32 random bytes as base64url: 43 characters; anything else is not one of ours.
const SECRET_SHAPE = /^[A-Za-z0-9_-]{43}$/;
const digest = (secret: string): string => createHash('sha256').update(secret).digest('hex');

/**
 * Browser-console sessions (docs/adr/0023): a session stands for the API key that signed in and works
 * only while that key does (revoking or expiring the key ends its sessions at once). Only the
 * SHA-256 of the secret is stored, so a copy of the table opens no session.
 */
export class ConsoleSessions {
  constructor(private readonly ds: DataSource) {}

  /** Starts a session for `keyId` lasting `ttlMs`; expired sessions are cleared on the way. */
  async start(keyId: string, ttlMs: number): Promise<StartedSession> {
    const secret = randomBytes(32).toString('base64url');
    const row = await withSql(this.ds, async (sql) => {
      await sql.run('DELETE FROM console_sessions WHERE expires_at <= now()');
      return sql.one<{ expiresAt: Date }>(
        `INSERT INTO console_sessions (session_sha256, key_id, expires_at)
         VALUES ($1, $2, now() + $3::float8 * interval '1 millisecond') RETURNING expires_at AS "expiresAt"`,
        [digest(secret), keyId, ttlMs],
      );
    });
    if (!row) throw new Error('INSERT ... RETURNING gave no row');
    return { secret, expiresAt: row.expiresAt };
  }

  /** Who a live session belongs to; null for an unknown or ended session, or when its key no longer works. */
  async authenticate(secret: string): Promise<SessionPrincipal | null> {
    if (!SECRET_SHAPE.test(secret)) return null;
    return withSql(this.ds, (sql) =>
      sql.one<SessionPrincipal>(
        `SELECT k.key_id AS "keyId", k.channel, k.role, s.expires_at AS "expiresAt"
         FROM console_sessions s JOIN api_keys k ON k.key_id = s.key_id
         WHERE s.session_sha256 = $1 AND s.expires_at > now()
           AND (k.revoked_at IS NULL OR k.revoked_at > now()) AND (k.expires_at IS NULL OR k.expires_at > now())`,
        [digest(secret)],
      ),
    );
  }

  /** Ends a session (signing out); a no-op for one already ended. */
  async end(secret: string): Promise<void> {
    if (!SECRET_SHAPE.test(secret)) return;
    await withSql(this.ds, (sql) => sql.run('DELETE FROM console_sessions WHERE session_sha256 = $1', [digest(secret)]));
  }
}
