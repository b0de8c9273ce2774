import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { UpliftConfig } from '@uplift/config';
import { runMigrations } from '@uplift/persistence';
import { ensureDemoApiKey } from './demo-api-key';
import type { DevstackSettings } from './devstack-settings';
import { ENGINE_DATABASE, startEmbeddedDatabase } from './embedded-database';
import { ENGINE_LOGIN_ROLE, provisionEngineRole } from './engine-role';
import { engineEnv, startEngineProcess } from './engine-processes';
import { waitForHttpOk } from './http-ready';
import type { Lifecycle } from './lifecycle';
import { postgresUrl } from './postgres/admin';
import { SUPERUSER } from './postgres/embedded-server';
import { Supervised } from './process/supervised';
import { assertPortFree, findFreePort, isPortFree } from './process/ports';
import { loadOrCreateSecrets, newMasterKey, secretsPath, writeSecrets } from './secrets';
import { provideTemporal } from './temporal/provide-temporal';

/** Everything {@link boot} needs. Every child is supervised: restarted with backoff if it dies. */
export interface BootContext {
  config: UpliftConfig;
  settings: DevstackSettings;
  /** Absolute data folder. */
  dataDir: string;
  lifecycle: Lifecycle;
  signal: AbortSignal;
  log: (line: string) => void;
}

/** Port of the worker's Prometheus endpoint when WORKER_METRICS_ADDRESS is not set (the SDK's customary one). */
const DEFAULT_WORKER_METRICS_PORT = 9464;

/** Where the running engine can be reached. */
export interface ReadyEngine {
  apiUrl: string;
  temporalAddress: string;
  temporalUiUrl: string | undefined;
  demoApiKey: string;
  /** Prometheus endpoints: the API's and the worker's. */
  metricsUrls: string[];
  secretsFile: string;
  appliedMigrations: string[];
}

/** Starts PostgreSQL, Temporal, migrations, worker and API, in that order, registering each for shutdown. */
export async function boot(ctx: BootContext): Promise<ReadyEngine> {
  const { config, dataDir, lifecycle, signal, log } = ctx;
  mkdirSync(join(dataDir, 'logs'), { recursive: true });
  const probeHost = reachableHost(config.api.host);
  // Checked first so a busy port fails in a second, not after everything else has started.
  await assertPortFree(config.api.port, probeHost, 'The API', 'API_PORT');
  const { secrets, created } = loadOrCreateSecrets(dataDir);

  let migrationUrl = config.database.migrationUrl ?? config.database.url;
  let databaseUrl = config.database.url;
  if (databaseUrl === undefined || migrationUrl === undefined) {
    log(`starting embedded PostgreSQL on 127.0.0.1:${ctx.settings.pgPort} (data in ${join(dataDir, 'postgres')})`);
    await assertPortFree(ctx.settings.pgPort, '127.0.0.1', 'The embedded PostgreSQL', 'UPLIFT_PG_PORT');
    const port = ctx.settings.pgPort;
    const postgres = await Supervised.start(
      'PostgreSQL',
      () => startEmbeddedDatabase({ dataDir, port, superuserPassword: secrets.postgresPassword, secretsAreNew: created, signal }),
      { log },
    );
    lifecycle.add('PostgreSQL', () => postgres.stop());
    migrationUrl = postgresUrl({ user: SUPERUSER, password: secrets.postgresPassword, host: '127.0.0.1', port, database: ENGINE_DATABASE });
    databaseUrl = postgresUrl({
      user: ENGINE_LOGIN_ROLE,
      password: secrets.appRolePassword,
      host: '127.0.0.1',
      port,
      database: ENGINE_DATABASE,
    });
  }
  signal.throwIfAborted();

  log(config.temporal.address ? `using Temporal at ${config.temporal.address}` : 'starting the Temporal dev server');
  const temporal = await provideTemporal({
    externalAddress: config.temporal.address,
    namespace: config.temporal.namespace,
    uiPort: config.temporal.uiPort,
    uiCodecEndpoint: `http://${probeHost}:${config.api.port}/codec`,
    cli: ctx.settings.temporalCli,
    dataDir,
    lifecycle,
    log,
    signal,
  });
  signal.throwIfAborted();

  const appliedMigrations = await runMigrations(migrationUrl);
  log(appliedMigrations.length ? `applied migrations: ${appliedMigrations.join(', ')}` : 'database schema is up to date');
  // A no-op when the engine connects as the migration user (e.g. DATABASE_URL alone is set).
  await provisionEngineRole(migrationUrl, databaseUrl);
  signal.throwIfAborted();

  let masterKey = config.crypto.masterKeyBase64;
  if (masterKey === undefined) {
    secrets.masterKey ??= newMasterKey();
    writeSecrets(dataDir, secrets);
    masterKey = secrets.masterKey;
  }
  const demoKey = await ensureDemoApiKey(dataDir, secrets, migrationUrl);

  const env = engineEnv(process.env, {
    dataDir,
    databaseUrl,
    migrationUrl,
    temporalAddress: temporal.address,
    temporalNamespace: config.temporal.namespace,
    masterKey,
    apiHost: config.api.host,
    apiPort: config.api.port,
    temporalUiOrigins: `http://127.0.0.1:${config.temporal.uiPort},http://localhost:${config.temporal.uiPort}`,
  });
  // The worker serves its metrics on WORKER_METRICS_ADDRESS, by default 9464 or any free port.
  const workerMetrics =
    config.workerMetricsAddress ??
    `127.0.0.1:${(await isPortFree(DEFAULT_WORKER_METRICS_PORT)) ? DEFAULT_WORKER_METRICS_PORT : await findFreePort()}`;
  env['WORKER_METRICS_ADDRESS'] = workerMetrics;
  for (const app of ['worker', 'api'] as const) {
    signal.throwIfAborted();
    const name = app === 'api' ? 'API' : 'worker';
    const start = async () => {
      const child = await startEngineProcess(ctx.settings.repoRoot, app, env);
      return { exited: child.exited, stop: async () => void (await child.stop('SIGTERM', app === 'api' ? 15_000 : 30_000)) };
    };
    const supervised = await Supervised.start(name, start, { log });
    lifecycle.add(name, () => supervised.stop());
  }
  const apiUrl = `http://${probeHost}:${config.api.port}`;
  await waitForHttpOk(`${apiUrl}/readyz`, 60_000, signal);
  return {
    apiUrl,
    temporalAddress: temporal.address,
    temporalUiUrl: temporal.uiUrl,
    demoApiKey: demoKey.token,
    metricsUrls: [
      `${apiUrl}/metrics`,
      `http://${reachableHost(workerMetrics.slice(0, workerMetrics.lastIndexOf(':')))}${workerMetrics.slice(workerMetrics.lastIndexOf(':'))}/metrics`,
    ],
    secretsFile: secretsPath(dataDir),
    appliedMigrations,
  };
}

/** A host we can connect to for a listen address: a wildcard address means "this machine". */
function reachableHost(listenHost: string): string {
  return listenHost === '0.0.0.0' || listenHost === '::' ? '127.0.0.1' : listenHost;
}
