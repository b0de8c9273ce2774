import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { waitForExit } from './wait-for-exit';
import type { ProcessExit } from './wait-for-exit';

/** Where a child's stdout and stderr go: through ours with a `[name]` prefix, or into a log file. */
export type ProcessOutput = { kind: 'prefix' } | { kind: 'file'; path: string };

/** How to start a long-running child process. */
export interface ManagedProcessOptions {
  name: string;
  command: string;
  args: readonly string[];
  output: ProcessOutput;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Run as this OS user (only when we are root), e.g. PostgreSQL refuses to run as root. */
  uid?: number;
  gid?: number;
}

const running = new Set<ManagedProcess>();
let exitGuardInstalled = false;

/**
 * A child process in its own process group, so a Ctrl-C in the terminal reaches only us and we can
 * stop the children in order. If we exit without stopping one, the exit guard kills its group.
 */
export class ManagedProcess {
  /** Resolves when the child has exited, however that happened. */
  readonly exited: Promise<ProcessExit>;
  private readonly child: ChildProcess;
  private exitInfo: ProcessExit | undefined;

  private constructor(
    readonly name: string,
    child: ChildProcess,
  ) {
    this.child = child;
    this.exited = new Promise<ProcessExit>((resolve) => {
      child.once('exit', (code, signal) => {
        this.exitInfo = { code, signal };
        running.delete(this);
        resolve(this.exitInfo);
      });
    });
  }

  /** Starts the child; rejects if the executable cannot be started at all. */
  static async start(options: ManagedProcessOptions): Promise<ManagedProcess> {
    installExitGuard();
    const logFd = options.output.kind === 'file' ? openSync(options.output.path, 'a', 0o644) : undefined;
    try {
      const child = spawn(options.command, [...options.args], {
        cwd: options.cwd,
        env: options.env ?? process.env,
        detached: true,
        stdio: ['ignore', logFd ?? 'pipe', logFd ?? 'pipe'],
        ...(options.uid !== undefined ? { uid: options.uid } : {}),
        ...(options.gid !== undefined ? { gid: options.gid } : {}),
      });
      const managed = new ManagedProcess(options.name, child);
      running.add(managed);
      if (logFd === undefined) {
        prefixLines(child.stdout, `[${options.name}] `, process.stdout);
        prefixLines(child.stderr, `[${options.name}] `, process.stderr);
      }
      await new Promise<void>((resolve, reject) => {
        child.once('spawn', resolve);
        child.once('error', (error) => {
          // A child that never started has no process to stop or to kill on exit.
          running.delete(managed);
          reject(new Error(`${options.name}: cannot start ${options.command}: ${error.message}`));
        });
      });
      return managed;
    } finally {
      // The child holds its own copy of the descriptor; ours is no longer needed.
      if (logFd !== undefined) closeSync(logFd);
    }
  }

  /** The child's pid (undefined if it never started). */
  get pid(): number | undefined {
    return this.child.pid;
  }

  /** Sends `signal` to the child's whole process group at once (e.g. SIGKILL, to simulate a crash). */
  kill(signal: NodeJS.Signals): void {
    this.signalGroup(signal);
  }

  /**
   * Sends `signal` and waits up to `timeoutMs` for the child to exit, then kills its whole process
   * group. Resolves once the child is gone.
   */
  async stop(signal: NodeJS.Signals, timeoutMs: number): Promise<ProcessExit> {
    if (this.exitInfo) return this.exitInfo;
    this.signalGroup(signal);
    const exit = await waitForExit(this.exited, timeoutMs);
    if (exit) return exit;
    console.error(`[devstack] ${this.name} did not stop within ${timeoutMs} ms after ${signal}; killing it`);
    this.signalGroup('SIGKILL');
    return this.exited;
  }

  private signalGroup(signal: NodeJS.Signals): void {
    // Without a pid, -pid would address a process group that is not ours.
    if (this.child.pid === undefined) return;
    try {
      // A negative pid addresses the process group the child leads (detached: true).
      process.kill(-this.child.pid, signal);
    } catch {
      // Already gone: the exit event settles `exited`.
    }
  }

  /** Kills every child still running; used when we exit without a clean stop. */
  static killAllNow(): void {
    for (const child of running) child.signalGroup('SIGKILL');
  }
}

function installExitGuard(): void {
  if (exitGuardInstalled) return;
  exitGuardInstalled = true;
  // 'exit' handlers must be synchronous; SIGKILL is the only stop that needs no waiting.
  process.on('exit', () => ManagedProcess.killAllNow());
}

function prefixLines(stream: NodeJS.ReadableStream | null, prefix: string, sink: NodeJS.WritableStream): void {
  if (!stream) return;
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  lines.on('line', (line) => sink.write(`${prefix}${line}\n`));
}
