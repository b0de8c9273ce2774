import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import type { EventStore } from '@uplift/persistence';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { recordedRequestDigest, requestDigest, type ProposalKind } from '@uplift/domain';
import { ChannelRoleOnly } from '../auth/access-metadata';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import type { Principal } from '../auth/principal';
import { TOKENS } from '../dependencies';
import { ApiErrorResponses } from '../docs/api-error-responses';
import { CaseAccess } from './case-access.service';
import { CaseWorkflowGateway } from './case-workflow.gateway';
import { CaseActionDto } from './dto/case-action.dto';
import { TurnReplyDto } from './dto/turn-reply.dto';
import { askOrRecorded } from './recorded-answer';

/**
 * The merchant's irreversible steps as structured actions: the channel shows its own confirmation
 * (a button with the consequences spelled out) and sends one of these. They are the confirmation;
 * a message can only ever lead to a proposal that the merchant then confirms.
 */
@ApiTags('cases')
@ApiBearerAuth()
@Controller('v1/cases/:id')
export class CaseActionsController {
  constructor(
    @Inject(CaseAccess) private readonly access: CaseAccess,
    @Inject(CaseWorkflowGateway) private readonly workflows: CaseWorkflowGateway,
    @Inject(TOKENS.eventStore) private readonly events: EventStore,
  ) {}

  /** POST /v1/cases/:id/submit: the merchant confirmed the submission; the reply carries the decision. */
  @Post('submit')
  @HttpCode(200)
  @ChannelRoleOnly()
  @ApiOperation({ summary: 'Submit the case for its decision (the merchant confirmed in the channel); idempotent by actionId' })
  @ApiResponse({ status: 200, type: TurnReplyDto, description: 'The decision (or a referral to a reviewer), explained.' })
  @ApiErrorResponses(400, 401, 403, 404, 409, 422, 503)
  submit(@Param('id') caseId: string, @Body() body: CaseActionDto, @CurrentPrincipal() principal: Principal): Promise<TurnReplyDto> {
    return this.act(principal, caseId, body.actionId, 'submit');
  }

  /** POST /v1/cases/:id/withdrawal: the merchant confirmed withdrawing consent; every upload is erased. */
  @Post('withdrawal')
  @HttpCode(200)
  @ChannelRoleOnly()
  @ApiOperation({ summary: 'Withdraw consent: erase every upload and close the case (the merchant confirmed); idempotent by actionId' })
  @ApiResponse({ status: 200, type: TurnReplyDto, description: 'Consent withdrawn: the uploads are erased and the case is closed.' })
  @ApiErrorResponses(400, 401, 403, 404, 409, 422, 503)
  withdraw(@Param('id') caseId: string, @Body() body: CaseActionDto, @CurrentPrincipal() principal: Principal): Promise<TurnReplyDto> {
    return this.act(principal, caseId, body.actionId, 'withdraw_consent');
  }

  private async act(principal: Principal, caseId: string, actionId: string, action: ProposalKind): Promise<TurnReplyDto> {
    await this.access.actionableCase(principal, caseId);
    return askOrRecorded(
      () => this.workflows.act(caseId, { actionId, action }),
      async () => (await this.access.visibleCase(principal, caseId)).state,
      (state) => state.actionTurns?.[actionId],
      requestDigest('action', action),
      async () =>
        recordedRequestDigest(
          (await this.events.readStream(caseId)).map((stored) => stored.event),
          'action',
          actionId,
        ),
    );
  }
}
