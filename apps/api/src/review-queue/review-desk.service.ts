import { Inject, Injectable } from '@nestjs/common';
import type { UpliftConfig } from '@uplift/config';
import { DomainError, ErrorCode, reviewerAgrees, type Decision, type ReviewerVerdict } from '@uplift/domain';
import { claimedByAnother, type ReviewClaims, type ReviewProposal, type ReviewProposals } from '@uplift/persistence';
import type { Principal } from '../auth/principal';
import { CaseAccess } from '../cases/case-access.service';
import { CaseWorkflowGateway } from '../cases/case-workflow.gateway';
import { CONSOLE_TOKENS } from '../console/console-tokens';
import { TOKENS } from '../dependencies';
import type { ReviewDecisionDto, ReviewDeskOutcomeDto } from './review-decision.dto';
import { recordedNote } from './reviewer-reasons';

type Verdict = Omit<ReviewerVerdict, 'reviewerId' | 'note'>;

/**
 * The rules around a reviewer's decision, wherever it comes from (the queue or POST /v1/cases/:id/review):
 * nobody decides a case another reviewer has claimed, and an override that grants more than the
 * configured amount needs a second, different reviewer (four eyes). The decision itself always goes
 * through the case workflow's review update, so it lands in the case's events like any other.
 */
@Injectable()
export class ReviewDesk {
  constructor(
    @Inject(CaseAccess) private readonly access: CaseAccess,
    @Inject(CaseWorkflowGateway) private readonly workflows: CaseWorkflowGateway,
    @Inject(CONSOLE_TOKENS.reviewClaims) private readonly claims: ReviewClaims,
    @Inject(CONSOLE_TOKENS.reviewProposals) private readonly proposals: ReviewProposals,
    @Inject(TOKENS.config) private readonly config: UpliftConfig,
  ) {}

  /** True when `verdict` departs from the engine and grants more than the four-eyes amount. */
  needsSecondReviewer(engine: Decision, verdict: Verdict): boolean {
    const above = this.config.review.fourEyesAboveCny;
    return (
      verdict.grantedLimit > above &&
      verdict.grantedLimit > engine.currentLimit &&
      !reviewerAgrees(engine, { reviewerId: '', note: '', ...verdict })
    );
  }

  /** Decides the case, or records the override as a proposal when it needs a second reviewer. */
  async decide(principal: Principal, caseId: string, body: ReviewDecisionDto): Promise<ReviewDeskOutcomeDto> {
    const engine = await this.referral(principal, caseId);
    await this.claims.assertFreeFor(caseId, principal.keyId);
    if (this.needsSecondReviewer(engine, body)) {
      const proposal = await this.proposals.propose(caseId, principal.keyId, {
        outcome: body.outcome,
        grantedLimit: body.grantedLimit,
        reasonCode: body.reasonCode,
        note: body.note,
      });
      return { status: 'proposed', result: null, proposal };
    }
    const verdict = {
      reviewerId: principal.keyId,
      outcome: body.outcome,
      grantedLimit: body.grantedLimit,
      note: recordedNote(body.reasonCode, body.note),
    };
    const result = await this.workflows.review(caseId, verdict);
    await this.claims.settle(caseId);
    return { status: 'decided', result, proposal: null };
  }

  /** A second reviewer confirms the waiting proposal, which becomes the decision. */
  async confirm(principal: Principal, caseId: string): Promise<ReviewDeskOutcomeDto> {
    await this.referral(principal, caseId);
    const proposal = await this.waiting(caseId);
    if (proposal.proposedBy === principal.keyId) {
      throw new DomainError(ErrorCode.SecondReviewerRequired, 'A second, different reviewer must confirm this override.', {
        proposedBy: proposal.proposedBy,
      });
    }
    // The proposer usually holds the claim; a third reviewer's claim still keeps others off.
    const holder = await this.claims.holder(caseId);
    if (holder && holder.reviewerId !== principal.keyId && holder.reviewerId !== proposal.proposedBy) throw claimedByAnother(holder);
    const note = recordedNote(proposal.reasonCode, proposal.note ?? '', { proposedBy: proposal.proposedBy, confirmedBy: principal.keyId });
    const result = await this.workflows.review(caseId, {
      reviewerId: principal.keyId,
      outcome: proposal.outcome,
      grantedLimit: proposal.grantedLimit,
      note,
    });
    await this.claims.settle(caseId);
    return { status: 'decided', result, proposal };
  }

  /** The proposal waiting on a case (withdrawn by its author, or rejected by another reviewer). */
  async dropProposal(principal: Principal, caseId: string): Promise<void> {
    await this.referral(principal, caseId);
    await this.proposals.withdraw(caseId);
  }

  /** The waiting proposal of a case the caller may see. */
  async proposal(principal: Principal, caseId: string): Promise<ReviewProposal> {
    await this.access.visibleCase(principal, caseId);
    return this.waiting(caseId);
  }

  /** Throws CASE_NOT_FOUND unless the caller may see the case. */
  async visible(principal: Principal, caseId: string): Promise<void> {
    await this.access.visibleCase(principal, caseId);
  }

  /** CASE_NOT_IN_REVIEW unless the case waits for a reviewer (a claim is taken only then). */
  async assertInReview(principal: Principal, caseId: string): Promise<void> {
    await this.referral(principal, caseId);
  }

  /** POST /v1/cases/:id/review obeys the same rules: the claim, and four eyes (through the queue's proposals). */
  async checkDirectReview(principal: Principal, caseId: string, verdict: Verdict): Promise<void> {
    const record = await this.access.visibleCase(principal, caseId);
    // A case not (yet) in review is the workflow's to refuse, with its own error.
    const engine = record.status === 'in_review' ? record.state.review?.engineDecision : undefined;
    if (!engine) return;
    await this.claims.assertFreeFor(caseId, principal.keyId);
    if (this.needsSecondReviewer(engine, verdict)) {
      throw new DomainError(
        ErrorCode.SecondReviewerRequired,
        `Overrides granting more than CNY ${this.config.review.fourEyesAboveCny} need a second reviewer: propose with POST /v1/review-queue/${caseId}/decision.`,
      );
    }
  }

  /** Forgets the claim and proposal of a case just decided. */
  async settled(caseId: string): Promise<void> {
    await this.claims.settle(caseId);
  }

  /** The engine's referral of a case in review; CASE_NOT_IN_REVIEW otherwise. */
  private async referral(principal: Principal, caseId: string): Promise<Decision> {
    const record = await this.access.visibleCase(principal, caseId);
    const engine = record.state.review?.engineDecision;
    if (record.status !== 'in_review' || !engine)
      throw new DomainError(ErrorCode.CaseNotInReview, 'This case is not waiting for a reviewer.');
    return engine;
  }

  private async waiting(caseId: string): Promise<ReviewProposal> {
    const proposal = await this.proposals.find(caseId);
    if (!proposal)
      throw new DomainError(ErrorCode.ConcurrencyConflict, 'No proposal waits for confirmation (withdrawn, or already decided).');
    return proposal;
  }
}
