import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/** A case the operations sweep found unable to go on by itself (table case_operations). */
@Entity({ name: 'case_operations' })
@Check('ck_case_operations_problem', `problem IN ('workflow_task_failing', 'activity_retrying')`)
export class CaseOperationEntity {
  @PrimaryColumn({ name: 'case_id', type: 'text', primaryKeyConstraintName: 'pk_case_operations' })
  caseId!: string;

  @Column({ name: 'problem', type: 'text' })
  problem!: string;

  @Column({ name: 'detail', type: 'jsonb' })
  detail!: unknown;

  @Column({ name: 'since', type: 'timestamptz' })
  since!: Date;

  @Column({ name: 'checked_at', type: 'timestamptz' })
  checkedAt!: Date;
}
