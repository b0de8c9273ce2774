import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { EngineHarness } from './engine-harness';

const REPO_ROOT = path.resolve(__dirname, '..', __dirname.includes(`${path.sep}dist${path.sep}`) ? '../..' : '..');

/** An engine entry point (apps/<app>/dist/main.js) running as its own OS process, its output kept. */
export interface EngineProcess {
  child: ChildProcess;
  /** Resolves when the process has said it is ready ("worker running", "api listening"). */
  ready: Promise<void>;
  exited: Promise<number | null>;
  output(): string;
}

/** Backwards-compatible name: the worker as an OS process, so a test can kill -9 it. */
export type WorkerProcess = EngineProcess;

/** Starts the worker or the API with the harness's configuration (and `extraEnv`), capturing everything it prints. */
export function startEngineProcess(h: EngineHarness, app: 'worker' | 'api', extraEnv: Record<string, string> = {}): EngineProcess {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: h.databaseUrl,
    TEMPORAL_ADDRESS: h.config.temporal.address,
    TEMPORAL_NAMESPACE: h.config.temporal.namespace,
    TEMPORAL_TASK_QUEUE: h.config.temporal.taskQueue,
    TEMPORAL_EVIDENCE_TASK_QUEUE: h.config.temporal.evidenceTaskQueue,
    UPLIFT_MASTER_KEY: h.masterKey.toString('base64'),
    LOG_LEVEL: 'info',
    ...extraEnv,
  };
  const child = spawn(process.execPath, [path.join(REPO_ROOT, `apps/${app}/dist/main.js`)], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  const marker = app === 'worker' ? 'worker running' : 'api listening';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      log += chunk.toString();
      if (log.includes(marker)) resolve();
    });
    child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
    void exited.then((code) => reject(new Error(`${app} exited (${code}) before it was ready:\n${log}`)));
  });
  return { child, ready, exited, output: () => log };
}

/** Starts the real worker entry point with the harness's configuration. */
export function startWorkerProcess(h: EngineHarness): WorkerProcess {
  return startEngineProcess(h, 'worker');
}
