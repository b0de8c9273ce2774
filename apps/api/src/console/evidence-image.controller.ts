import { Controller, Get, Inject, Param, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import { DomainError, ErrorCode } from '@uplift/domain';
import type { EvidenceVault } from '@uplift/persistence';
import { RolesOnly } from '../auth/access-metadata';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import type { Principal } from '../auth/principal';
import { CaseAccess } from '../cases/case-access.service';
import { TOKENS } from '../dependencies';
import { ApiErrorResponses } from '../docs/api-error-responses';
import type { ApiResponse as HttpResponse } from '../http/api-request';

/**
 * The uploaded picture itself, for the people who judge it: decrypted on the fly from the vault for
 * reviewers and compliance, never stored decrypted and never cached (no-store, private). Operators see
 * ciphertext only (docs/adr/0021); channels already hold what they uploaded.
 */
@ApiTags('evidence')
@ApiBearerAuth()
@Controller('v1/cases/:id/evidence/:evidenceId/image')
export class EvidenceImageController {
  constructor(
    @Inject(CaseAccess) private readonly access: CaseAccess,
    @Inject(TOKENS.evidenceVault) private readonly vault: EvidenceVault,
  ) {}

  /** GET /v1/cases/:id/evidence/:evidenceId/image */
  @Get()
  @RolesOnly('reviewer', 'compliance')
  @ApiOperation({ summary: 'The uploaded file, decrypted for reviewers and compliance (Cache-Control: no-store, private)' })
  @ApiProduces('image/jpeg', 'image/png', 'image/webp', 'application/pdf')
  @ApiResponse({
    status: 200,
    description: 'The bytes as uploaded, with the media type recognised at upload.',
    content: {
      'image/jpeg': { schema: { type: 'string', format: 'binary' } },
      'image/png': { schema: { type: 'string', format: 'binary' } },
      'image/webp': { schema: { type: 'string', format: 'binary' } },
      'application/pdf': { schema: { type: 'string', format: 'binary' } },
    },
  })
  @ApiErrorResponses(401, 403, 404, 410)
  async image(
    @Param('id') caseId: string,
    @Param('evidenceId') evidenceId: string,
    @CurrentPrincipal() principal: Principal,
    @Res() res: HttpResponse,
  ): Promise<void> {
    const record = await this.access.visibleCase(principal, caseId);
    if (!record.state.evidence[evidenceId]) throw new DomainError(ErrorCode.EvidenceNotFound, 'No such evidence in this case.');
    const content = await this.vault.read(caseId, evidenceId);
    res.setHeader('Content-Type', content.mediaType);
    res.setHeader('Content-Length', String(content.bytes.length));
    res.setHeader('Cache-Control', 'no-store, private');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Content-Disposition', 'inline');
    // A PDF opened directly must not run script in the API's origin.
    res.setHeader('Content-Security-Policy', "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox");
    res.end(content.bytes);
  }
}
