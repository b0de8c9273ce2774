import { randomBytes } from 'node:crypto';
import { chownSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { CASE_SEARCH_ATTRIBUTES } from '@uplift/domain';
import {
  EmbeddedPostgres,
  ensureDatabase,
  engineEnv,
  findFreePort,
  postgresUrl,
  prepareNamespace,
  provisionEngineRole,
  startEngineProcess,
  postgresAccount,
  TemporalDevServer,
  type ManagedProcess,
} from '@uplift/devstack';
import { taskQueuePollers } from '@uplift/temporal';
import { ApiKeys, createDataSource, runMigrations, type DataSource } from '@uplift/persistence';

/** The repository root (bench/engine/dist/.. /..). */
export const REPO_ROOT = join(__dirname, '..', '..', '..');
const NAMESPACE = 'default';
const DATABASE = 'uplift';

/** Where the bench's own engine is and how to reach it. */
export interface StackOptions {
  /** Extra environment for the worker and API processes (timers, concurrency). */
  engineEnv?: Record<string, string>;
  /** Node options for the worker and API processes (BENCH_ENGINE_NODE_ARGS, e.g. --cpu-prof). */
  nodeArgs?: readonly string[];
  /** Serve the worker's Prometheus metrics (one worker at a time), for a breakdown of where turns spend their time. */
  workerMetrics?: boolean;
  log: (line: string) => void;
}

function temporalCli(): string {
  const cli = process.env['TEMPORAL_CLI'] ?? join(REPO_ROOT, '.tools', 'bin', 'temporal');
  if (!existsSync(cli)) throw new Error(`Temporal CLI not found at ${cli}: run "npm test" or "npm start" once, or set TEMPORAL_CLI.`);
  return cli;
}

/**
 * A whole engine for a benchmark, each part a real process it can kill and start again: embedded
 * PostgreSQL (its own folder), the Temporal dev server (a SQLite file, so it keeps every workflow
 * across restarts), and the worker and API entry points as `npm start` runs them.
 */
export class EngineStack {
  private postgres: EmbeddedPostgres | undefined;
  private temporal: TemporalDevServer | undefined;
  private readonly workers: ManagedProcess[] = [];
  private api: ManagedProcess | undefined;
  private env: NodeJS.ProcessEnv = {};
  private dataSource: DataSource | undefined;

  private constructor(
    private readonly workDir: string,
    private readonly ports: { pg: number; temporal: number; api: number; workerMetrics?: number },
    private readonly secrets: { pg: string; app: string; masterKey: string },
    private options: StackOptions,
  ) {}

  /** Starts PostgreSQL and Temporal, migrates, then one worker and the API. */
  static async start(options: StackOptions): Promise<EngineStack> {
    const workDir = mkdtempSync(join(tmpdir(), 'uplift-bench-'));
    const ports = {
      pg: await findFreePort(),
      temporal: await findFreePort(),
      api: await findFreePort(),
      ...(options.workerMetrics ? { workerMetrics: await findFreePort() } : {}),
    };
    const secrets = {
      pg: randomBytes(12).toString('hex'),
      app: randomBytes(12).toString('hex'),
      masterKey: randomBytes(32).toString('base64'),
    };
    const stack = new EngineStack(workDir, ports, secrets, options);
    await stack.startPostgres();
    await stack.startTemporal();
    const admin = stack.adminUrl(DATABASE);
    await ensureDatabase(stack.adminUrl('postgres'), DATABASE);
    await runMigrations(admin);
    const appUrl = postgresUrl({ user: 'uplift', password: secrets.app, host: '127.0.0.1', port: ports.pg, database: DATABASE });
    await provisionEngineRole(admin, appUrl);
    stack.env = {
      ...engineEnv(process.env, {
        dataDir: workDir,
        databaseUrl: appUrl,
        migrationUrl: admin,
        temporalAddress: stack.temporalAddress,
        temporalNamespace: NAMESPACE,
        masterKey: secrets.masterKey,
        apiHost: '127.0.0.1',
        apiPort: ports.api,
      }),
      LOG_LEVEL: 'warn',
      WORKER_METRICS_ADDRESS: ports.workerMetrics === undefined ? 'off' : `127.0.0.1:${ports.workerMetrics}`,
      ...options.engineEnv,
    };
    await stack.startWorker();
    await stack.startApi();
    return stack;
  }

  /** The engine's master key (for reading sealed case data directly from the database). */
  get masterKey(): Buffer {
    return Buffer.from(this.secrets.masterKey, 'base64');
  }

  get baseUrl(): string {
    return `http://127.0.0.1:${this.ports.api}`;
  }

  /** The worker's Prometheus endpoint (StackOptions.workerMetrics). */
  get workerMetricsUrl(): string | undefined {
    return this.ports.workerMetrics === undefined ? undefined : `http://127.0.0.1:${this.ports.workerMetrics}/metrics`;
  }

  get temporalAddress(): string {
    return `127.0.0.1:${this.ports.temporal}`;
  }

  /** Superuser URL of a database of the stack's PostgreSQL. */
  adminUrl(database: string): string {
    return postgresUrl({ user: 'postgres', password: this.secrets.pg, host: '127.0.0.1', port: this.ports.pg, database });
  }

  /** A data source on the engine's database as the owner (for checks), opened once. */
  async db(): Promise<DataSource> {
    if (!this.dataSource) {
      this.dataSource = createDataSource({ url: this.adminUrl(DATABASE), poolSize: 4, applicationName: 'bench' });
      await this.dataSource.initialize();
    }
    return this.dataSource;
  }

  /** A new API key of the channel and role; returns its bearer token. */
  async apiKey(channel: string, role: 'channel' | 'reviewer' | 'compliance'): Promise<string> {
    return (await new ApiKeys(await this.db()).create({ channel, role, name: `bench ${role}` })).token;
  }

  /** A Temporal client on the stack's server (the caller closes its connection). */
  async temporalClient(): Promise<Client> {
    return new Client({ connection: await Connection.connect({ address: this.temporalAddress }), namespace: NAMESPACE });
  }

  async startPostgres(): Promise<void> {
    const dataDir = join(this.workDir, 'postgres');
    mkdirSync(join(this.workDir, 'logs'), { recursive: true });
    // PostgreSQL runs as its own account when we are root: it must own the work folder.
    const account = postgresAccount();
    if (account) chownSync(this.workDir, account.uid, account.gid);
    this.postgres = await EmbeddedPostgres.start({
      dataDir,
      port: this.ports.pg,
      superuserPassword: this.secrets.pg,
      logFile: join(this.workDir, 'logs', 'postgres.log'),
    });
  }

  /** Fast shutdown of PostgreSQL (clients are disconnected; connections are refused until it starts). */
  async stopPostgres(): Promise<void> {
    await this.postgres?.stop();
    this.postgres = undefined;
  }

  async startTemporal(): Promise<void> {
    this.temporal = await TemporalDevServer.start({
      cli: temporalCli(),
      port: this.ports.temporal,
      dbFile: join(this.workDir, 'temporal.db'),
      namespace: NAMESPACE,
      searchAttributes: CASE_SEARCH_ATTRIBUTES,
      logFile: join(this.workDir, 'logs', 'temporal.log'),
    });
    await prepareNamespace(this.temporalAddress, NAMESPACE);
  }

  async stopTemporal(): Promise<void> {
    await this.temporal?.stop();
    this.temporal = undefined;
  }

  /** Starts one more worker process and waits until Temporal sees it poll the case queue. */
  async startWorker(): Promise<void> {
    const before = await this.casePollers();
    this.workers.push(await startEngineProcess(REPO_ROOT, 'worker', this.env, this.options.nodeArgs));
    await waitFor(async () => (await this.casePollers()) > before, 120_000, 'the worker to poll');
  }

  /** kill -9 of a worker process (the oldest one). */
  async killWorker(): Promise<void> {
    const worker = this.workers.shift();
    if (!worker) return;
    worker.kill('SIGKILL');
    await worker.exited;
  }

  get workerCount(): number {
    return this.workers.length;
  }

  /** The pid of the first worker process (for memory readings). */
  workerPid(): number | undefined {
    return this.workers[0]?.pid;
  }

  private async casePollers(): Promise<number> {
    const connection = await Connection.connect({ address: this.temporalAddress });
    try {
      const pollers = await taskQueuePollers(connection, NAMESPACE, 'uplift-cases');
      return new Set(pollers.filter((p) => Date.now() - p.lastAccessMs < 60_000).map((p) => p.identity)).size;
    } finally {
      await connection.close();
    }
  }

  /** Stops the API and every worker and starts one of each again, with these Node options. */
  async restartEngine(nodeArgs: readonly string[]): Promise<void> {
    await this.api?.stop('SIGTERM', 15_000);
    for (const worker of this.workers.splice(0)) await worker.stop('SIGTERM', 30_000);
    this.options = { ...this.options, nodeArgs };
    await this.startWorker();
    await this.startApi();
  }

  async startApi(): Promise<void> {
    this.api = await startEngineProcess(REPO_ROOT, 'api', this.env, this.options.nodeArgs);
    await waitFor(async () => (await fetch(`${this.baseUrl}/readyz`).catch(() => null))?.status === 200, 60_000);
  }

  /** Stops everything and deletes the work folder. */
  async stop(): Promise<void> {
    await this.dataSource?.destroy().catch(() => undefined);
    await this.api?.stop('SIGTERM', 15_000);
    for (const worker of this.workers.splice(0)) await worker.stop('SIGTERM', 30_000);
    await this.stopTemporal();
    await this.stopPostgres();
    rmSync(this.workDir, { recursive: true, force: true });
  }
}

/** Polls `probe` until it is true, or fails after `timeoutMs`. */
export async function waitFor(probe: () => Promise<boolean>, timeoutMs: number, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
