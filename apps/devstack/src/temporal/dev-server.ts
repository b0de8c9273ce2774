import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { waitForTemporal } from '@uplift/temporal';
import type { SearchAttributeSpec } from '@uplift/temporal';
import { ManagedProcess } from '../process/managed-process';
import type { ProcessExit } from '../process/wait-for-exit';
import { withLogTail } from '../process/log-tail';

/** How to run `temporal server start-dev`. */
export interface DevServerOptions {
  /** Path of the Temporal CLI binary. */
  cli: string;
  port: number;
  /** Web UI port; undefined runs headless (tests). */
  uiPort?: number;
  /** The codec server the Web UI decodes payloads with (the API's /codec). */
  uiCodecEndpoint?: string;
  /** SQLite file that keeps state across restarts; undefined keeps everything in memory. */
  dbFile?: string;
  namespace: string;
  searchAttributes: SearchAttributeSpec;
  logFile: string;
  signal?: AbortSignal;
}

/** The Temporal CLI's development server (frontend, history, matching, worker, SQLite, Web UI). */
export class TemporalDevServer {
  private constructor(
    private readonly process: ManagedProcess,
    /** host:port of the frontend. */
    readonly address: string,
  ) {}

  /** Starts the server and waits until its frontend answers. */
  static async start(options: DevServerOptions): Promise<TemporalDevServer> {
    mkdirSync(dirname(options.logFile), { recursive: true });
    if (options.dbFile) mkdirSync(dirname(options.dbFile), { recursive: true });
    const child = await ManagedProcess.start({
      name: 'temporal',
      command: options.cli,
      args: devServerArgs(options),
      output: { kind: 'file', path: options.logFile },
    });
    const address = `127.0.0.1:${options.port}`;
    const server = new TemporalDevServer(child, address);
    const died = new AbortController();
    void child.exited.then(() => died.abort(new Error('the Temporal dev server exited while starting')));
    try {
      const connection = await waitForTemporal(address, 60_000, {
        signal: options.signal ? AbortSignal.any([options.signal, died.signal]) : died.signal,
      });
      await connection.close();
    } catch (error) {
      await server.stop();
      throw new Error(withLogTail(`Temporal dev server did not start: ${(error as Error).message}`, options.logFile), {
        cause: error,
      });
    }
    return server;
  }

  /** Resolves when the server process has exited. */
  get exited(): Promise<ProcessExit> {
    return this.process.exited;
  }

  /** Interrupts the server (it shuts down gracefully on SIGTERM) and waits for it to exit. */
  async stop(): Promise<void> {
    await this.process.stop('SIGTERM', 20_000);
  }
}

function devServerArgs(options: DevServerOptions): string[] {
  const args = ['server', 'start-dev', '--ip', '127.0.0.1', '--port', String(options.port), '--log-level', 'warn'];
  if (options.dbFile) args.push('--db-filename', options.dbFile);
  if (options.uiPort === undefined) args.push('--headless');
  else args.push('--ui-port', String(options.uiPort));
  if (options.uiPort !== undefined && options.uiCodecEndpoint) args.push('--ui-codec-endpoint', options.uiCodecEndpoint);
  // "default" always exists; naming it again is harmless but noisy.
  if (options.namespace !== 'default') args.push('--namespace', options.namespace);
  for (const [name, kind] of Object.entries(options.searchAttributes)) args.push('--search-attribute', `${name}=${kind}`);
  return args;
}
