import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { UpliftConfig } from '@uplift/config';
import type { ReviewClaims, ReviewQueue } from '@uplift/persistence';
import { RolesOnly } from '../auth/access-metadata';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import type { Principal } from '../auth/principal';
import { CONSOLE_TOKENS } from '../console/console-tokens';
import { TOKENS } from '../dependencies';
import { ApiErrorResponses } from '../docs/api-error-responses';
import { ReviewDecisionDto, ReviewDeskOutcomeDto, ReviewProposalDto } from './review-decision.dto';
import { ReviewDesk } from './review-desk.service';
import { ReviewClaimDto, ReviewQueuePageDto } from './review-queue.dto';
import { ReviewQueueQuery } from './review-queue.query';
import { REVIEWER_REASON_CODES } from './reviewer-reasons';

/** The reviewers' queue: referred cases, claims, decisions and four-eyes confirmations (bearer key, or the console's session cookie). */
@ApiTags('review-queue')
@ApiBearerAuth()
@Controller('v1/review-queue')
export class ReviewQueueController {
  constructor(
    @Inject(CONSOLE_TOKENS.reviewQueue) private readonly queue: ReviewQueue,
    @Inject(CONSOLE_TOKENS.reviewClaims) private readonly claims: ReviewClaims,
    @Inject(ReviewDesk) private readonly desk: ReviewDesk,
    @Inject(TOKENS.config) private readonly config: UpliftConfig,
  ) {}

  /** GET /v1/review-queue */
  @Get()
  @RolesOnly('reviewer', 'compliance')
  @ApiOperation({ summary: 'Referred cases by escalation deadline, with filters, claims, waiting proposals and counts' })
  @ApiResponse({ status: 200, type: ReviewQueuePageDto })
  @ApiErrorResponses(400, 401, 403)
  async list(@Query() query: ReviewQueueQuery, @CurrentPrincipal() principal: Principal): Promise<ReviewQueuePageDto> {
    const page = await this.queue.page({
      reviewerId: principal.keyId,
      ...(query.industry !== undefined ? { industry: query.industry } : {}),
      ...(query.reason !== undefined ? { reason: query.reason } : {}),
      ...(query.minRequested !== undefined ? { minRequested: query.minRequested } : {}),
      ...(query.maxRequested !== undefined ? { maxRequested: query.maxRequested } : {}),
      ...(query.overdue !== undefined ? { overdue: query.overdue === 'true' } : {}),
      claim: query.claim ?? 'any',
      sort: query.sort ?? 'due',
      limit: query.limit ?? 50,
      offset: query.offset ?? 0,
    });
    return { ...page, fourEyesAbove: this.config.review.fourEyesAboveCny, reasonCodes: [...REVIEWER_REASON_CODES] };
  }

  /** PUT /v1/review-queue/:id/claim */
  @Put(':id/claim')
  @RolesOnly('reviewer')
  @ApiOperation({ summary: 'Claim (or renew the claim on) a referred case, so no other reviewer decides it meanwhile' })
  @ApiResponse({ status: 200, type: ReviewClaimDto })
  @ApiErrorResponses(401, 403, 404, 409)
  async claim(@Param('id') caseId: string, @CurrentPrincipal() principal: Principal): Promise<ReviewClaimDto> {
    await this.desk.assertInReview(principal, caseId);
    return this.claims.claim(caseId, principal.keyId, this.config.review.claimTtlMs);
  }

  /** DELETE /v1/review-queue/:id/claim */
  @Delete(':id/claim')
  @HttpCode(204)
  @RolesOnly('reviewer')
  @ApiOperation({ summary: 'Release your claim on a case' })
  @ApiResponse({ status: 204, description: 'Released (also when there was no claim).' })
  @ApiErrorResponses(401, 403, 404, 409)
  async release(@Param('id') caseId: string, @CurrentPrincipal() principal: Principal): Promise<void> {
    await this.desk.visible(principal, caseId);
    await this.claims.release(caseId, principal.keyId);
  }

  /** POST /v1/review-queue/:id/decision */
  @Post(':id/decision')
  @HttpCode(200)
  @RolesOnly('reviewer')
  @ApiOperation({
    summary: 'Decide a referred case with a reason code; an override above the four-eyes amount becomes a proposal for a second reviewer',
  })
  @ApiResponse({ status: 200, type: ReviewDeskOutcomeDto })
  @ApiErrorResponses(400, 401, 403, 404, 409, 410, 503)
  async decide(
    @Param('id') caseId: string,
    @Body() body: ReviewDecisionDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ReviewDeskOutcomeDto> {
    return this.desk.decide(principal, caseId, body);
  }

  /** GET /v1/review-queue/:id/proposal */
  @Get(':id/proposal')
  @RolesOnly('reviewer', 'compliance')
  @ApiOperation({ summary: 'The override waiting for a second reviewer' })
  @ApiResponse({ status: 200, type: ReviewProposalDto })
  @ApiErrorResponses(401, 403, 404, 409)
  async proposal(@Param('id') caseId: string, @CurrentPrincipal() principal: Principal): Promise<ReviewProposalDto> {
    return this.desk.proposal(principal, caseId);
  }

  /** POST /v1/review-queue/:id/proposal/confirm */
  @Post(':id/proposal/confirm')
  @HttpCode(200)
  @RolesOnly('reviewer')
  @ApiOperation({ summary: 'A second, different reviewer confirms the waiting override, which becomes the decision' })
  @ApiResponse({ status: 200, type: ReviewDeskOutcomeDto })
  @ApiErrorResponses(401, 403, 404, 409, 503)
  async confirm(@Param('id') caseId: string, @CurrentPrincipal() principal: Principal): Promise<ReviewDeskOutcomeDto> {
    return this.desk.confirm(principal, caseId);
  }

  /** DELETE /v1/review-queue/:id/proposal */
  @Delete(':id/proposal')
  @HttpCode(204)
  @RolesOnly('reviewer')
  @ApiOperation({ summary: 'Withdraw (author) or reject (another reviewer) the waiting override' })
  @ApiResponse({ status: 204, description: 'No proposal waits any more.' })
  @ApiErrorResponses(401, 403, 404, 409)
  async dropProposal(@Param('id') caseId: string, @CurrentPrincipal() principal: Principal): Promise<void> {
    await this.desk.dropProposal(principal, caseId);
  }
}
