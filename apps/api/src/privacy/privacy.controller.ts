import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { UpliftConfig } from '@uplift/config';
import type { CaseErasures } from '@uplift/persistence';
import { RolesOnly } from '../auth/access-metadata';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import type { Principal } from '../auth/principal';
import { CaseAccess } from '../cases/case-access.service';
import { TOKENS } from '../dependencies';
import { ApiErrorResponses } from '../docs/api-error-responses';
import { CasePrivacyDto, LegalHoldDto, PlaceLegalHoldDto } from './privacy.dto';

/** Erasure and retention of a case's personal data, for compliance (docs/adr/0020). */
@ApiTags('privacy')
@ApiBearerAuth()
@Controller('v1/cases/:id')
export class PrivacyController {
  constructor(
    @Inject(CaseAccess) private readonly access: CaseAccess,
    @Inject(TOKENS.caseErasures) private readonly erasures: CaseErasures,
    @Inject(TOKENS.config) private readonly config: UpliftConfig,
  ) {}

  /** GET /v1/cases/:id/privacy: erased or not, held or not, and when retention will erase it. */
  @Get('privacy')
  @RolesOnly('compliance')
  @ApiOperation({ summary: "A case's erasure, legal hold and retention date" })
  @ApiResponse({ status: 200, type: CasePrivacyDto })
  @ApiErrorResponses(401, 403, 404)
  async privacy(@Param('id') caseId: string, @CurrentPrincipal() principal: Principal): Promise<CasePrivacyDto> {
    const record = await this.access.visibleCase(principal, caseId);
    const [erasure, legalHold] = await Promise.all([this.erasures.erasureOf(caseId), this.erasures.holdOf(caseId)]);
    const due =
      record.closedAt && !erasure && !legalHold
        ? new Date(Date.parse(record.closedAt) + this.config.privacy.retentionAfterCloseMs).toISOString()
        : null;
    return { caseId, erasure, legalHold, erasureDueAt: due };
  }

  /** PUT /v1/cases/:id/legal-hold: keep the case from the retention policy (idempotent; re-words the reason). */
  @Put('legal-hold')
  @RolesOnly('compliance')
  @ApiOperation({ summary: 'Place a legal hold: the retention policy leaves the case alone until it is released' })
  @ApiResponse({ status: 200, type: LegalHoldDto })
  @ApiErrorResponses(400, 401, 403, 404, 410)
  async place(
    @Param('id') caseId: string,
    @Body() body: PlaceLegalHoldDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<LegalHoldDto> {
    await this.access.visibleCase(principal, caseId);
    return this.erasures.placeHold(caseId, body.reason, principal.keyId);
  }

  /** DELETE /v1/cases/:id/legal-hold: release it (idempotent). */
  @Delete('legal-hold')
  @HttpCode(204)
  @RolesOnly('compliance')
  @ApiOperation({ summary: 'Release a legal hold' })
  @ApiResponse({ status: 204, description: 'Released (or there was none).' })
  @ApiErrorResponses(401, 403, 404)
  async release(@Param('id') caseId: string, @CurrentPrincipal() principal: Principal): Promise<void> {
    await this.access.visibleCase(principal, caseId);
    await this.erasures.releaseHold(caseId);
  }
}
