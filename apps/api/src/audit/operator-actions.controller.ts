import { Body, Controller, Inject, Param, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { RolesOnly } from '../auth/access-metadata';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import type { Principal } from '../auth/principal';
import { CaseAccess } from '../cases/case-access.service';
import { IdempotencyKey, IdempotencyKeyGuard } from '../cases/idempotency-key';
import { ApiErrorResponses } from '../docs/api-error-responses';
import { OperatorActionDto, OperatorActionResultDto } from './audit.dto';
import { CaseAudits } from './case-audits.service';

/** Operators act on a case's workflow through Uplift, so every action is in the case's audit (docs/adr/0024). */
@ApiTags('operations')
@ApiBearerAuth()
@Controller('v1/operations/cases/:id/actions')
export class OperatorActionsController {
  constructor(
    @Inject(CaseAccess) private readonly access: CaseAccess,
    @Inject(CaseAudits) private readonly audits: CaseAudits,
  ) {}

  /** POST /v1/operations/cases/:id/actions: record an OperatorAction event, then pause / unpause / reset an activity, reset the workflow, or escalate. */
  @Post()
  @RolesOnly('operator')
  @UseGuards(IdempotencyKeyGuard)
  @ApiOperation({ summary: "Act on a case's workflow (recorded in the case's events first, then carried out in Temporal)" })
  @ApiHeader({
    name: 'Idempotency-Key',
    required: true,
    description: 'Names the action: the same key again records and performs it once. 1-128 characters of A-Z a-z 0-9 . _ : -',
    example: 'ops-2026-11-29-0007',
  })
  @ApiResponse({ status: 201, type: OperatorActionResultDto })
  @ApiErrorResponses(400, 401, 403, 404, 409, 422)
  async act(
    @Param('id') caseId: string,
    @Body() body: OperatorActionDto,
    @IdempotencyKey() actionId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<OperatorActionResultDto> {
    await this.access.visibleCase(principal, caseId);
    return this.audits.act({
      caseId,
      actionId,
      kind: body.kind,
      reason: body.reason,
      operator: principal.keyId,
      activityId: body.activityId ?? null,
      resetToEventId: body.resetToEventId ?? null,
    });
  }
}
