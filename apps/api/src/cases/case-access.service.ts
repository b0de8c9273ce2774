import { Inject, Injectable } from '@nestjs/common';
import { assertAcceptsEvidence, CASE_LIMITS, DomainError, ErrorCode } from '@uplift/domain';
import type { CaseQueries, CaseRecord } from '@uplift/persistence';
import type { Principal } from '../auth/principal';
import { canSeeChannel } from '../auth/principal';
import { TOKENS } from '../dependencies';

/** How many case owners an API process remembers (a few MB). */
const MAX_REMEMBERED_OWNERS = 100_000;

/** Finds cases through the read model, hiding every case the caller may not see. */
@Injectable()
export class CaseAccess {
  private readonly owners = new Map<string, string>();

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
   * Checks that `principal` may act on the case, from its owner alone (turns and actions do not need
   * its state; the case itself refuses what it no longer takes). A case never changes hands, so its
   * owner is remembered. Another channel's case is "not found", as in visibleCase.
   */
  async actionableCase(principal: Principal, caseId: string): Promise<void> {
    let channel = this.owners.get(caseId);
    if (channel === undefined && CASE_LIMITS.idPattern.test(caseId)) {
      channel = (await this.cases.ownership(caseId))?.channel;
      if (channel !== undefined) this.remember(caseId, channel);
    }
    if (channel === undefined || !canSeeChannel(principal, channel)) throw new DomainError(ErrorCode.CaseNotFound, 'Case not found.');
  }

  /**
   * The case, as the read model last saw it, takes evidence (the domain's own rule): an early refusal
   * before the body is read. The case itself decides when the upload reaches it.
   */
  async acceptingEvidence(principal: Principal, caseId: string): Promise<void> {
    const owned = CASE_LIMITS.idPattern.test(caseId) ? await this.cases.ownership(caseId) : null;
    if (!owned || !canSeeChannel(principal, owned.channel)) throw new DomainError(ErrorCode.CaseNotFound, 'Case not found.');
    assertAcceptsEvidence(owned);
  }

  private remember(caseId: string, channel: string): void {
    if (this.owners.size >= MAX_REMEMBERED_OWNERS) this.owners.delete(this.owners.keys().next().value ?? '');
    this.owners.set(caseId, channel);
  }
}
