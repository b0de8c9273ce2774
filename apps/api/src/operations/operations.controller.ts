import { Controller, Get, Inject } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { CaseOperations } from '@uplift/persistence';
import { RolesOnly } from '../auth/access-metadata';
import { TOKENS } from '../dependencies';
import { ApiErrorResponses } from '../docs/api-error-responses';
import { StuckCasesDto } from './stuck-case.dto';

/** What operators need to keep cases going. */
@ApiTags('operations')
@ApiBearerAuth()
@Controller('v1/operations')
export class OperationsController {
  constructor(@Inject(TOKENS.caseOperations) private readonly operations: CaseOperations) {}

  /** GET /v1/operations/stuck: cases whose workflow task keeps failing or whose activity keeps retrying. */
  @Get('stuck')
  @RolesOnly('operator')
  @ApiOperation({
    summary: 'Cases that cannot go on by themselves, with the last failure (refreshed by the operations sweep every minute)',
  })
  @ApiResponse({ status: 200, type: StuckCasesDto })
  @ApiErrorResponses(401, 403, 503)
  async stuck(): Promise<StuckCasesDto> {
    return { items: await this.operations.list() };
  }
}
