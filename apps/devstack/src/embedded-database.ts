import { join } from 'node:path';
import { ensureDatabase } from './postgres/admin';
import { EmbeddedPostgres, isInitialised, runningServerPort, SUPERUSER } from './postgres/embedded-server';
import { postgresUrl } from './postgres/admin';
import { readSecrets } from './secrets';

/** Database the engine's tables live in. */
export const ENGINE_DATABASE = 'uplift';

/** Folder of the dev stack's PostgreSQL cluster inside the data folder. */
export function embeddedClusterDir(dataDir: string): string {
  return join(dataDir, 'postgres');
}

/** Options for {@link startEmbeddedDatabase}. */
export interface EmbeddedDatabaseOptions {
  dataDir: string;
  port: number;
  superuserPassword: string;
  /** True when secrets.json was just created, i.e. no password for an existing cluster is known. */
  secretsAreNew: boolean;
  signal?: AbortSignal;
}

/** Starts the dev stack's PostgreSQL under `<dataDir>/postgres` and makes sure database `uplift` exists. */
export async function startEmbeddedDatabase(options: EmbeddedDatabaseOptions): Promise<EmbeddedPostgres> {
  const clusterDir = embeddedClusterDir(options.dataDir);
  if (options.secretsAreNew && isInitialised(clusterDir)) {
    throw new Error(
      `${clusterDir} holds a PostgreSQL cluster but secrets.json (its superuser password) is gone. ` +
        `Restore ${join(options.dataDir, 'secrets.json')}, or delete ${clusterDir} to start with an empty database.`,
    );
  }
  const server = await EmbeddedPostgres.start({
    dataDir: clusterDir,
    port: options.port,
    superuserPassword: options.superuserPassword,
    logFile: join(options.dataDir, 'logs', 'postgres.log'),
    ...(options.signal ? { signal: options.signal } : {}),
  });
  try {
    await ensureDatabase(server.superuserUrl('postgres'), ENGINE_DATABASE);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return server;
}

/**
 * Superuser URL of the running dev stack's database, for operator commands. Fails clearly when the
 * dev stack is not running (PostgreSQL only runs while `npm start` does).
 */
export function runningEmbeddedDatabaseUrl(dataDir: string): string {
  const clusterDir = embeddedClusterDir(dataDir);
  const secrets = readSecrets(dataDir);
  if (!secrets || !isInitialised(clusterDir)) {
    throw new Error(`No dev stack database under ${dataDir}. Run "npm start" first, or set DATABASE_URL.`);
  }
  const port = runningServerPort(clusterDir);
  if (port === undefined) {
    throw new Error(
      `The dev stack's PostgreSQL (${clusterDir}) is not running. Start it with "npm start" in another terminal, ` +
        'or set DATABASE_URL to a running database.',
    );
  }
  return postgresUrl({ user: SUPERUSER, password: secrets.postgresPassword, host: '127.0.0.1', port, database: ENGINE_DATABASE });
}
