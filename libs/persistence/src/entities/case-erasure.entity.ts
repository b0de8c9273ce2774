import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/** The record of a case's erasure (its key shredded): why, when, and when its Temporal execution was deleted. */
@Entity({ name: 'case_erasures' })
@Check('ck_case_erasures_reason', "reason IN ('consent_withdrawn', 'retention')")
export class CaseErasureEntity {
  @PrimaryColumn({ name: 'case_id', type: 'text', primaryKeyConstraintName: 'pk_case_erasures' })
  caseId!: string;

  @Column({ name: 'reason', type: 'text' })
  reason!: string;

  @Column({ name: 'erased_at', type: 'timestamptz', default: () => 'now()' })
  erasedAt!: Date;

  @Column({ name: 'execution_deleted_at', type: 'timestamptz', nullable: true })
  executionDeletedAt!: Date | null;
}
