import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import type { EventStore } from '@uplift/persistence';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { ChannelRoleOnly } from '../auth/access-metadata';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import type { Principal } from '../auth/principal';
import { recordedRequestDigest, requestDigest } from '@uplift/domain';
import { TOKENS } from '../dependencies';
import { ApiErrorResponses } from '../docs/api-error-responses';
import { CaseAccess } from './case-access.service';
import { CaseWorkflowGateway } from './case-workflow.gateway';
import { SendMessageDto } from './dto/send-message.dto';
import { TurnReplyDto } from './dto/turn-reply.dto';
import { askOrRecorded } from './recorded-answer';

/** Merchant turns relayed by a channel. */
@ApiTags('cases')
@ApiBearerAuth()
@Controller('v1/cases/:id/messages')
export class CaseTurnsController {
  constructor(
    @Inject(CaseAccess) private readonly access: CaseAccess,
    @Inject(CaseWorkflowGateway) private readonly workflows: CaseWorkflowGateway,
    @Inject(TOKENS.eventStore) private readonly events: EventStore,
  ) {}

  /** POST /v1/cases/:id/messages: one merchant message in, the assistant's reply out. */
  @Post()
  @HttpCode(200)
  @ChannelRoleOnly()
  @ApiOperation({ summary: 'Relay a merchant message; resending the same messageId returns the same reply' })
  @ApiResponse({ status: 200, type: TurnReplyDto })
  @ApiErrorResponses(400, 401, 403, 404, 409, 422, 503)
  async send(@Param('id') caseId: string, @Body() body: SendMessageDto, @CurrentPrincipal() principal: Principal): Promise<TurnReplyDto> {
    await this.access.actionableCase(principal, caseId);
    return askOrRecorded(
      () => this.workflows.sendMessage(caseId, { messageId: body.messageId, text: body.text }),
      async () => (await this.access.visibleCase(principal, caseId)).state,
      (state) => state.turns[body.messageId],
      requestDigest('message', body.text),
      async () =>
        recordedRequestDigest(
          (await this.events.readStream(caseId)).map((stored) => stored.event),
          'message',
          body.messageId,
        ),
    );
  }
}
