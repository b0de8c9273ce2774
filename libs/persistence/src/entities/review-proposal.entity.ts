import { Check, Column, Entity, PrimaryColumn } from 'typeorm';
import { bigintAsNumber } from './column-transformers';

/** An override waiting for a second reviewer (table review_proposals); the note is sealed with the case key. */
@Entity({ name: 'review_proposals' })
@Check('ck_review_proposals_outcome', "outcome IN ('approved', 'partial', 'declined')")
export class ReviewProposalEntity {
  @PrimaryColumn({ name: 'case_id', type: 'text', primaryKeyConstraintName: 'pk_review_proposals' })
  caseId!: string;

  @Column({ name: 'proposed_by', type: 'text' })
  proposedBy!: string;

  @Column({ name: 'outcome', type: 'text' })
  outcome!: string;

  @Column({ name: 'granted_limit', type: 'bigint', transformer: bigintAsNumber })
  grantedLimit!: number;

  @Column({ name: 'reason_code', type: 'text' })
  reasonCode!: string;

  @Column({ name: 'sealed_note', type: 'bytea' })
  sealedNote!: Buffer;

  @Column({ name: 'proposed_at', type: 'timestamptz', default: () => 'now()' })
  proposedAt!: Date;
}
