import 'reflect-metadata';
import type { UpliftConfig } from '@uplift/config';
import { ConfigError, loadConfig, masterKeys } from '@uplift/config';
import { createDataSource } from '@uplift/persistence';
import { connectTemporal, engineDataConverter } from '@uplift/temporal';
import { createApiApp } from './create-api-app';
import { JsonLogger } from './logging/json-logger';

// The dev server's default frontend; production sets TEMPORAL_ADDRESS.
const DEFAULT_TEMPORAL_ADDRESS = '127.0.0.1:7233';

/** Entry point of the API process: configuration, connections, HTTP server, graceful shutdown. */
async function main(): Promise<void> {
  const config = readConfig();
  const logger = new JsonLogger(config.logLevel);
  const dataSource = createDataSource({
    url: required(config.database.url, 'DATABASE_URL'),
    poolSize: config.database.poolSize,
    applicationName: 'uplift-api',
  });
  await dataSource.initialize();
  const temporalAddress = config.temporal.address ?? DEFAULT_TEMPORAL_ADDRESS;
  const { connection, client } = await connectTemporal({
    address: temporalAddress,
    namespace: config.temporal.namespace,
    dataConverter: engineDataConverter(masterKeys(config)),
  });

  const app = await createApiApp({
    config,
    dataSource,
    temporal: client,
    onShutdown: async () => {
      await Promise.allSettled([dataSource.destroy(), connection.close()]);
      logger.info('connections closed');
    },
  });
  // Nest closes the HTTP server and runs the shutdown hook above on either signal.
  app.enableShutdownHooks(['SIGTERM', 'SIGINT']);
  await app.listen(config.api.port, config.api.host);
  logger.info('api listening', {
    host: config.api.host,
    port: config.api.port,
    temporal: { address: temporalAddress, namespace: config.temporal.namespace },
  });
}

/** The validated configuration; what is optional elsewhere but needed by the API is required here. */
function readConfig(): UpliftConfig {
  const config = loadConfig(process.env);
  const missing = [
    ['DATABASE_URL', config.database.url],
    ['UPLIFT_MASTER_KEY', config.crypto.masterKeyBase64],
  ].filter(([, value]) => value === undefined);
  if (missing.length > 0) throw new ConfigError(missing.map(([name]) => `${name}: required to run the API`));
  return config;
}

function required(value: string | undefined, name: string): string {
  if (value === undefined) throw new ConfigError([`${name}: required to run the API`]);
  return value;
}

main().catch((error: unknown) => {
  // Boot failures are printed plainly to stderr too: the operator needs the reason, not a stack of JSON.
  const message = error instanceof Error ? error.message : String(error);
  new JsonLogger('error').write('error', 'api failed to start', {
    error: message,
    ...(error instanceof ConfigError ? { problems: error.problems } : {}),
  });
  process.stderr.write(`uplift-api: cannot start: ${message}\n`);
  process.exitCode = 1;
});
