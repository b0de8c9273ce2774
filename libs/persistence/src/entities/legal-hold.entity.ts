import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/** A closed case compliance must keep (litigation, an investigation): the retention policy skips it while held. */
@Entity({ name: 'legal_holds' })
@Check('ck_legal_holds_reason', 'length(reason) BETWEEN 1 AND 500')
export class LegalHoldEntity {
  @PrimaryColumn({ name: 'case_id', type: 'text', primaryKeyConstraintName: 'pk_legal_holds' })
  caseId!: string;

  @Column({ name: 'reason', type: 'text' })
  reason!: string;

  @Column({ name: 'placed_by', type: 'text' })
  placedBy!: string;

  @Column({ name: 'placed_at', type: 'timestamptz', default: () => 'now()' })
  placedAt!: Date;
}
