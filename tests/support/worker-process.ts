import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { EngineHarness } from './engine-harness';

const REPO_ROOT = path.resolve(__dirname, '..', __dirname.includes(`${path.sep}dist${path.sep}`) ? '../..' : '..');

/** A worker running as its own OS process (apps/worker/dist/main.js), so a test can kill -9 it. */
export interface WorkerProcess {
  child: ChildProcess;
  /** Resolves when the worker has logged that it is polling. */
  ready: Promise<void>;
  exited: Promise<number | null>;
  output(): string;
}

/** Starts the real worker entry point with the harness's configuration. */
export function startWorkerProcess(h: EngineHarness): WorkerProcess {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: h.databaseUrl,
    TEMPORAL_ADDRESS: h.config.temporal.address,
    TEMPORAL_NAMESPACE: h.config.temporal.namespace,
    TEMPORAL_TASK_QUEUE: h.config.temporal.taskQueue,
    TEMPORAL_EVIDENCE_TASK_QUEUE: h.config.temporal.evidenceTaskQueue,
    UPLIFT_MASTER_KEY: h.masterKey.toString('base64'),
    LOG_LEVEL: 'info',
  };
  const child = spawn(process.execPath, [path.join(REPO_ROOT, 'apps/worker/dist/main.js')], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const ready = new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      log += chunk.toString();
      if (log.includes('worker running')) resolve();
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
    void exited.then((code) => reject(new Error(`worker exited (${code}) before it was ready:\n${log}`)));
  });
  return { child, ready, exited, output: () => log };
}
