import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/** An API key (table api_keys). Only the SHA-256 of the token's secret is stored. */
@Entity({ name: 'api_keys' })
@Check('ck_api_keys_role', "role IN ('channel', 'compliance', 'reviewer', 'operator')")
@Check('ck_api_keys_expires_after_created', 'expires_at > created_at')
export class ApiKeyEntity {
  @PrimaryColumn({ name: 'key_id', type: 'text', primaryKeyConstraintName: 'pk_api_keys' })
  keyId!: string;

  @Column({ name: 'channel', type: 'text' })
  channel!: string;

  @Column({ name: 'role', type: 'text' })
  role!: string;

  @Column({ name: 'name', type: 'text' })
  name!: string;

  @Column({ name: 'secret_sha256', type: 'char', length: 64 })
  secretSha256!: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  /** When the key stops working; in the future during a rotation's grace period. */
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true })
  expiresAt!: Date | null;

  /** Roughly when the key last authenticated (written at most about once a minute). */
  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true })
  lastUsedAt!: Date | null;
}
