import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { bandNeighbours, hashBands, hashToSignedBigint } from '@uplift/authenticity';
import { createDataSource, EvidenceFingerprints, runMigrations } from '@uplift/persistence';

// Inserts ROWS (default 1 000 000) pseudo-random 64-bit hashes into a throwaway database on the
// PostgreSQL at AUTH_BENCH_PG_ADMIN_URL, plants near-duplicates, and prints the lookup's EXPLAIN
// ANALYZE and timings. Usage: AUTH_BENCH_PG_ADMIN_URL=postgres://... node bench/authenticity/dist/reuse-scale.js

async function main(): Promise<void> {
  const admin = process.env['AUTH_BENCH_PG_ADMIN_URL'];
  if (!admin) throw new Error('set AUTH_BENCH_PG_ADMIN_URL to a superuser URL of a throwaway PostgreSQL');
  const rows = Number(process.env['AUTH_BENCH_ROWS'] ?? 1_000_000);
  const name = `auth_scale_${randomBytes(3).toString('hex')}`;
  const adminClient = new Client({ connectionString: admin });
  await adminClient.connect();
  await adminClient.query(`CREATE DATABASE ${name}`);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  try {
    await runMigrations(url.toString());
    const c = new Client({ connectionString: url.toString() });
    await c.connect();
    const t = Date.now();
    // Random bigints built in SQL; the bands derive from them exactly as the repository does.
    await c.query(`
      INSERT INTO evidence_fingerprints (evidence_id, case_id, channel, phash, dhash, p0, p1, p2, p3)
      SELECT gen_random_uuid(), 'case-' || (g % 200000), 'web', h, h # 12345, ((h >> 48) & 65535)::int, ((h >> 32) & 65535)::int, ((h >> 16) & 65535)::int, (h & 65535)::int
      FROM (SELECT g, (floor(random() * 4294967296)::bigint << 32) # floor(random() * 4294967296)::bigint AS h FROM generate_series(1, ${rows}) g) s`);
    await c.query('ANALYZE evidence_fingerprints');
    console.log(`inserted ${rows} hashes in ${((Date.now() - t) / 1000).toFixed(1)} s`);
    const ds = createDataSource({ url: url.toString(), poolSize: 2 });
    await ds.initialize();
    const repo = new EvidenceFingerprints(ds);
    const probe = 'a3c5e7f90b1d2f46';
    await repo.record({
      caseId: 'planted',
      evidenceId: '00000000-0000-4000-8000-000000000001',
      channel: 'web',
      phash: 'a3c5e7f90b1d2f47',
      dhash: probe,
    });
    await repo.record({
      caseId: 'planted',
      evidenceId: '00000000-0000-4000-8000-000000000002',
      channel: 'web',
      phash: 'a2c4e6f80a1c2e46',
      dhash: probe,
    });
    for (const maxDistance of [3, 8, 11]) {
      const times: number[] = [];
      let found = 0;
      for (let k = 0; k < 5; k += 1) {
        const start = process.hrtime.bigint();
        found = (await repo.findNearDuplicates(probe, probe, { maxDistance })).length;
        times.push(Number(process.hrtime.bigint() - start) / 1e6);
      }
      console.log(`maxDistance ${maxDistance}: ${found} found; ms per lookup ${times.map((x) => x.toFixed(1)).join(', ')}`);
    }
    const probes = hashBands(probe).map((b) => bandNeighbours(b, 2));
    const plan = await c.query<{ 'QUERY PLAN': string }>(
      `EXPLAIN (ANALYZE, BUFFERS) SELECT evidence_id, bit_count((phash # $1::bigint)::bit(64)) AS pd FROM evidence_fingerprints ` +
        `WHERE (p0 = ANY($2::int[]) OR p1 = ANY($3::int[]) OR p2 = ANY($4::int[]) OR p3 = ANY($5::int[])) AND bit_count((phash # $1::bigint)::bit(64)) <= 11 ORDER BY pd LIMIT 20`,
      [hashToSignedBigint(probe), probes[0], probes[1], probes[2], probes[3]],
    );
    console.log('EXPLAIN ANALYZE (maxDistance 11, 4 × 137 band probes):');
    console.log(plan.rows.map((r) => r['QUERY PLAN']).join('\n'));
    const seq = await c.query<{ 'QUERY PLAN': string }>(
      `EXPLAIN ANALYZE SELECT evidence_id FROM evidence_fingerprints WHERE bit_count((phash # $1::bigint)::bit(64)) <= 11`,
      [hashToSignedBigint(probe)],
    );
    console.log(
      'for comparison, a full scan:',
      seq.rows
        .slice(-1)
        .map((r) => r['QUERY PLAN'])
        .join(''),
    );
    await ds.destroy();
    await c.end();
  } finally {
    await adminClient.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await adminClient.end();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
