import { Controller, Inject, Param, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { ChannelRoleOnly } from '../auth/access-metadata';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import type { Principal } from '../auth/principal';
import { ApiErrorResponses } from '../docs/api-error-responses';
import type { ApiRequest, ApiResponse as HttpResponse } from '../http/api-request';
import { EvidenceAcceptedDto, EvidenceUploadDto } from './dto/evidence-upload.dto';
import { EvidenceIntake } from './evidence-intake.service';

/** Evidence uploads (vouchers and photos) for a case. */
@ApiTags('evidence')
@ApiBearerAuth()
@Controller('v1/cases/:id/evidence')
export class EvidenceController {
  constructor(@Inject(EvidenceIntake) private readonly intake: EvidenceIntake) {}

  /** POST /v1/cases/:id/evidence: streams one file in, stores it encrypted and hands it to the case. */
  @Post()
  @ChannelRoleOnly()
  @ApiOperation({ summary: 'Upload one piece of evidence (multipart/form-data: kind, consent, file)' })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: EvidenceUploadDto })
  @ApiResponse({ status: 202, type: EvidenceAcceptedDto, description: 'Stored; the case will assess it.' })
  @ApiResponse({ status: 200, type: EvidenceAcceptedDto, description: 'This file was already stored for the case.' })
  @ApiErrorResponses(400, 401, 403, 404, 409, 413, 415, 422, 503)
  async upload(
    @Param('id') caseId: string,
    @CurrentPrincipal() principal: Principal,
    @Req() req: ApiRequest,
    @Res() res: HttpResponse,
  ): Promise<void> {
    // @Res() because the status depends on the outcome (202 new, 200 duplicate), which @HttpCode cannot express.
    const { body, duplicate } = await this.intake.submit(principal, caseId, req);
    res.statusCode = duplicate ? 200 : 202;
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.end(JSON.stringify(body));
  }
}
