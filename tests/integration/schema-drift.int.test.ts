import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { ALL_MIGRATIONS } from '@uplift/migrations';
import { createDataSource, pendingSchemaDiff, runMigrations } from '@uplift/persistence';
import { getMetadataArgsStorage } from 'typeorm';
import { Client } from 'pg';
import { createTestDatabase } from '../support/test-env';

/** Every table an entity maps (fingerprints, archives, sessions… included): derived, so a new one cannot be missed. */
const OUR_TABLES = getMetadataArgsStorage()
  .tables.map((t) => t.name)
  .filter((name): name is string => typeof name === 'string')
  .sort();

void describe('schema: migrations and entities agree', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let client: Client;

  const tablesPresent = async (): Promise<string[]> => {
    const result = await client.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name = ANY($1) ORDER BY 1`,
      [OUR_TABLES],
    );
    return result.rows.map((r) => r.table_name);
  };

  before(async () => {
    assert.ok(
      ['case_events', 'evidence_fingerprints', 'case_archives'].every((t) => OUR_TABLES.includes(t)),
      `tables: ${OUR_TABLES.join(', ')}`,
    );
    db = await createTestDatabase('schema_drift');
    client = new Client({ connectionString: db.url });
    await client.connect();
  });

  after(async () => {
    await client?.end();
    await db?.drop();
  });

  void test('a fresh database migrates completely and leaves no schema diff', async () => {
    const applied = await runMigrations(db.url);
    assert.deepEqual(
      applied,
      ALL_MIGRATIONS.map((m) => new m().name),
    );
    assert.deepEqual(await runMigrations(db.url), []);
    assert.deepEqual(await pendingSchemaDiff(db.url), []);
    assert.deepEqual(await tablesPresent(), [...OUR_TABLES].sort());
  });

  void test('every migration reverts, leaving none of our tables, and the schema rebuilds cleanly', async () => {
    const ds = createDataSource({ url: db.url, poolSize: 1 });
    await ds.initialize();
    try {
      for (let i = 0; i < ALL_MIGRATIONS.length; i += 1) await ds.undoLastMigration({ transaction: 'each' });
      assert.equal(await ds.showMigrations(), true);
    } finally {
      await ds.destroy();
    }
    assert.deepEqual(await tablesPresent(), []);
    const fn = await client.query(`SELECT 1 FROM pg_proc WHERE proname = 'case_events_reject_change'`);
    assert.equal(fn.rowCount, 0);
    const recorded = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM migrations');
    assert.equal(recorded.rows[0]?.n, 0);

    assert.equal((await runMigrations(db.url)).length, ALL_MIGRATIONS.length);
    assert.deepEqual(await pendingSchemaDiff(db.url), []);
  });
});
