import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A browser-console session (table console_sessions); only the SHA-256 of the cookie's secret is stored. */
@Entity({ name: 'console_sessions' })
@Check('ck_console_sessions_expires_after_created', 'expires_at > created_at')
@Index('ix_console_sessions_expires_at', ['expiresAt'])
export class ConsoleSessionEntity {
  @PrimaryColumn({ name: 'session_sha256', type: 'char', length: 64, primaryKeyConstraintName: 'pk_console_sessions' })
  sessionSha256!: string;

  /** The API key that signed in: the session works only while that key does. */
  @Column({ name: 'key_id', type: 'text' })
  keyId!: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;
}
