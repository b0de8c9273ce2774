import { Connection } from '@temporalio/client';
import { describeError, retryUntilDeadline } from './retry';

/** Extra controls for {@link waitForTemporal}. */
export interface WaitForTemporalOptions {
  /** Aborts the wait early, e.g. when the dev server process has already exited. */
  signal?: AbortSignal;
}

/**
 * Waits until the Temporal frontend at `address` answers a request, for at most `deadlineMs`
 * milliseconds, and returns the open connection (close it when done).
 */
export async function waitForTemporal(address: string, deadlineMs: number, options: WaitForTemporalOptions = {}): Promise<Connection> {
  try {
    return await retryUntilDeadline(() => connectAndProbe(address), {
      timeoutMs: deadlineMs,
      what: `Temporal at ${address} is not answering`,
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new Error(
      `Temporal did not become reachable at ${address} within ${deadlineMs} ms. ` +
        `Is the server running and TEMPORAL_ADDRESS right? (${describeError(error)})`,
      { cause: error },
    );
  }
}

async function connectAndProbe(address: string): Promise<Connection> {
  // A short connect timeout turns "nothing listening yet" into a quick retry rather than a long hang.
  const connection = await Connection.connect({ address, connectTimeout: '2s' });
  try {
    // Connecting can succeed before the frontend serves requests; GetSystemInfo is the cheapest real call.
    await connection.workflowService.getSystemInfo({});
    return connection;
  } catch (error) {
    await connection.close();
    throw error;
  }
}
