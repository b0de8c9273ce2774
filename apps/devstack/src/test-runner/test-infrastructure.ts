import { chownSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CASE_SEARCH_ATTRIBUTES } from '@uplift/domain';
import { randomSecret } from '../secrets';
import { EmbeddedPostgres } from '../postgres/embedded-server';
import { postgresAccount } from '../postgres/os-user';
import { findFreePort } from '../process/ports';
import { TemporalDevServer } from '../temporal/dev-server';
import { prepareNamespace } from '../temporal/prepare-namespace';

/** Namespace the test suite's Temporal server hosts. */
export const TEST_NAMESPACE = 'uplift-test';

/** Throwaway PostgreSQL and Temporal for one test run, and the environment that points tests at them. */
export interface TestInfrastructure {
  /** Variables for the test processes: UPLIFT_TEST_PG_ADMIN_URL, TEMPORAL_ADDRESS, TEMPORAL_NAMESPACE. */
  env: Record<string, string>;
  /** Stops both servers and deletes their files. */
  stop: () => Promise<void>;
}

/** Starts a PostgreSQL in a temporary folder and an in-memory Temporal dev server, on free ports. */
export async function startTestInfrastructure(temporalCli: string, signal: AbortSignal): Promise<TestInfrastructure> {
  const workDir = mkdtempSync(join(tmpdir(), 'uplift-test-'));
  // PostgreSQL runs as the postgres account when we are root; it must own the folder it initialises in.
  const account = postgresAccount();
  if (account) chownSync(workDir, account.uid, account.gid);
  const cleanups: (() => Promise<void>)[] = [() => Promise.resolve(rmSync(workDir, { recursive: true, force: true }))];
  const stop = async (): Promise<void> => {
    for (const cleanup of cleanups.splice(0).reverse()) {
      await cleanup().catch((error: unknown) => console.error(`[test-run] cleanup failed: ${(error as Error).message}`));
    }
  };
  try {
    const [pgPort, temporalPort] = await distinctFreePorts();
    const postgres = await EmbeddedPostgres.start({
      dataDir: join(workDir, 'postgres'),
      port: pgPort,
      superuserPassword: randomSecret(),
      logFile: join(workDir, 'postgres.log'),
      throwaway: true,
      signal,
    });
    cleanups.push(() => postgres.stop());
    const temporal = await TemporalDevServer.start({
      cli: temporalCli,
      port: temporalPort,
      namespace: TEST_NAMESPACE,
      searchAttributes: CASE_SEARCH_ATTRIBUTES,
      logFile: join(workDir, 'temporal.log'),
      signal,
    });
    cleanups.push(() => temporal.stop());
    await prepareNamespace(temporal.address, TEST_NAMESPACE, signal);
    return {
      env: {
        UPLIFT_TEST_PG_ADMIN_URL: postgres.superuserUrl('postgres'),
        TEMPORAL_ADDRESS: temporal.address,
        TEMPORAL_NAMESPACE: TEST_NAMESPACE,
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function distinctFreePorts(): Promise<[number, number]> {
  const first = await findFreePort();
  let second = await findFreePort();
  while (second === first) second = await findFreePort();
  return [first, second];
}
