import type { DataSource } from 'typeorm';
import { createDataSource } from './data-source';

/** Initialises a short-lived DataSource, runs `work`, and always destroys it without hiding `work`'s error. */
async function withDataSource<T>(url: string, applicationName: string, work: (ds: DataSource) => Promise<T>): Promise<T> {
  const ds = createDataSource({ url, poolSize: 1, applicationName });
  await ds.initialize();
  let result: T;
  try {
    result = await work(ds);
  } catch (error) {
    // The work's failure is the one worth reporting; a failed teardown after it adds nothing.
    await ds.destroy().catch(() => undefined);
    throw error;
  }
  await ds.destroy();
  return result;
}

/** Applies every pending migration, each in its own transaction; returns the names applied. */
export async function runMigrations(url: string): Promise<string[]> {
  return withDataSource(url, 'uplift-migrations', async (ds) => {
    const applied = await ds.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  });
}

/**
 * The SQL a generated migration would contain against the database's current schema.
 * Empty means the entities and the applied migrations describe the same schema.
 */
export async function pendingSchemaDiff(url: string): Promise<string[]> {
  return withDataSource(url, 'uplift-schema-diff', async (ds) => {
    const sql = await ds.driver.createSchemaBuilder().log();
    return sql.upQueries.map((query) => query.query);
  });
}
