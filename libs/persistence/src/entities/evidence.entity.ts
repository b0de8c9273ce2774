import { Column, Entity, PrimaryColumn, Unique } from 'typeorm';

/**
 * One uploaded file, encrypted under its case's data key (table evidence). `sha256` is of the
 * plaintext and is unique per case, which is what makes a repeated upload a duplicate.
 */
@Entity({ name: 'evidence' })
@Unique('uq_evidence_case_id_sha256', ['caseId', 'sha256'])
export class EvidenceEntity {
  @PrimaryColumn({ name: 'evidence_id', type: 'uuid', primaryKeyConstraintName: 'pk_evidence' })
  evidenceId!: string;

  @Column({ name: 'case_id', type: 'text' })
  caseId!: string;

  @Column({ name: 'sha256', type: 'char', length: 64 })
  sha256!: string;

  @Column({ name: 'media_type', type: 'text' })
  mediaType!: string;

  @Column({ name: 'declared_kind', type: 'text' })
  declaredKind!: string;

  @Column({ name: 'size_bytes', type: 'integer' })
  sizeBytes!: number;

  @Column({ name: 'ciphertext', type: 'bytea' })
  ciphertext!: Buffer;

  @Column({ name: 'iv', type: 'bytea' })
  iv!: Buffer;

  @Column({ name: 'auth_tag', type: 'bytea' })
  authTag!: Buffer;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
