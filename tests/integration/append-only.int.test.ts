import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import { Client } from 'pg';
import type { CaseEvent } from '@uplift/domain';
import { CaseQueries, createDataSource, EventStore, runMigrations, type DataSource } from '@uplift/persistence';
import { createTestDatabase } from '../support/test-env';

const masterKey = randomBytes(32);

const opened = (caseId: string): CaseEvent => ({
  type: 'CaseOpened',
  occurredAt: '2026-11-03T08:30:00.000Z',
  data: {
    caseId,
    channel: 'alipay',
    merchantRef: 'shop-0192',
    currentLimit: 30_000,
    requestedLimit: 80_000,
    industry: 'retail',
    language: 'zh',
  },
});

/** Runs a statement and returns the SQLSTATE it failed with (null when it succeeded). */
async function sqlStateOf(client: Client, text: string, params: unknown[] = []): Promise<string | null> {
  try {
    await client.query(text, params);
    return null;
  } catch (error) {
    return (error as { code?: string }).code ?? 'no-code';
  }
}

void describe('case_events is append-only', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let owner: Client;
  let member: Client;
  let memberUrl: string;
  const memberRole = `uplift_it_member_${randomBytes(4).toString('hex')}`;
  const memberPassword = randomBytes(12).toString('hex');

  before(async () => {
    db = await createTestDatabase('append_only');
    await runMigrations(db.url);
    owner = new Client({ connectionString: db.url });
    await owner.connect();
    // What the devstack does for the app: a login role that only inherits uplift_app's grants.
    await owner.query(`CREATE ROLE "${memberRole}" LOGIN PASSWORD '${memberPassword}' IN ROLE uplift_app`);
    const url = new URL(db.url);
    url.username = memberRole;
    url.password = memberPassword;
    memberUrl = url.toString();
    member = new Client({ connectionString: memberUrl });
    await member.connect();
    await owner.query(
      `INSERT INTO case_events (event_id, case_id, seq, type, schema_version, data, occurred_at, prev_hash, hash)
       VALUES ($1, 'case-seeded', 1, 'MerchantReminded', 1, '{"reminder":1}', now(), repeat('0', 64), repeat('a', 64))`,
      [randomUUID()],
    );
  });

  after(async () => {
    await member?.end();
    await owner?.query(`DROP ROLE IF EXISTS "${memberRole}"`);
    await owner?.end();
    await db?.drop();
  });

  void test('a member of uplift_app can INSERT and SELECT events', async () => {
    const insert = await sqlStateOf(
      member,
      `INSERT INTO case_events (event_id, case_id, seq, type, schema_version, data, occurred_at, prev_hash, hash)
       VALUES ($1, 'case-member', 1, 'MerchantReminded', 1, '{"reminder":1}', now(), repeat('0', 64), repeat('b', 64))`,
      [randomUUID()],
    );
    assert.equal(insert, null);
    const rows = await member.query<{ n: number }>('SELECT count(*)::int AS n FROM case_events');
    assert.equal(rows.rows[0]?.n, 2);
  });

  void test('a member of uplift_app is denied UPDATE, DELETE and TRUNCATE by privileges', async () => {
    assert.equal(await sqlStateOf(member, `UPDATE case_events SET type = 'CaseAbandoned'`), '42501');
    assert.equal(await sqlStateOf(member, `DELETE FROM case_events WHERE case_id = 'case-seeded'`), '42501');
    assert.equal(await sqlStateOf(member, 'TRUNCATE case_events'), '42501');
  });

  void test('even the owner is stopped by the trigger', async () => {
    for (const statement of [
      `UPDATE case_events SET data = '{"reminder":9}' WHERE case_id = 'case-seeded'`,
      `DELETE FROM case_events WHERE case_id = 'case-seeded'`,
      'TRUNCATE case_events',
    ]) {
      await assert.rejects(owner.query(statement), (error: Error) => /append-only/.test(error.message), statement);
    }
    const rows = await owner.query<{ data: unknown }>(`SELECT data FROM case_events WHERE case_id = 'case-seeded'`);
    assert.deepEqual(rows.rows, [{ data: { reminder: 1 } }]);
  });

  void test("uplift_app's grants are enough to run the event store and the read model", async () => {
    const ds: DataSource = createDataSource({ url: memberUrl, poolSize: 2 });
    await ds.initialize();
    try {
      const caseId = 'case-app-role';
      const result = await new EventStore(ds, masterKey).append({
        caseId,
        expectedVersion: 0,
        events: [{ eventId: randomUUID(), event: opened(caseId) }],
      });
      assert.equal(result.version, 1);
      assert.equal((await new CaseQueries(ds, masterKey).get(caseId))?.status, 'collecting');
      assert.equal((await new EventStore(ds, masterKey).verifyChain(caseId)).ok, true);
    } finally {
      await ds.destroy();
    }
  });
});
