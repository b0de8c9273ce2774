import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A case's evidence data key, wrapped (AES-256-GCM) by the master key (table case_keys).
 * Crypto-shredding nulls the key material and sets shredded_at; the CHECK makes a half-shredded
 * row impossible.
 */
@Entity({ name: 'case_keys' })
@Check(
  'ck_case_keys_material',
  '(shredded_at IS NULL AND wrapped_key IS NOT NULL AND wrap_iv IS NOT NULL AND wrap_tag IS NOT NULL) OR ' +
    '(shredded_at IS NOT NULL AND wrapped_key IS NULL AND wrap_iv IS NULL AND wrap_tag IS NULL)',
)
export class CaseKeyEntity {
  @PrimaryColumn({ name: 'case_id', type: 'text', primaryKeyConstraintName: 'pk_case_keys' })
  caseId!: string;

  @Column({ name: 'wrapped_key', type: 'bytea', nullable: true })
  wrappedKey!: Buffer | null;

  @Column({ name: 'wrap_iv', type: 'bytea', nullable: true })
  wrapIv!: Buffer | null;

  @Column({ name: 'wrap_tag', type: 'bytea', nullable: true })
  wrapTag!: Buffer | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'shredded_at', type: 'timestamptz', nullable: true })
  shreddedAt!: Date | null;
}
