import { randomBytes, randomUUID } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { DefaultLogger, NativeConnection, Runtime, type Worker, type WorkflowBundle } from '@temporalio/worker';
import type { PayloadCodec } from '@temporalio/common';
import { ImageAnalysisPool } from '@uplift/authenticity';
import { loadConfig, type UpliftConfig } from '@uplift/config';
import { createDataSource, runMigrations, type DataSource } from '@uplift/persistence';
import { engineDataConverter } from '@uplift/temporal';
import { bundleCaseWorkflows, createCaseWorkers, LazyRecogniser } from '@uplift/worker';
import { REPLAY_HISTORY_KEY } from './replay-key';
import { createTestDatabase, testEnv } from './test-env';

let bundle: Promise<WorkflowBundle> | undefined;
let runtimeInstalled = false;

/** Only SDK warnings and errors reach test output. */
function quietSdkLogs(): void {
  if (runtimeInstalled) return;
  runtimeInstalled = true;
  Runtime.install({ logger: new DefaultLogger('WARN') });
}

/** The workflow bundle, built once per test process (webpack takes seconds). */
export function sharedWorkflowBundle(): Promise<WorkflowBundle> {
  bundle ??= bundleCaseWorkflows();
  return bundle;
}

/** A running engine for one spec: its own database and task queues, real Temporal and PostgreSQL. */
export interface EngineHarness {
  config: UpliftConfig;
  dataSource: DataSource;
  databaseUrl: string;
  client: Client;
  masterKey: Buffer;
  /** The payload codecs the client and workers encrypt with (for decoding raw history in tests). */
  codecs: PayloadCodec[];
  /** Starts the case workers (they run until stopWorkers or stop). */
  startWorkers(): Promise<void>;
  stopWorkers(): Promise<void>;
  stop(): Promise<void>;
}

/** Builds an engine harness: migrated fresh database, Temporal client, config with unique task queues. */
export async function createEngineHarness(name: string, env: Record<string, string> = {}): Promise<EngineHarness> {
  quietSdkLogs();
  const infra = testEnv();
  const database = await createTestDatabase(name);
  await runMigrations(database.url);
  // Histories being recorded for the replay test are encrypted under the committed test key.
  const masterKey = process.env['UPLIFT_RECORD_HISTORIES'] === '1' ? REPLAY_HISTORY_KEY : randomBytes(32);
  const suffix = randomUUID().slice(0, 8);
  const config = loadConfig({
    DATABASE_URL: database.url,
    TEMPORAL_ADDRESS: infra.temporalAddress,
    TEMPORAL_NAMESPACE: infra.namespace,
    TEMPORAL_TASK_QUEUE: `${name}-cases-${suffix}`,
    TEMPORAL_EVIDENCE_TASK_QUEUE: `${name}-evidence-${suffix}`,
    UPLIFT_MASTER_KEY: masterKey.toString('base64'),
    LOG_LEVEL: 'warn',
    ...env,
  });
  const dataSource = createDataSource({ url: database.url, poolSize: 5, applicationName: `test-${name}` });
  await dataSource.initialize();
  const dataConverter = engineDataConverter({ current: masterKey, previous: [] });
  const connection = await Connection.connect({ address: infra.temporalAddress });
  const client = new Client({ connection, namespace: infra.namespace, dataConverter });
  const nativeConnection = await NativeConnection.connect({ address: infra.temporalAddress });

  let workers: Worker[] = [];
  let running: Promise<unknown> | undefined;
  const external = config.vision.externalModelUrl;
  const recogniser = new LazyRecogniser({ ocrThreads: 1, objectDetection: false, ...(external ? { externalModelUrl: external } : {}) });
  const imageAnalysis = new ImageAnalysisPool(1);

  const stopWorkers = async () => {
    for (const worker of workers) if (worker.getState() === 'RUNNING') worker.shutdown();
    await running;
    workers = [];
    running = undefined;
    await recogniser.close();
    await imageAnalysis.close();
  };

  return {
    config,
    dataSource,
    databaseUrl: database.url,
    client,
    masterKey,
    codecs: dataConverter.payloadCodecs ?? [],
    async startWorkers() {
      workers = await createCaseWorkers({
        config,
        dataSource,
        connection: nativeConnection,
        client,
        masterKey,
        dataConverter,
        recogniser,
        imageAnalysis,
        workflowBundle: await sharedWorkflowBundle(),
      });
      running = Promise.all(workers.map((worker) => worker.run()));
    },
    stopWorkers,
    async stop() {
      await stopWorkers();
      await nativeConnection.close();
      await connection.close();
      await dataSource.destroy();
      await database.drop();
    },
  };
}

/** Waits until `probe` returns a value that is not undefined, or fails after `timeoutMs`. */
export async function eventually<T>(probe: () => Promise<T | undefined>, timeoutMs = 30_000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let delay = 25;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, delay));
    delay = Math.min(delay * 2, 250);
  }
}
