import { NativeConnection, Runtime } from '@temporalio/worker';
import { ImageAnalysisPool } from '@uplift/authenticity';
import { loadConfig, masterKeys } from '@uplift/config';
import { createDataSource } from '@uplift/persistence';
import {
  connectTemporal,
  engineDataConverter,
  ensureOperationsSchedule,
  ensurePrivacySchedule,
  ensureRecordsSchedule,
} from '@uplift/temporal';
import { createCaseWorkers } from './case-workers';
import { LazyRecogniser } from './lazy-recogniser';
import { jsonLogger } from './logging';

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  if (!config.database.url) throw new Error('DATABASE_URL is required');
  const keys = masterKeys(config);
  const logger = jsonLogger(config.logLevel);
  Runtime.install({
    logger,
    shutdownSignals: ['SIGINT', 'SIGTERM'],
    // Temporal's worker metrics and the workflow's case counters (workflows/src/case/metrics.ts).
    ...(config.workerMetricsAddress
      ? {
          telemetryOptions: {
            metrics: {
              prometheus: { bindAddress: config.workerMetricsAddress, useSecondsForDurations: true },
              globalTags: { roles: config.workerRoles },
            },
          },
        }
      : {}),
  });

  const dataSource = createDataSource({ url: config.database.url, poolSize: config.database.poolSize, applicationName: 'uplift-worker' });
  await dataSource.initialize();
  const address = config.temporal.address ?? '127.0.0.1:7233';
  const connection = await NativeConnection.connect({ address });
  const dataConverter = engineDataConverter(keys);
  const temporal = await connectTemporal({ address, namespace: config.temporal.namespace, dataConverter });
  if (config.workerRoles !== 'evidence') {
    await ensureOperationsSchedule(temporal.client, { taskQueue: config.temporal.taskQueue, everyMs: config.operations.sweepEveryMs });
    await ensurePrivacySchedule(temporal.client, { taskQueue: config.temporal.taskQueue, everyMs: config.privacy.sweepEveryMs });
    await ensureRecordsSchedule(temporal.client, { taskQueue: config.temporal.taskQueue, everyMs: config.archive.sweepEveryMs });
  }
  const recogniser = new LazyRecogniser({
    ocrThreads: config.vision.ocrThreads,
    objectDetection: config.vision.objectDetection,
    ...(config.vision.externalModelUrl ? { externalModelUrl: config.vision.externalModelUrl } : {}),
  });
  const imageAnalysis = new ImageAnalysisPool(config.authenticityThreads);
  try {
    const workers = await createCaseWorkers({
      config,
      dataSource,
      connection,
      client: temporal.client,
      masterKey: keys,
      dataConverter,
      recogniser,
      imageAnalysis,
    });
    const taskQueues = [
      config.workerRoles !== 'evidence' ? config.temporal.taskQueue : null,
      config.workerRoles !== 'cases' ? config.temporal.evidenceTaskQueue : null,
    ].filter(Boolean);
    logger.info('worker running', { roles: config.workerRoles, taskQueues });
    // run() resolves once a shutdown signal has drained the worker.
    await Promise.all(workers.map((worker) => worker.run()));
  } finally {
    await recogniser.close();
    await imageAnalysis.close();
    await temporal.connection.close();
    await connection.close();
    await dataSource.destroy();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    // The configuration may be what failed: the line goes out at error level whatever LOG_LEVEL says.
    jsonLogger('error').error('worker failed', { error: error instanceof Error ? error.message : String(error) });
    process.exit(1);
  },
);
