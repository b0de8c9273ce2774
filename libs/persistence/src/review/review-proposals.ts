import { DomainError, ErrorCode } from '@uplift/domain';
import type { DataSource } from 'typeorm';
import { inTransaction, withSql } from '../db/sql';
import type { MasterKeyRing } from '../evidence/case-key-store';
import { keyRing, sealForWrite, sealsForRead, type MasterKeys } from '../privacy/case-seals';

/** An override one reviewer proposed and a second, different reviewer must confirm (four eyes). */
export interface ReviewProposal {
  caseId: string;
  proposedBy: string;
  outcome: 'approved' | 'partial' | 'declined';
  grantedLimit: number;
  reasonCode: string;
  /** The proposer's note; null once the case's personal data was erased. */
  note: string | null;
  proposedAt: string;
}

/** What a reviewer proposes. */
export type ProposedVerdict = Pick<ReviewProposal, 'outcome' | 'grantedLimit' | 'reasonCode'> & { note: string };

interface ProposalRow {
  caseId: string;
  proposedBy: string;
  outcome: ReviewProposal['outcome'];
  grantedLimit: string;
  reasonCode: string;
  sealedNote: Buffer;
  proposedAt: Date;
}

const NOTE_PLACE = 'review-proposal/note';

/**
 * Proposals waiting for a second reviewer. The note is sealed with the case key (docs/adr/0020), so
 * erasing the case erases a pending note too.
 */
export class ReviewProposals {
  readonly #keys: MasterKeyRing;

  constructor(
    private readonly ds: DataSource,
    keys: MasterKeys,
  ) {
    this.#keys = keyRing(keys);
  }

  /**
   * Records (or replaces) `reviewerId`'s proposal; SECOND_REVIEWER_REQUIRED when another reviewer's
   * proposal is waiting (that one is confirmed or withdrawn first).
   */
  async propose(caseId: string, reviewerId: string, verdict: ProposedVerdict): Promise<ReviewProposal> {
    await inTransaction(this.ds, async (sql) => {
      const seal = await sealForWrite(sql, this.#keys, caseId);
      if (!seal) throw new DomainError(ErrorCode.CaseErased, "The case's personal data was erased.");
      const written = await sql.run(
        `INSERT INTO review_proposals (case_id, proposed_by, outcome, granted_limit, reason_code, sealed_note)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (case_id) DO UPDATE SET outcome = EXCLUDED.outcome, granted_limit = EXCLUDED.granted_limit,
           reason_code = EXCLUDED.reason_code, sealed_note = EXCLUDED.sealed_note, proposed_at = now()
           WHERE review_proposals.proposed_by = EXCLUDED.proposed_by`,
        [caseId, reviewerId, verdict.outcome, verdict.grantedLimit, verdict.reasonCode, seal.seal(NOTE_PLACE, verdict.note)],
      );
      if (written === 0)
        throw new DomainError(
          ErrorCode.SecondReviewerRequired,
          "Another reviewer's proposal waits for a second reviewer: confirm or reject it first.",
        );
    });
    const stored = await this.find(caseId);
    if (!stored) throw new DomainError(ErrorCode.ConcurrencyConflict, 'The proposal was withdrawn meanwhile.');
    return stored;
  }

  /** The waiting proposal of a case, or null. */
  async find(caseId: string): Promise<ReviewProposal | null> {
    return withSql(this.ds, async (sql) => {
      const row = await sql.one<ProposalRow>(
        `SELECT case_id AS "caseId", proposed_by AS "proposedBy", outcome, granted_limit AS "grantedLimit", reason_code AS "reasonCode",
           sealed_note AS "sealedNote", proposed_at AS "proposedAt" FROM review_proposals WHERE case_id = $1`,
        [caseId],
      );
      if (!row) return null;
      const seal = (await sealsForRead(sql, this.#keys, [caseId])).get(caseId)?.seal ?? null;
      const { sealedNote, ...rest } = row;
      return {
        ...rest,
        grantedLimit: Number(row.grantedLimit),
        note: seal ? seal.open(NOTE_PLACE, sealedNote) : null,
        proposedAt: row.proposedAt.toISOString(),
      };
    });
  }

  /** Removes the waiting proposal (withdrawn by its author, or rejected by a second reviewer). */
  async withdraw(caseId: string): Promise<boolean> {
    return (await withSql(this.ds, (sql) => sql.run('DELETE FROM review_proposals WHERE case_id = $1', [caseId]))) > 0;
  }
}
