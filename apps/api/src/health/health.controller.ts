import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOperation, ApiProperty, ApiPropertyOptional, ApiResponse, ApiTags } from '@nestjs/swagger';
import { DomainError, ErrorCode } from '@uplift/domain';
import { Public } from '../auth/access-metadata';
import { ApiErrorResponses } from '../docs/api-error-responses';
import type { ProbeResult } from './readiness-probes';
import { ReadinessProbes } from './readiness-probes';

/** Body of /healthz and of a successful /readyz. */
export class HealthDto {
  @ApiProperty({ example: 'ok' })
  status!: 'ok';

  @ApiPropertyOptional({ type: 'object', additionalProperties: { type: 'string' }, example: { database: 'ok', temporal: 'ok' } })
  checks?: Record<string, ProbeResult>;
}

/** Liveness and readiness for orchestrators; no authentication. */
@ApiTags('health')
@Public()
@Controller()
export class HealthController {
  constructor(@Inject(ReadinessProbes) private readonly probes: ReadinessProbes) {}

  /** GET /healthz: the process serves HTTP (says nothing about dependencies). */
  @Get('healthz')
  @ApiOperation({ summary: 'Liveness' })
  @ApiResponse({ status: 200, type: HealthDto })
  healthz(): HealthDto {
    return { status: 'ok' };
  }

  /** GET /readyz: PostgreSQL and Temporal both answer within 2 s; otherwise 503 naming the failed one. */
  @Get('readyz')
  @ApiOperation({ summary: 'Readiness: PostgreSQL and Temporal answer' })
  @ApiResponse({ status: 200, type: HealthDto })
  @ApiErrorResponses(503)
  async readyz(): Promise<HealthDto> {
    const [database, temporal] = await Promise.all([this.probes.database(), this.probes.temporalService()]);
    const checks = { database, temporal };
    if (database !== 'ok' || temporal !== 'ok') {
      const failed = Object.entries(checks)
        .filter(([, result]) => result !== 'ok')
        .map(([name]) => name);
      throw new DomainError(ErrorCode.DependencyUnavailable, `Not ready: ${failed.join(' and ')} did not answer.`, { checks, failed });
    }
    return { status: 'ok', checks };
  }
}
