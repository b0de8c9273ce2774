import { setTimeout as delay } from 'node:timers/promises';

/** Options for {@link waitUntil}. */
export interface WaitUntilOptions {
  timeoutMs: number;
  /** What we are waiting for, for the error message. */
  what: string;
  /** Stops the wait early (shutdown requested, or the server process died). */
  signal?: AbortSignal;
  intervalMs?: number;
}

/**
 * Calls `probe` until it returns true, or fails after `timeoutMs` with the last probe error.
 * Polling with a deadline, never a fixed sleep: readiness is a condition, not a duration.
 */
export async function waitUntil(probe: () => Promise<boolean>, options: WaitUntilOptions): Promise<void> {
  const deadline = Date.now() + options.timeoutMs;
  let lastProblem = 'not ready yet';
  for (;;) {
    options.signal?.throwIfAborted();
    try {
      if (await probe()) return;
    } catch (error) {
      lastProblem = error instanceof Error ? error.message : String(error);
    }
    if (Date.now() >= deadline) {
      throw new Error(`${options.what}: not ready after ${options.timeoutMs} ms (${lastProblem})`);
    }
    await delay(options.intervalMs ?? 200, undefined, options.signal ? { signal: options.signal } : undefined);
  }
}
