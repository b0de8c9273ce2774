import { setTimeout as delay } from 'node:timers/promises';

/** How long to keep trying, and which failures are worth another attempt. */
export interface RetryOptions {
  /** Give up after this many milliseconds. */
  timeoutMs: number;
  /** What is being waited for, for the error message. */
  what: string;
  /** Failures for which this returns false end the wait at once. Defaults to "retry everything". */
  isRetryable?: (error: unknown) => boolean;
  /** Ends the wait early, e.g. when the server process being waited on has exited. */
  signal?: AbortSignal;
}

/** Runs `attempt` until it succeeds or the deadline passes, backing off from 100 ms to 1 s. */
export async function retryUntilDeadline<T>(attempt: () => Promise<T>, options: RetryOptions): Promise<T> {
  const deadline = Date.now() + options.timeoutMs;
  let pause = 100;
  for (;;) {
    options.signal?.throwIfAborted();
    try {
      return await attempt();
    } catch (error) {
      if (options.isRetryable && !options.isRetryable(error)) throw error;
      const remaining = deadline - Date.now();
      if (remaining <= 0) {
        throw new Error(`${options.what}: gave up after ${options.timeoutMs} ms; last error: ${describeError(error)}`, {
          cause: error,
        });
      }
      // Backing off keeps a slow-starting server from being flooded with connection attempts.
      await delay(Math.min(pause, remaining), undefined, options.signal ? { signal: options.signal } : undefined);
      pause = Math.min(pause * 2, 1_000);
    }
  }
}

/** One line describing any thrown value. */
export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
