import { Body, Controller, Get, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { agreementReport, type AgreementReport } from '@uplift/domain';
import type { CaseQueries } from '@uplift/persistence';
import { RolesOnly } from '../auth/access-metadata';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import type { Principal } from '../auth/principal';
import { CaseAccess } from '../cases/case-access.service';
import { CaseWorkflowGateway } from '../cases/case-workflow.gateway';
import { askOrRecall } from '../cases/recorded-answer';
import { TOKENS } from '../dependencies';
import { ApiErrorResponses } from '../docs/api-error-responses';
import { ReviewDesk } from '../review-queue/review-desk.service';
import { AgreementReportDto } from './review-agreement.dto';
import { recordedReview } from './recorded-review';
import { ReviewResultDto, ReviewVerdictDto } from './review-verdict.dto';

/** Human review of referred cases: the reviewers' decisions and how often they agree with the engine. */
@ApiTags('reviews')
@ApiBearerAuth()
@Controller()
export class ReviewsController {
  constructor(
    @Inject(CaseAccess) private readonly access: CaseAccess,
    @Inject(CaseWorkflowGateway) private readonly workflows: CaseWorkflowGateway,
    @Inject(TOKENS.caseQueries) private readonly cases: CaseQueries,
    @Inject(ReviewDesk) private readonly desk: ReviewDesk,
  ) {}

  /** POST /v1/cases/:id/review: a reviewer decides a referred case (the queue: GET /v1/cases?status=in_review). */
  @Post('v1/cases/:id/review')
  @HttpCode(200)
  @RolesOnly('reviewer')
  @ApiOperation({
    summary: "Decide a referred case; the reviewer is the API key's holder; resending the same verdict returns the same result",
  })
  @ApiResponse({ status: 200, type: ReviewResultDto })
  @ApiErrorResponses(400, 401, 403, 404, 409, 503)
  async review(
    @Param('id') caseId: string,
    @Body() body: ReviewVerdictDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ReviewResultDto> {
    await this.access.actionableCase(principal, caseId);
    // The queue's rules hold here too: another reviewer's claim, and four eyes for large overrides.
    await this.desk.checkDirectReview(principal, caseId, body);
    const verdict = { reviewerId: principal.keyId, outcome: body.outcome, grantedLimit: body.grantedLimit, note: body.note };
    const result = await askOrRecall(
      () => this.workflows.review(caseId, verdict),
      async () => (await this.access.visibleCase(principal, caseId)).state,
      (state) => recordedReview(state, verdict),
    );
    await this.desk.settled(caseId);
    return result;
  }

  /** GET /v1/reports/review-agreement: reviewer/engine agreement overall, per industry and per voucher type. */
  @Get('v1/reports/review-agreement')
  @RolesOnly('compliance', 'reviewer')
  @ApiOperation({ summary: 'How often reviewers agree with the engine, per industry and voucher type' })
  @ApiResponse({ status: 200, type: AgreementReportDto })
  @ApiErrorResponses(401, 403)
  async agreement(): Promise<AgreementReport> {
    return agreementReport(await this.cases.reviewedCaseStates());
  }
}
