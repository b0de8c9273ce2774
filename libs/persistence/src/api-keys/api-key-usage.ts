import type { DataSource } from 'typeorm';
import { withSql } from '../db/sql';
import { withoutQueryParameters } from '../db/pg-errors';

/** How stale `last_used_at` may get before authentication refreshes it (PostgreSQL interval). */
export const LAST_USED_RESOLUTION = '1 minute';

/** Told when recording a key's use failed; the key id is safe to log, the error has no query parameters. */
export type UsageFailureListener = (error: unknown, keyId: string) => void;

/**
 * Records when keys were last used without making authentication wait: the write is started and
 * not awaited, is conditional (a concurrent process that got there first makes it a no-op), and a
 * process keeps at most one write per key in flight. Failures go to the listeners, or without any
 * to a process warning: they never fail a request, and never vanish.
 */
export class ApiKeyUsage {
  private readonly inFlight = new Map<string, Promise<void>>();
  private readonly listeners = new Set<UsageFailureListener>();

  constructor(private readonly ds: DataSource) {}

  /** Starts recording that `keyId` was used now, unless a write for it is already under way. */
  record(keyId: string): void {
    if (this.inFlight.has(keyId)) return;
    const write = withSql(this.ds, (sql) =>
      sql.run(
        `UPDATE api_keys SET last_used_at = now()
         WHERE key_id = $1 AND (last_used_at IS NULL OR last_used_at < now() - interval '${LAST_USED_RESOLUTION}')`,
        [keyId],
      ),
    ).then(
      () => undefined,
      (error: unknown) => this.report(withoutQueryParameters(error), keyId),
    );
    this.inFlight.set(keyId, write);
    void write.finally(() => this.inFlight.delete(keyId));
  }

  /** Subscribes to write failures; returns the unsubscribe function. */
  onFailure(listener: UsageFailureListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Resolves when every write started so far has finished (before closing the pool, and in tests). */
  async settled(): Promise<void> {
    await Promise.all([...this.inFlight.values()]);
  }

  private report(error: unknown, keyId: string): void {
    if (this.listeners.size === 0) {
      process.emitWarning(
        `could not record the use of API key ${keyId}: ${error instanceof Error ? error.message : String(error)}`,
        'ApiKeyUsageWarning',
      );
      return;
    }
    for (const listener of this.listeners) {
      try {
        listener(error, keyId);
      } catch {
        // A failing listener must not turn a logging problem into an unhandled rejection.
      }
    }
  }
}
