import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { json } from 'body-parser';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { ApiKeys } from '@uplift/persistence';
import { ApiModule } from './api.module';
import { codecCors } from './codec/codec-cors.middleware';
import type { ApiDependencies } from './dependencies';
import { TOKENS } from './dependencies';
import { ApiExceptionFilter } from './errors/api-exception.filter';
import { createValidationPipe } from './errors/validation-pipe';
import { accessLogMiddleware } from './http/access-log.middleware';
import { ApiHttpAdapter } from './http/api-http-adapter';
import { clientErrorHandler } from './http/client-error';
import { requestIdMiddleware } from './http/request-id.middleware';
import { JsonLogger } from './logging/json-logger';
import { ApiMetrics } from './metrics/api-metrics';
import { requestMetricsMiddleware } from './metrics/request-metrics.middleware';
import { setupOpenApi } from './openapi';

// Turns and case openings are small JSON documents; evidence goes through multipart, not this parser.
const JSON_BODY_LIMIT = '64kb';
const CODEC_BODY_LIMIT = '8mb';

/**
 * Builds and initialises the HTTP API around the host's dependencies. The caller listens
 * (`app.listen(port, host)`) and closes it; the dependencies stay the caller's to close.
 */
export async function createApiApp(deps: ApiDependencies): Promise<INestApplication> {
  const logger = new JsonLogger(deps.config.logLevel);
  const metrics = new ApiMetrics();
  // Authentication records key use in the background: those writes finish before the host closes the pool.
  const registered: { apiKeys?: ApiKeys } = {};
  const onShutdown = async (): Promise<void> => {
    await registered.apiKeys?.usageSettled();
    await deps.onShutdown?.();
  };
  // The adapter builds the server `listen` starts: header size limit, 431/400 answers, 405 with Allow.
  const adapter = new ApiHttpAdapter(clientErrorHandler(logger, metrics));
  const app = await NestFactory.create<NestExpressApplication>(ApiModule.register({ ...deps, onShutdown }, logger, metrics), adapter, {
    logger,
    bodyParser: false,
    abortOnError: false,
  });
  app.disable('x-powered-by');
  registered.apiKeys = app.get<ApiKeys>(TOKENS.apiKeys);
  // A failed last-used write is logged, never a failed request.
  registered.apiKeys.onUsageRecordFailure((error, keyId) =>
    logger.write('warn', 'api key use not recorded', { keyId, error: error instanceof Error ? error.message : String(error) }),
  );
  // Order matters: the request id exists before anything can log or fail.
  app.use(requestIdMiddleware);
  app.use(accessLogMiddleware(logger));
  app.use(requestMetricsMiddleware(metrics));
  // The Web UI's codec calls come from another origin and carry whole histories' payloads.
  app.use('/codec', codecCors(deps.config.temporalUiOrigins), json({ limit: CODEC_BODY_LIMIT }));
  app.useBodyParser('json', { limit: JSON_BODY_LIMIT });
  app.useGlobalFilters(new ApiExceptionFilter(logger, metrics));
  app.useGlobalPipes(createValidationPipe());
  setupOpenApi(app);
  await app.init();
  return app;
}
