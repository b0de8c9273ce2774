import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Perceptual hashes of one evidence image (table evidence_fingerprints). p0..p3 are the four 16-bit
 * bands of the pHash, each B-tree indexed: two hashes within Hamming distance d share at least one
 * band within distance ⌊d/4⌋, which makes near-duplicate search an index lookup (multi-index hashing).
 */
@Entity({ name: 'evidence_fingerprints' })
@Index('ix_evidence_fingerprints_p0', ['p0'])
@Index('ix_evidence_fingerprints_p1', ['p1'])
@Index('ix_evidence_fingerprints_p2', ['p2'])
@Index('ix_evidence_fingerprints_p3', ['p3'])
@Index('ix_evidence_fingerprints_case_id', ['caseId'])
export class EvidenceFingerprintEntity {
  @PrimaryColumn({ name: 'evidence_id', type: 'uuid', primaryKeyConstraintName: 'pk_evidence_fingerprints' })
  evidenceId!: string;

  @Column({ name: 'case_id', type: 'text' })
  caseId!: string;

  @Column({ name: 'channel', type: 'text' })
  channel!: string;

  /** pHash as a signed 64-bit integer (pg returns bigint as a string). */
  @Column({ name: 'phash', type: 'bigint' })
  phash!: string;

  @Column({ name: 'dhash', type: 'bigint' })
  dhash!: string;

  @Column({ name: 'p0', type: 'integer' })
  p0!: number;

  @Column({ name: 'p1', type: 'integer' })
  p1!: number;

  @Column({ name: 'p2', type: 'integer' })
  p2!: number;

  @Column({ name: 'p3', type: 'integer' })
  p3!: number;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  /** The reuse_image method version the row was made by ('phash-64-variants/2': whole-picture hashes only, no reference). */
  @Column({ name: 'method_version', type: 'text', default: () => "'phash-64-variants/2'" })
  methodVersion!: string;

  /** Fine hashes and grey thumbnail for verifying a candidate, sealed with the case key (docs/adr/0037); NULL for old rows. */
  @Column({ name: 'sealed_reference', type: 'bytea', nullable: true })
  sealedReference!: Buffer | null;
}

/**
 * One lookup key of a stored picture (table evidence_fingerprint_keys): the pHash of a part of it
 * (whole, mirror, content box, a sub-window; `key_no` orders them as lookupKeyPlaces does), banded
 * and indexed like the whole-picture hash. The first stage of the reuse lookup (docs/adr/0037).
 */
@Entity({ name: 'evidence_fingerprint_keys' })
@Index('ix_evidence_fingerprint_keys_b0', ['b0', 'hash', 'evidenceId', 'keyNo'])
@Index('ix_evidence_fingerprint_keys_b1', ['b1', 'hash', 'evidenceId', 'keyNo'])
@Index('ix_evidence_fingerprint_keys_b2', ['b2', 'hash', 'evidenceId', 'keyNo'])
@Index('ix_evidence_fingerprint_keys_b3', ['b3', 'hash', 'evidenceId', 'keyNo'])
@Index('ix_evidence_fingerprint_keys_case_id', ['caseId'])
export class EvidenceFingerprintKeyEntity {
  @PrimaryColumn({ name: 'evidence_id', type: 'uuid', primaryKeyConstraintName: 'pk_evidence_fingerprint_keys' })
  evidenceId!: string;

  @PrimaryColumn({ name: 'key_no', type: 'smallint', primaryKeyConstraintName: 'pk_evidence_fingerprint_keys' })
  keyNo!: number;

  @Column({ name: 'case_id', type: 'text' })
  caseId!: string;

  @Column({ name: 'hash', type: 'bigint' })
  hash!: string;

  @Column({ name: 'b0', type: 'integer' })
  b0!: number;

  @Column({ name: 'b1', type: 'integer' })
  b1!: number;

  @Column({ name: 'b2', type: 'integer' })
  b2!: number;

  @Column({ name: 'b3', type: 'integer' })
  b3!: number;
}

/** A document number (invoice, contract, ...) read from an evidence (table evidence_document_numbers). */
@Entity({ name: 'evidence_document_numbers' })
@Index('ix_evidence_document_numbers_type_number', ['numberType', 'number'])
export class EvidenceDocumentNumberEntity {
  @PrimaryColumn({ name: 'evidence_id', type: 'uuid', primaryKeyConstraintName: 'pk_evidence_document_numbers' })
  evidenceId!: string;

  @PrimaryColumn({ name: 'number_type', type: 'text', primaryKeyConstraintName: 'pk_evidence_document_numbers' })
  numberType!: string;

  @PrimaryColumn({ name: 'number', type: 'text', primaryKeyConstraintName: 'pk_evidence_document_numbers' })
  number!: string;

  @Column({ name: 'case_id', type: 'text' })
  caseId!: string;

  @Column({ name: 'channel', type: 'text' })
  channel!: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}

/** The fingerprint entities, for ALL_ENTITIES. */
export const FINGERPRINT_ENTITIES = [EvidenceFingerprintEntity, EvidenceFingerprintKeyEntity, EvidenceDocumentNumberEntity] as const;
