import type { ProcessExit } from './wait-for-exit';

/** Something started that can die on its own, and be stopped. */
export interface Stoppable {
  readonly exited: Promise<ProcessExit>;
  stop(): Promise<void>;
}

/** How a supervised child is restarted. */
export interface SupervisionOptions {
  /** First wait before a restart; doubled after each quick death, up to maxBackoffMs. */
  initialBackoffMs?: number;
  maxBackoffMs?: number;
  /** A child that ran at least this long before dying starts again from the initial backoff. */
  healthyAfterMs?: number;
  log: (line: string) => void;
}

const sleep = (ms: number, signal: AbortSignal): Promise<void> =>
  new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });

/** How a child ended, in words for the log. */
export function describeExit(exit: ProcessExit): string {
  return exit.signal ? `killed by ${exit.signal}` : `exit code ${exit.code ?? 'unknown'}`;
}

/**
 * Keeps a child running: when it exits on its own, the exit is logged and the child is started again
 * after a backoff (1 s, 2 s, 4 s ... 30 s); a failed restart counts as another quick death. Stopping
 * the supervisor stops the child and ends the watch.
 */
export class Supervised<T extends Stoppable> {
  private readonly stopping = new AbortController();
  private readonly watching: Promise<void>;

  private constructor(
    readonly name: string,
    private current: T | undefined,
    private readonly start: () => Promise<T>,
    private readonly options: SupervisionOptions,
  ) {
    this.watching = this.watch();
  }

  /** Starts the child once (a failure here is the caller's), then keeps it running. */
  static async start<T extends Stoppable>(name: string, start: () => Promise<T>, options: SupervisionOptions): Promise<Supervised<T>> {
    return new Supervised(name, await start(), start, options);
  }

  /** The child running now (it changes after a restart). */
  get instance(): T | undefined {
    return this.current;
  }

  /** Stops watching, then stops the child. */
  async stop(): Promise<void> {
    this.stopping.abort();
    await this.current?.stop();
    await this.watching;
  }

  private async watch(): Promise<void> {
    const { initialBackoffMs = 1_000, maxBackoffMs = 30_000, healthyAfterMs = 60_000, log } = this.options;
    let backoff = initialBackoffMs;
    let startedAt = Date.now();
    while (!this.stopping.signal.aborted) {
      const exit = this.current ? await Promise.race([this.current.exited, this.aborted()]) : undefined;
      if (this.stopping.signal.aborted) return;
      if (Date.now() - startedAt >= healthyAfterMs) backoff = initialBackoffMs;
      log(
        `${this.name} ${exit ? `exited unexpectedly (${describeExit(exit)})` : 'could not be started'}; restarting in ${backoff / 1000} s`,
      );
      this.current = undefined;
      await sleep(backoff, this.stopping.signal);
      backoff = Math.min(backoff * 2, maxBackoffMs);
      if (this.stopping.signal.aborted) return;
      startedAt = Date.now();
      try {
        this.current = await this.start();
        log(`${this.name} restarted`);
      } catch (error) {
        log(`${this.name} restart failed: ${(error as Error).message.split('\n')[0] ?? ''}`);
      }
    }
  }

  private aborted(): Promise<undefined> {
    return new Promise((resolve) => this.stopping.signal.addEventListener('abort', () => resolve(undefined), { once: true }));
  }
}
