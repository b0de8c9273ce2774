import { Check, Column, Entity, PrimaryColumn, Unique } from 'typeorm';

/**
 * One row of the append-only event log (table case_events). Rows are only ever inserted: migration
 * triggers reject UPDATE, DELETE and TRUNCATE for every role. Each row links to its predecessor
 * in the case's stream through prev_hash, forming a tamper-evident hash chain.
 */
@Entity({ name: 'case_events' })
@Unique('uq_case_events_case_id_seq', ['caseId', 'seq'])
@Check('ck_case_events_seq_positive', '"seq" > 0')
@Check('ck_case_events_chain_version', 'chain_version IN (1, 2)')
export class CaseEventEntity {
  @PrimaryColumn({ name: 'event_id', type: 'uuid', primaryKeyConstraintName: 'pk_case_events' })
  eventId!: string;

  @Column({ name: 'case_id', type: 'text' })
  caseId!: string;

  @Column({ name: 'seq', type: 'integer' })
  seq!: number;

  @Column({ name: 'type', type: 'text' })
  type!: string;

  @Column({ name: 'schema_version', type: 'integer' })
  schemaVersion!: number;

  /** The event's erased form (chain version 2), or the whole event (version 1, before sealing). */
  @Column({ name: 'data', type: 'jsonb' })
  data!: unknown;

  /** The whole event data sealed with the case key; NULL when it holds nothing personal or the key was shredded. */
  @Column({ name: 'sealed', type: 'bytea', nullable: true })
  sealed!: Buffer | null;

  /** 1: the hash covers `data` only; 2: `data` and the SHA-256 of `sealed`. */
  @Column({ name: 'chain_version', type: 'smallint', default: 1 })
  chainVersion!: number;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'now()' })
  recordedAt!: Date;

  @Column({ name: 'prev_hash', type: 'char', length: 64 })
  prevHash!: string;

  @Column({ name: 'hash', type: 'char', length: 64 })
  hash!: string;
}
