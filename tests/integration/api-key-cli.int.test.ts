import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ApiKeys, createDataSource, runMigrations, type DataSource } from '@uplift/persistence';
import { createTestDatabase, repoRoot, type TestDatabase } from '../support/test-env';

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

const TOKEN_LINE = /^upk_([0-9a-f]{32})_[A-Za-z0-9_-]{43}\n$/;

describe('api-key CLI commands (create, list, revoke, rotate)', () => {
  let db: TestDatabase;
  let ds: DataSource;
  const cli = join(repoRoot(), 'apps', 'devstack', 'dist', 'cli.js');

  /** Runs `npm run uplift -- api-key ...` as an operator would, against the test database. */
  const uplift = (...args: string[]): Promise<Run> =>
    new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [cli, 'api-key', ...args], {
        env: { ...process.env, DATABASE_URL: db.url },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
      child.on('error', reject);
      child.on('close', (status) => resolve({ status, stdout, stderr }));
    });
  const keyIdOf = (run: Run) => TOKEN_LINE.exec(run.stdout)?.[1] ?? assert.fail(`no token alone on stdout: ${JSON.stringify(run.stdout)}`);

  before(async () => {
    db = await createTestDatabase('api_key_cli');
    await runMigrations(db.url);
    ds = createDataSource({ url: db.url, poolSize: 2 });
    await ds.initialize();
  });

  after(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  test('create prints the token alone on stdout; --expires-in sets the expiry', async () => {
    const run = await uplift('create', '--channel', 'wechat', '--role', 'channel', '--name', 'WeChat', '--expires-in', '90d');
    assert.equal(run.status, 0, run.stderr);
    const keyId = keyIdOf(run);
    assert.match(run.stderr, new RegExp(`Created API key ${keyId} .*expires 20`));
    const record = await new ApiKeys(ds).find(keyId);
    assert.ok(record?.expiresAt);
    assert.ok(Math.abs(Date.parse(record.expiresAt) - Date.parse(record.createdAt) - 90 * 86_400_000) < 1_000);
    assert.ok(await new ApiKeys(ds).authenticate(run.stdout.trim()));

    const forever = await uplift('create', '--channel', 'wechat', '--role', 'compliance');
    assert.equal(forever.status, 0, forever.stderr);
    assert.equal((await new ApiKeys(ds).find(keyIdOf(forever)))?.expiresAt, null);
  });

  test('mistakes are usage errors (exit 2) that create nothing', async () => {
    const count = async () => Number((await ds.query<{ n: string }[]>('SELECT count(*) AS n FROM api_keys'))[0]?.n);
    const before = await count();
    for (const args of [
      ['create', '--channel', 'x', '--expires-in', 'soon'],
      ['create', '--channel', 'x', '--role', 'admin'],
      ['create'],
      ['revoke'],
      ['rotate', '--key'],
      ['explode'],
    ]) {
      const run = await uplift(...args);
      assert.equal(run.status, 2, `${args.join(' ')}: ${run.stderr}`);
      assert.equal(run.stdout, '');
      assert.match(run.stderr, /Usage: npm run uplift/);
    }
    assert.equal(await count(), before);
  });

  test('list shows keys without secrets; revoked ones only with --include-revoked', async () => {
    const kept = await uplift('create', '--channel', 'listed', '--name', 'Kept key');
    const gone = await uplift('create', '--channel', 'listed', '--name', 'Gone key');
    const keptId = keyIdOf(kept);
    const goneId = keyIdOf(gone);
    assert.equal((await uplift('revoke', '--key', goneId)).status, 0);

    const list = await uplift('list', '--channel', 'listed');
    assert.equal(list.status, 0, list.stderr);
    assert.match(list.stdout, /^KEY\s+CHANNEL\s+ROLE\s+STATUS\s+EXPIRES\s+LAST USED\s+NAME\n/);
    assert.match(list.stdout, new RegExp(`${keptId}\\s+listed\\s+channel\\s+active\\s+never\\s+never\\s+Kept key`));
    assert.equal(list.stdout.includes(goneId), false);
    const all = await uplift('list', '--channel', 'listed', '--include-revoked');
    assert.match(all.stdout, new RegExp(`${goneId}\\s+listed\\s+channel\\s+revoked`));
    for (const secret of [kept.stdout.trim().slice(-43), gone.stdout.trim().slice(-43)]) assert.equal(all.stdout.includes(secret), false);
    assert.equal((await uplift('list', '--channel', 'nobody')).stdout, 'No API keys.\n');
  });

  test('revoke is idempotent and says so; an unknown key is exit 1', async () => {
    const keyId = keyIdOf(await uplift('create', '--channel', 'revoked'));
    const first = await uplift('revoke', '--key', keyId);
    assert.equal(first.status, 0, first.stderr);
    assert.match(first.stdout, new RegExp(`^Revoked: API key ${keyId}`));
    const again = await uplift('revoke', '--key', keyId);
    assert.equal(again.status, 0);
    assert.match(again.stdout, /^Already revoked/);
    const unknown = await uplift('revoke', '--key', 'f'.repeat(32));
    assert.equal(unknown.status, 1);
    assert.match(unknown.stderr, /No API key f{32}/);
  });

  test('rotate prints only the new token on stdout and, with --grace, lets both keys work until then', async () => {
    const old = await uplift('create', '--channel', 'rotated', '--role', 'reviewer', '--name', 'Reviewers', '--expires-in', '30d');
    const oldId = keyIdOf(old);
    const rotated = await uplift('rotate', '--key', oldId, '--grace', '1h');
    assert.equal(rotated.status, 0, rotated.stderr);
    const newId = keyIdOf(rotated);
    assert.notEqual(newId, oldId);
    assert.match(rotated.stderr, /the old key keeps working until 20/);
    const keys = new ApiKeys(ds);
    assert.deepEqual(await keys.authenticate(rotated.stdout.trim()), { keyId: newId, channel: 'rotated', role: 'reviewer' });
    assert.equal((await keys.authenticate(old.stdout.trim()))?.keyId, oldId, 'the old key works during the grace period');
    const issued = await keys.find(newId);
    assert.equal(issued?.name, 'Reviewers');
    assert.ok(
      issued?.expiresAt && Math.abs(Date.parse(issued.expiresAt) - Date.parse(issued.createdAt) - 30 * 86_400_000) < 1_000,
      "the old key's lifetime",
    );

    const again = await uplift('rotate', '--key', oldId);
    assert.equal(again.status, 1);
    assert.equal(again.stdout, '');
    assert.match(again.stderr, /already revoked/);

    const now = await uplift('rotate', '--key', newId, '--expires-in', '7d');
    assert.equal(now.status, 0, now.stderr);
    assert.match(now.stderr, /the old key is revoked/);
    assert.equal(await keys.authenticate(rotated.stdout.trim()), null);
    assert.equal((await uplift('rotate', '--key', '0'.repeat(32))).status, 1);
  });
});
