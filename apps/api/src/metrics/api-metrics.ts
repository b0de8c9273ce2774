import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * The API's Prometheus metrics: process figures and one histogram of request durations. Labels are
 * route templates (`/v1/cases/:id/messages`), methods and statuses: never ids, tokens or bodies.
 */
export class ApiMetrics {
  readonly registry = new Registry();
  private readonly durations = new Histogram({
    name: 'uplift_api_request_duration_seconds',
    help: 'HTTP request duration by route template, method and status.',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.2, 0.5, 1, 2.5, 5, 10, 30],
    registers: [this.registry],
  });
  private readonly rejected = new Counter({
    name: 'uplift_api_errors_total',
    help: 'Requests answered with an error, by error code.',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'uplift_api_' });
  }

  observeRequest(method: string, route: string, status: number, seconds: number): void {
    this.durations.observe({ method, route, status: String(status) }, seconds);
  }

  countError(code: string): void {
    this.rejected.inc({ code });
  }

  render(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}
