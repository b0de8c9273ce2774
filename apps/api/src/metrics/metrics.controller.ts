import { Controller, Get, Header, Inject, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public } from '../auth/access-metadata';
import { TOKENS } from '../dependencies';
import type { ApiResponse } from '../http/api-request';
import type { ApiMetrics } from './api-metrics';

/** GET /metrics in Prometheus' text format, for the scraper; no personal data, so no key. */
@ApiExcludeController()
@Public()
@Controller('metrics')
export class MetricsController {
  constructor(@Inject(TOKENS.metrics) private readonly metrics: ApiMetrics) {}

  @Get()
  @Header('cache-control', 'no-store')
  async scrape(@Res() res: ApiResponse): Promise<void> {
    const body = await this.metrics.render();
    res.setHeader('Content-Type', this.metrics.contentType);
    res.end(body);
  }
}
