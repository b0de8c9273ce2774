import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { DefaultLogger, NativeConnection, Runtime, type Worker } from '@temporalio/worker';
import { Client as PgClient } from 'pg';
import { createApiApp } from '@uplift/api';
import { ImageAnalysisPool } from '@uplift/authenticity';
import { loadConfig } from '@uplift/config';
import { startTestInfrastructure } from '@uplift/devstack';
import { ApiKeys, createDataSource, runMigrations } from '@uplift/persistence';
import { engineDataConverter } from '@uplift/temporal';
import { bundleCaseWorkflows, createCaseWorkers, LazyRecogniser } from '@uplift/worker';

/** The real engine, in this process: PostgreSQL and Temporal (throwaway), case workers and the HTTP API. */
export interface Engine {
  baseUrl: string;
  /** Bearer token of a channel key (channel "bench"). */
  token: string;
  /** Stops everything started here; safe to call twice. */
  stop(): Promise<void>;
}

const REPO_ROOT = join(__dirname, '..', '..', '..');
const log = (line: string) => console.log(`[bench:dialogue] ${line}`);

/** The Temporal CLI the dev server runs from: TEMPORAL_CLI, else .tools/bin/temporal (built by `npm test` / `npm start`). */
function temporalCli(): string {
  const cli = process.env['TEMPORAL_CLI'] ?? join(REPO_ROOT, '.tools', 'bin', 'temporal');
  if (!existsSync(cli)) {
    throw new Error(
      `Temporal CLI not found at ${cli}. Run "npm test" or "npm start" once (they build .tools/bin/temporal), ` +
        'or set TEMPORAL_CLI=/path/to/temporal; or skip the API part with BENCH_DIALOGUE_API=0.',
    );
  }
  return cli;
}

/**
 * Starts the engine the way tests/e2e/case-api.e2e.test.ts does (tests/support/engine-harness.ts):
 * embedded PostgreSQL + Temporal dev server on free ports, a migrated database, the case workers
 * (workflow bundle, LazyRecogniser) and the NestJS API listening on 127.0.0.1.
 */
export async function startEngine(): Promise<Engine> {
  const cli = temporalCli();
  Runtime.install({ logger: new DefaultLogger('WARN') });
  const abort = new AbortController();
  const cleanups: (() => Promise<unknown>)[] = [];
  const stop = async () => {
    abort.abort(new Error('benchmark stopped'));
    for (const cleanup of cleanups.splice(0).reverse()) {
      await cleanup().catch((error: unknown) => console.error(`[bench:dialogue] cleanup failed: ${(error as Error).message}`));
    }
  };
  // Ctrl-C must not leave PostgreSQL and Temporal running.
  const onSignal = (signal: NodeJS.Signals) => {
    log(`${signal}: stopping the engine`);
    void stop().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal).once('SIGTERM', onSignal);
  cleanups.push(() => Promise.resolve(process.off('SIGINT', onSignal).off('SIGTERM', onSignal)));
  try {
    const started = Date.now();
    const infra = await startTestInfrastructure(cli, abort.signal);
    cleanups.push(() => infra.stop());
    const env = infra.env as { UPLIFT_TEST_PG_ADMIN_URL: string; TEMPORAL_ADDRESS: string; TEMPORAL_NAMESPACE: string };
    const databaseUrl = await createDatabase(env.UPLIFT_TEST_PG_ADMIN_URL, 'bench_dialogue');
    await runMigrations(databaseUrl);
    const masterKey = randomBytes(32);
    const config = loadConfig({
      DATABASE_URL: databaseUrl,
      TEMPORAL_ADDRESS: env.TEMPORAL_ADDRESS,
      TEMPORAL_NAMESPACE: env.TEMPORAL_NAMESPACE,
      TEMPORAL_TASK_QUEUE: 'bench-cases',
      TEMPORAL_EVIDENCE_TASK_QUEUE: 'bench-evidence',
      UPLIFT_MASTER_KEY: masterKey.toString('base64'),
      LOG_LEVEL: 'warn',
    });
    const dataSource = createDataSource({ url: databaseUrl, poolSize: 10, applicationName: 'bench-dialogue' });
    await dataSource.initialize();
    cleanups.push(() => dataSource.destroy());

    const connection = await Connection.connect({ address: env.TEMPORAL_ADDRESS });
    cleanups.push(() => connection.close());
    const dataConverter = engineDataConverter({ current: masterKey, previous: [] });
    const client = new Client({ connection, namespace: env.TEMPORAL_NAMESPACE, dataConverter });
    const nativeConnection = await NativeConnection.connect({ address: env.TEMPORAL_ADDRESS });
    cleanups.push(() => nativeConnection.close());
    const recogniser = new LazyRecogniser({ ocrThreads: 1, objectDetection: false });
    cleanups.push(() => recogniser.close());
    const imageAnalysis = new ImageAnalysisPool(1);
    cleanups.push(() => imageAnalysis.close());
    const workers: Worker[] = await createCaseWorkers({
      config,
      dataSource,
      connection: nativeConnection,
      client,
      masterKey,
      dataConverter,
      recogniser,
      imageAnalysis,
      workflowBundle: await bundleCaseWorkflows(),
    });
    const running = Promise.all(workers.map((worker) => worker.run()));
    cleanups.push(async () => {
      for (const worker of workers) if (worker.getState() === 'RUNNING') worker.shutdown();
      await running;
    });

    const app = await createApiApp({ config, dataSource, temporal: client });
    await app.listen(0, '127.0.0.1');
    cleanups.push(() => app.close());
    const port = ((app.getHttpServer() as Server).address() as AddressInfo).port;
    const { token } = await new ApiKeys(dataSource).create({ channel: 'bench', role: 'channel', name: 'dialogue benchmark' });
    log(
      `engine up in ${((Date.now() - started) / 1000).toFixed(1)} s (PostgreSQL, Temporal ${env.TEMPORAL_ADDRESS}, workers, API :${port})`,
    );
    return { baseUrl: `http://127.0.0.1:${port}`, token, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function createDatabase(adminUrl: string, name: string): Promise<string> {
  const admin = new PgClient({ connectionString: adminUrl, application_name: 'bench-dialogue' });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(name)}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
