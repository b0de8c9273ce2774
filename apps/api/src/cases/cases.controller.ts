import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query, Req, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { CaseOperations, CaseQueries } from '@uplift/persistence';
import { ChannelRoleOnly } from '../auth/access-metadata';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import type { Principal } from '../auth/principal';
import { TOKENS } from '../dependencies';
import { ApiErrorResponses } from '../docs/api-error-responses';
import type { ApiRequest } from '../http/api-request';
import { CaseAccess } from './case-access.service';
import { CaseOpening } from './case-opening.service';
import { CaseListDto, CaseRecordDto } from './dto/case-record.dto';
import { ListCasesQuery } from './dto/list-cases.query';
import { OpenCaseDto } from './dto/open-case.dto';
import { CaseOpenedDto } from './dto/turn-reply.dto';
import { IDEMPOTENCY_KEY_PATTERN, IdempotencyKey, IdempotencyKeyGuard } from './idempotency-key';

const DEFAULT_PAGE_SIZE = 20;

/** Opening, listing and reading cases. */
@ApiTags('cases')
@ApiBearerAuth()
@ApiErrorResponses(401)
@Controller('v1/cases')
export class CasesController {
  constructor(
    @Inject(CaseOpening) private readonly opening: CaseOpening,
    @Inject(CaseAccess) private readonly access: CaseAccess,
    @Inject(TOKENS.caseQueries) private readonly cases: CaseQueries,
    @Inject(TOKENS.caseOperations) private readonly operations: CaseOperations,
  ) {}

  /** POST /v1/cases: opens a case; retrying with the same Idempotency-Key and body returns the same answer. */
  @Post()
  @HttpCode(201)
  @ChannelRoleOnly()
  @UseGuards(IdempotencyKeyGuard)
  @ApiOperation({ summary: 'Open a credit-uplift case and get the assistant’s first message' })
  @ApiHeader({
    name: 'Idempotency-Key',
    required: true,
    description:
      '1-128 characters of A-Z a-z 0-9 . _ : -; missing: 400 IDEMPOTENCY_KEY_MISSING; reused with another body: 422 IDEMPOTENCY_KEY_REUSED',
    schema: { type: 'string', pattern: IDEMPOTENCY_KEY_PATTERN.source, minLength: 1, maxLength: 128, example: 'order-7781-open' },
  })
  @ApiResponse({ status: 201, type: CaseOpenedDto })
  @ApiErrorResponses(400, 403, 409, 422, 503)
  async open(
    @IdempotencyKey() key: string,
    @Body() body: OpenCaseDto,
    @CurrentPrincipal() principal: Principal,
    @Req() req: ApiRequest,
  ): Promise<CaseOpenedDto> {
    return this.opening.open(principal, key, body, (caseId) => {
      req.context.caseId = caseId;
    });
  }

  /** GET /v1/cases: a page of cases the caller may see. */
  @Get()
  @ApiOperation({ summary: 'List cases (a channel key sees only its own channel)' })
  @ApiResponse({ status: 200, type: CaseListDto })
  @ApiErrorResponses(400)
  async list(@Query() query: ListCasesQuery, @CurrentPrincipal() principal: Principal): Promise<CaseListDto> {
    const channel = principal.role === 'channel' ? principal.channel : query.channel;
    return this.cases.list({
      ...(channel !== undefined ? { channel } : {}),
      ...(query.status !== undefined ? { status: query.status } : {}),
      ...(query.cursor !== undefined ? { cursor: query.cursor } : {}),
      ...(query.humanRequested !== undefined ? { humanRequested: query.humanRequested === 'true' } : {}),
      limit: query.limit ?? DEFAULT_PAGE_SIZE,
    });
  }

  /** GET /v1/cases/:id: the case's read model, including its full state. */
  @Get(':id')
  @ApiOperation({ summary: 'Read one case' })
  @ApiResponse({ status: 200, type: CaseRecordDto })
  @ApiErrorResponses(404)
  async get(@Param('id') caseId: string, @CurrentPrincipal() principal: Principal): Promise<CaseRecordDto> {
    const record = await this.access.visibleCase(principal, caseId);
    return { ...record, operations: await this.operations.forCase(caseId) };
  }
}
