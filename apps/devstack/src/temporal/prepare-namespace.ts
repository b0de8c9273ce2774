import { ensureCaseSearchAttributes, ensureNamespace, waitForTemporal } from '@uplift/temporal';

/**
 * Waits for Temporal at `address`, then makes sure `namespace` and the case search attributes exist.
 * Runs for every cluster, embedded or external: both steps are idempotent.
 */
export async function prepareNamespace(address: string, namespace: string, signal?: AbortSignal): Promise<void> {
  const connection = await waitForTemporal(address, 60_000, signal ? { signal } : {});
  try {
    await ensureNamespace(connection, namespace);
    await ensureCaseSearchAttributes(connection, namespace);
  } finally {
    await connection.close();
  }
}
