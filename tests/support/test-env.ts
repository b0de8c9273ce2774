import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Client } from 'pg';

/** Where the test run's throwaway servers are (started by apps/devstack's test-run). */
export interface TestEnv {
  /** Superuser URL of database `postgres` on the test PostgreSQL. */
  pgAdminUrl: string;
  /** host:port of the test Temporal server. */
  temporalAddress: string;
  /** Namespace on it with the case search attributes registered. */
  namespace: string;
}

/** Reads the test infrastructure from the environment; fails clearly when run outside `npm test`. */
export function testEnv(env: Readonly<Record<string, string | undefined>> = process.env): TestEnv {
  const pgAdminUrl = env['UPLIFT_TEST_PG_ADMIN_URL'];
  const temporalAddress = env['TEMPORAL_ADDRESS'];
  const namespace = env['TEMPORAL_NAMESPACE'];
  const missing = [
    ['UPLIFT_TEST_PG_ADMIN_URL', pgAdminUrl],
    ['TEMPORAL_ADDRESS', temporalAddress],
    ['TEMPORAL_NAMESPACE', namespace],
  ]
    .filter(([, value]) => !value)
    .map(([name]) => name);
  if (!pgAdminUrl || !temporalAddress || !namespace) {
    throw new Error(
      `Test infrastructure not configured (missing ${missing.join(', ')}). Run the suite with "npm test", ` +
        'which starts PostgreSQL and Temporal and sets these variables.',
    );
  }
  return { pgAdminUrl, temporalAddress, namespace };
}

/** A database created for one spec; `drop` removes it (also while connections are still open). */
export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

/**
 * Creates a fresh, uniquely named database for one spec: cheaper and more isolated than truncating
 * a shared one. `prefix` makes leftovers recognisable (letters, digits, underscores).
 */
export async function createTestDatabase(prefix: string): Promise<TestDatabase> {
  const { pgAdminUrl } = testEnv();
  const safePrefix = prefix
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, '_')
    .slice(0, 40);
  const name = `t_${safePrefix}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  await withAdmin(pgAdminUrl, (client) => client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`));
  const url = new URL(pgAdminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    drop: () =>
      withAdmin(pgAdminUrl, (client) =>
        // FORCE ends sessions a failed spec left open, which would otherwise block the drop.
        client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`),
      ).then(() => undefined),
  };
}

/** The repository root (the folder whose package.json declares the workspaces). */
export function repoRoot(): string {
  let dir = __dirname;
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && 'workspaces' in (JSON.parse(readFileSync(manifest, 'utf8')) as object)) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no workspace root above ${__dirname}`);
    dir = parent;
  }
}

async function withAdmin<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url, application_name: 'uplift-tests' });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
