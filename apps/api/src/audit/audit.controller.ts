import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import { parseAsOf, renderAuditHtml, type AsOf, type ReportIntegrity } from '@uplift/audit';
import { DomainError, ErrorCode } from '@uplift/domain';
import { RolesOnly } from '../auth/access-metadata';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import type { Principal } from '../auth/principal';
import { CaseAccess } from '../cases/case-access.service';
import { ApiErrorResponses } from '../docs/api-error-responses';
import type { ApiResponse as HttpResponse } from '../http/api-request';
import { AuditQueryDto, AuditReportDto, ReplayResultDto, ReportVerificationDto } from './audit.dto';
import { CaseAudits } from './case-audits.service';

function asOfOf(query: AuditQueryDto): AsOf | null {
  if (query.asOf === undefined) return null;
  const asOf = parseAsOf(query.asOf);
  if (!asOf)
    throw new DomainError(ErrorCode.ValidationFailed, 'asOf must be a stream version (a whole number) or an ISO 8601 time', {
      fields: [{ field: 'asOf', problems: ['not a version or a time'] }],
    });
  return asOf;
}

/** What compliance needs to show a regulator (docs/adr/0024): the audit bundle, the replay verdicts, a report check. */
@ApiTags('audit')
@ApiBearerAuth()
@Controller('v1')
export class AuditController {
  constructor(
    @Inject(CaseAccess) private readonly access: CaseAccess,
    @Inject(CaseAudits) private readonly audits: CaseAudits,
  ) {}

  /** GET /v1/cases/:id/audit: the signed, self-contained audit bundle (JSON), or its HTML rendering. */
  @Get('cases/:id/audit')
  @RolesOnly('compliance')
  @ApiOperation({
    summary:
      "A case's audit bundle: timeline, evidence, decision, review, operator actions, and the chain, archive, replay, read-model and decision verdicts; signed",
  })
  @ApiProduces('application/json', 'text/html')
  @ApiResponse({ status: 200, type: AuditReportDto })
  @ApiErrorResponses(400, 401, 403, 404)
  async report(
    @Param('id') caseId: string,
    @Query() query: AuditQueryDto,
    @CurrentPrincipal() principal: Principal,
    @Res() res: HttpResponse,
  ): Promise<void> {
    const record = await this.access.visibleCase(principal, caseId);
    const report = await this.audits.report(caseId, record.erasedAt, asOfOf(query));
    res.setHeader('Cache-Control', 'no-store');
    if (query.format === 'html') {
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.setHeader('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'");
      res.end(renderAuditHtml(report));
      return;
    }
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="audit-${caseId}.json"`);
    res.end(JSON.stringify(report, null, 2));
  }

  /** GET /v1/cases/:id/replay: replays the case's archived history against today's code and checks it. */
  @Get('cases/:id/replay')
  @RolesOnly('compliance')
  @ApiOperation({
    summary:
      'Replay a case: its archived workflow history against the current code, its chain, read model and decision; with asOf, its state at that point',
  })
  @ApiResponse({ status: 200, type: ReplayResultDto })
  @ApiErrorResponses(400, 401, 403, 404)
  async replay(
    @Param('id') caseId: string,
    @Query() query: AuditQueryDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ReplayResultDto> {
    await this.access.visibleCase(principal, caseId);
    const result = await this.audits.replay(caseId, asOfOf(query));
    return { ...result, stateAsOf: result.stateAsOf as unknown as Record<string, unknown> | null };
  }

  /** POST /v1/audit/verify: whether an audit bundle is unchanged since the engine issued it. */
  @Post('audit/verify')
  @HttpCode(200)
  @RolesOnly('compliance')
  @ApiOperation({ summary: "Verify an audit bundle: its digest recomputes and its signature is this engine's" })
  @ApiBody({
    description: 'An audit bundle as GET /v1/cases/:id/audit returned it (any member may have been changed: that is what is checked).',
    schema: {
      type: 'object',
      required: ['integrity'],
      additionalProperties: true,
      properties: {
        integrity: {
          type: 'object',
          required: ['digest', 'signature'],
          additionalProperties: true,
          properties: {
            algorithm: { type: 'string', example: 'sha256+hmac-sha256/v1' },
            digest: { type: 'string', pattern: '^[0-9a-f]{64}$' },
            signature: { type: 'string', pattern: '^[0-9a-f]{64}$' },
          },
        },
      },
    },
  })
  @ApiResponse({ status: 200, type: ReportVerificationDto })
  @ApiErrorResponses(400, 401, 403)
  verify(@Body() body: unknown): ReportVerificationDto {
    const report = body as { integrity?: Partial<ReportIntegrity> } & Record<string, unknown>;
    const integrity = report?.integrity;
    const hex64 = (value: unknown) => typeof value === 'string' && /^[0-9a-f]{64}$/.test(value);
    const algorithmOk = integrity?.algorithm === undefined || typeof integrity.algorithm === 'string';
    if (
      typeof report !== 'object' ||
      report === null ||
      Array.isArray(report) ||
      !hex64(integrity?.digest) ||
      !hex64(integrity?.signature) ||
      !algorithmOk
    ) {
      throw new DomainError(
        ErrorCode.ValidationFailed,
        'the body must be an audit bundle whose integrity holds digest and signature (64 hex digits each) and, if given, an algorithm string',
        { fields: [{ field: 'integrity', problems: ['missing or malformed'] }] },
      );
    }
    return this.audits.verify(report as { integrity: ReportIntegrity } & Record<string, unknown>);
  }
}
