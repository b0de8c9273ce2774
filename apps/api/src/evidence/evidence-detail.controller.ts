import { Controller, Get, Inject, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { DomainError, ErrorCode, type EvidenceItem } from '@uplift/domain';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import type { Principal } from '../auth/principal';
import { CaseAccess } from '../cases/case-access.service';
import { ApiErrorResponses } from '../docs/api-error-responses';
import { EvidenceItemDto } from './dto/evidence-item.dto';

/**
 * What the engine made of one upload, for reviewers and compliance: legibility, what recognition read,
 * and the authenticity verdict with its findings and heatmaps (rows of 0..1 cells over the image).
 * Never the bytes themselves: those stay encrypted in the vault.
 */
@ApiTags('evidence')
@ApiBearerAuth()
@Controller('v1/cases/:id/evidence/:evidenceId')
export class EvidenceDetailController {
  constructor(@Inject(CaseAccess) private readonly access: CaseAccess) {}

  /** GET /v1/cases/:id/evidence/:evidenceId */
  @Get()
  @ApiOperation({ summary: 'Assessment, recognition and authenticity findings (with heatmaps) of one upload' })
  @ApiResponse({ status: 200, type: EvidenceItemDto })
  @ApiErrorResponses(401, 404)
  async detail(
    @Param('id') caseId: string,
    @Param('evidenceId') evidenceId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<EvidenceItem> {
    const record = await this.access.visibleCase(principal, caseId);
    const item = record.state.evidence[evidenceId];
    if (!item) throw new DomainError(ErrorCode.EvidenceNotFound, 'No such evidence in this case.');
    return item;
  }
}
