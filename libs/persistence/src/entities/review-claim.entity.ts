import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/** A reviewer working on a referred case (table review_claims); a claim past expires_at is free to take. */
@Entity({ name: 'review_claims' })
@Check('ck_review_claims_expires_after_claimed', 'expires_at > claimed_at')
export class ReviewClaimEntity {
  @PrimaryColumn({ name: 'case_id', type: 'text', primaryKeyConstraintName: 'pk_review_claims' })
  caseId!: string;

  /** The reviewer's API key id (as in ReviewCompleted's verdict). */
  @Column({ name: 'reviewer_id', type: 'text' })
  reviewerId!: string;

  @Column({ name: 'claimed_at', type: 'timestamptz', default: () => 'now()' })
  claimedAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;
}
