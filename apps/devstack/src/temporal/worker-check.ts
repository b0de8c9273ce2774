import { hostname } from 'node:os';
import { taskQueuePollers, waitForTemporal } from '@uplift/temporal';

/** A poll older than this means the worker stopped polling (long polls last about a minute). */
const STALE_AFTER_MS = 3 * 60_000;

/**
 * True when a worker on this host (identity `<pid>@<hostname>`, the SDK default) has polled
 * `taskQueue` recently: the container health check of a worker replica.
 */
export async function workerOnThisHostIsPolling(address: string, namespace: string, taskQueue: string): Promise<boolean> {
  const connection = await waitForTemporal(address, 5_000);
  try {
    const suffix = `@${hostname()}`;
    const pollers = await taskQueuePollers(connection, namespace, taskQueue);
    return pollers.some((poller) => poller.identity.endsWith(suffix) && Date.now() - poller.lastAccessMs < STALE_AFTER_MS);
  } finally {
    await connection.close();
  }
}
