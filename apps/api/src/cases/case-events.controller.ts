import { Controller, Get, Inject, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { EventStore } from '@uplift/persistence';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import type { Principal } from '../auth/principal';
import { TOKENS } from '../dependencies';
import { ApiErrorResponses } from '../docs/api-error-responses';
import { CaseAccess } from './case-access.service';
import { CaseEventsDto } from './dto/case-record.dto';

/** The tamper-evident event stream of a case, for compliance review. */
@ApiTags('cases')
@ApiBearerAuth()
@Controller('v1/cases/:id/events')
export class CaseEventsController {
  constructor(
    @Inject(CaseAccess) private readonly access: CaseAccess,
    @Inject(TOKENS.eventStore) private readonly events: EventStore,
  ) {}

  /** GET /v1/cases/:id/events: every stored event and whether the hash chain verifies. */
  @Get()
  @ApiOperation({ summary: 'Read the event stream of a case and verify its hash chain' })
  @ApiResponse({ status: 200, type: CaseEventsDto })
  @ApiErrorResponses(401, 404)
  async list(@Param('id') caseId: string, @CurrentPrincipal() principal: Principal): Promise<CaseEventsDto> {
    await this.access.visibleCase(principal, caseId);
    const [chain, events] = await Promise.all([this.events.verifyChain(caseId), this.events.readStream(caseId)]);
    return { caseId, chain, events };
  }
}
