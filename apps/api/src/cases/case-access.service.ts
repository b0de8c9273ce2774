import { Inject, Injectable } from '@nestjs/common';
import { assertAcceptsEvidence, CASE_LIMITS, DomainError, ErrorCode, type CaseStatus } from '@uplift/domain';
import type { CaseQueries, CaseRecord } from '@uplift/persistence';
import type { Principal } from '../auth/principal';
import { canSeeChannel } from '../auth/principal';
import { TOKENS } from '../dependencies';

/** Finds cases through the read model, hiding every case the caller may not see. */
@Injectable()
export class CaseAccess {
  constructor(@Inject(TOKENS.caseQueries) private readonly cases: CaseQueries) {}

  /**
   * The case if it exists and `principal` may see it; otherwise CASE_NOT_FOUND. Another channel's
   * case is "not found" too (never "forbidden"), so a key cannot learn which case ids exist.
   */
  async visibleCase(principal: Principal, caseId: string): Promise<CaseRecord> {
    const record = CASE_LIMITS.idPattern.test(caseId) ? await this.cases.get(caseId) : null;
    if (!record || !canSeeChannel(principal, record.channel)) {
      throw new DomainError(ErrorCode.CaseNotFound, 'Case not found.');
    }
    return record;
  }

  /**
   * Checks that `principal` may act on the case, reading only its owner and status (turns, actions
   * and uploads do not need its state). Another channel's case is "not found", as in visibleCase.
   */
  async actionableCase(principal: Principal, caseId: string): Promise<{ channel: string; status: CaseStatus }> {
    const owned = CASE_LIMITS.idPattern.test(caseId) ? await this.cases.ownership(caseId) : null;
    if (!owned || !canSeeChannel(principal, owned.channel)) {
      throw new DomainError(ErrorCode.CaseNotFound, 'Case not found.');
    }
    return owned;
  }

  /**
   * Like actionableCase, and the case, as the read model last saw it, takes evidence (the domain's
   * own rule). An early refusal only: the case itself decides when the upload reaches it.
   */
  async acceptingEvidence(principal: Principal, caseId: string): Promise<void> {
    assertAcceptsEvidence(await this.actionableCase(principal, caseId));
  }
}
