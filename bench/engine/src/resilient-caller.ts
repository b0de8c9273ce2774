import { CallFailed, type ChannelClient } from './api-client';

/** How the calls of a run went. */
export interface CallTally {
  ok: number;
  /** 503 with Retry-After (a dependency was down): retried, as a client should. */
  unavailable: number;
  /** The connection itself failed: retried, but the engine should have answered 503 instead. */
  connectionErrors: number;
  /** 5xx other than a 503 with Retry-After: a broken promise. */
  serverErrors: number;
  /** 4xx: the engine refused (the case closed meanwhile, say); counted, not retried. */
  clientErrors: number;
  /** Calls that kept failing until their deadline. */
  gaveUp: number;
  byKind: Record<string, number>;
}

/** How long one call is retried before the client gives up. */
const CALL_DEADLINE_MS = 180_000;

/**
 * Calls the API as a careful channel does: a 503 (or a dropped connection) is retried with the same
 * ids after Retry-After (capped at 2 s); anything else is final. Every outcome is tallied.
 */
export class ResilientCaller {
  readonly tally: CallTally = { ok: 0, unavailable: 0, connectionErrors: 0, serverErrors: 0, clientErrors: 0, gaveUp: 0, byKind: {} };

  constructor(
    private readonly channel: ChannelClient,
    private readonly reviewerClient: ChannelClient,
  ) {}

  run<T>(kind: string, call: (client: ChannelClient) => Promise<T>): Promise<T> {
    return this.retrying(kind, () => call(this.channel));
  }

  reviewer<T>(kind: string, call: (client: ChannelClient) => Promise<T>): Promise<T> {
    return this.retrying(kind, () => call(this.reviewerClient));
  }

  private async retrying<T>(kind: string, call: () => Promise<T>): Promise<T> {
    const deadline = Date.now() + CALL_DEADLINE_MS;
    for (;;) {
      try {
        const result = await call();
        this.tally.ok += 1;
        this.tally.byKind[kind] = (this.tally.byKind[kind] ?? 0) + 1;
        return result;
      } catch (error) {
        if (!(error instanceof CallFailed)) throw error;
        const retryable = (error.status === 503 && error.retryAfter !== null) || error.status === 0;
        if (error.status === 503 && error.retryAfter !== null) this.tally.unavailable += 1;
        else if (error.status === 0) this.tally.connectionErrors += 1;
        else if (error.status >= 500) this.tally.serverErrors += 1;
        else this.tally.clientErrors += 1;
        if (!retryable) throw error;
        if (Date.now() > deadline) {
          this.tally.gaveUp += 1;
          throw error;
        }
        const wait = Math.min(2_000, 1_000 * Number(error.retryAfter ?? 1));
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
    }
  }
}
