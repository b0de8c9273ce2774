import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { CaseState } from '@uplift/domain';
import { bigintAsNumber } from './column-transformers';

/**
 * The case read model (table cases): one row per opened case, always equal to folding the case's
 * stream. The scalar columns are copies of fields of `state`, kept for filtering and paging.
 * No wall-clock columns, so a rebuild reproduces every row exactly.
 */
@Entity({ name: 'cases' })
@Index('ix_cases_opened_at_case_id', ['openedAt', 'caseId'])
@Index('ix_cases_channel_opened_at_case_id', ['channel', 'openedAt', 'caseId'])
@Index('ix_cases_status_opened_at_case_id', ['status', 'openedAt', 'caseId'])
@Index('ix_cases_closed_at', ['closedAt'], { where: 'closed_at IS NOT NULL' })
export class CaseEntity {
  @PrimaryColumn({ name: 'case_id', type: 'text', primaryKeyConstraintName: 'pk_cases' })
  caseId!: string;

  @Column({ name: 'channel', type: 'text' })
  channel!: string;

  @Column({ name: 'merchant_ref', type: 'text' })
  merchantRef!: string;

  @Column({ name: 'status', type: 'text' })
  status!: string;

  @Column({ name: 'industry', type: 'text', nullable: true })
  industry!: string | null;

  @Column({ name: 'language', type: 'text' })
  language!: string;

  @Column({ name: 'current_limit', type: 'bigint', transformer: bigintAsNumber })
  currentLimit!: number;

  @Column({ name: 'requested_limit', type: 'bigint', transformer: bigintAsNumber })
  requestedLimit!: number;

  @Column({ name: 'granted_limit', type: 'bigint', nullable: true, transformer: bigintAsNumber })
  grantedLimit!: number | null;

  @Column({ name: 'outcome', type: 'text', nullable: true })
  outcome!: string | null;

  @Column({ name: 'version', type: 'integer' })
  version!: number;

  @Column({ name: 'opened_at', type: 'timestamptz' })
  openedAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  /** The erased state (folded from the events' erased forms): what stays readable after erasure. */
  @Column({ name: 'state', type: 'jsonb' })
  state!: CaseState;

  /**
   * The whole state sealed with the case key; empty when it could not be sealed (the key was shredded
   * before a rebuild); NULL only in rows from before sealing, whose `state` is whole.
   */
  @Column({ name: 'sealed_state', type: 'bytea', nullable: true })
  sealedState!: Buffer | null;
}
