import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { SpecSummaryParser } from './spec-summary';
import type { TestTier } from './tiers';

/** The outcome of one tier. */
export interface TierResult {
  tier: string;
  passed: number;
  /** Failed plus cancelled tests, plus one when the process failed without naming a failing test. */
  failed: number;
  skipped: number;
  exitCode: number | null;
  timedOut: boolean;
}

/** A running tier that can be interrupted. */
export interface RunningTier {
  result: Promise<TierResult>;
  /** Stops the tier's whole process group (node --test and every test process it started). */
  interrupt: () => void;
}

/** Options for {@link runTier}. */
export interface RunTierOptions {
  root: string;
  files: readonly string[];
  env: NodeJS.ProcessEnv;
}

/** Runs one tier's files with `node --test`, one file at a time, echoing and parsing its output. */
export function runTier(tier: TestTier, options: RunTierOptions): RunningTier {
  const args = ['--test', '--test-reporter=spec', '--test-concurrency=1', ...options.files];
  // Own process group, so a timeout or interrupt also reaches worker/API processes a test started.
  const child = spawn(process.execPath, args, {
    cwd: options.root,
    env: options.env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const parser = new SpecSummaryParser();
  for (const [stream, sink] of [
    [child.stdout, process.stdout],
    [child.stderr, process.stderr],
  ] as const) {
    createInterface({ input: stream, crlfDelay: Infinity }).on('line', (line) => {
      parser.addLine(line);
      sink.write(`${line}\n`);
    });
  }

  const killGroup = (signal: NodeJS.Signals): void => {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, signal);
    } catch {
      // Already exited.
    }
  };
  let timedOut = false;
  let graceTimer: NodeJS.Timeout | undefined;
  const interrupt = (): void => {
    killGroup('SIGTERM');
    graceTimer ??= setTimeout(() => killGroup('SIGKILL'), 10_000);
  };
  const budget = setTimeout(() => {
    timedOut = true;
    console.error(`[test-run] tier "${tier.name}" exceeded ${tier.timeoutMs / 60_000} minutes: stopping it`);
    interrupt();
  }, tier.timeoutMs);

  const result = new Promise<TierResult>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => {
      clearTimeout(budget);
      clearTimeout(graceTimer);
      // Whatever a test left behind in the group goes too; a leftover server would block the next tier.
      killGroup('SIGKILL');
      const counts = parser.counts();
      let failed = counts.failed + counts.cancelled;
      if ((code !== 0 || timedOut) && failed === 0) failed = 1;
      resolve({ tier: tier.name, passed: counts.passed, failed, skipped: counts.skipped, exitCode: code, timedOut });
    });
  });
  return { result, interrupt };
}
