import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A case's Temporal history as archived (docs/adr/0024): gzipped protobuf, sealed with the case key. */
@Entity({ name: 'case_archives' })
@Check('ck_case_archives_sha256', `sha256 ~ '^[0-9a-f]{64}$'`)
@Index('ix_case_archives_case_archived_at', ['caseId', 'archivedAt'])
export class CaseArchiveEntity {
  @PrimaryColumn({ name: 'case_id', type: 'text', primaryKeyConstraintName: 'pk_case_archives' })
  caseId!: string;

  /** SHA-256 (hex) of the history's protobuf bytes: what the HistoryArchived event anchors. */
  @PrimaryColumn({ name: 'sha256', type: 'text', primaryKeyConstraintName: 'pk_case_archives' })
  sha256!: string;

  @Column({ name: 'run_id', type: 'text' })
  runId!: string;

  /** Taken after the run closed (nothing can be added to it any more). */
  @Column({ name: 'final', type: 'boolean' })
  final!: boolean;

  @Column({ name: 'history_events', type: 'integer' })
  historyEvents!: number;

  @Column({ name: 'history_bytes', type: 'integer' })
  historyBytes!: number;

  @Column({ name: 'sealed', type: 'bytea' })
  sealed!: Buffer;

  @Column({ name: 'archived_at', type: 'timestamptz', default: () => 'now()' })
  archivedAt!: Date;
}
