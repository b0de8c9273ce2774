import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { Rng } from '@uplift/evidence-synth';
import {
  decodeReuseReference,
  encodeReuseReference,
  fingerprintImage,
  METHOD_VERSIONS,
  VERIFIED_REUSE_POLICY,
  verifyReuseCandidates,
  type ImageFingerprint,
} from '@uplift/authenticity';
import { createDataSource, EvidenceFingerprints, runMigrations } from '@uplift/persistence';
import { EDIT_SET_DIR, loadEditSet } from './train/edit-set';
import { copyOf } from './train/own-copies';

// The two-stage reuse lookup at scale (docs/adr/0037). A throwaway database on the PostgreSQL at
// AUTH_BENCH_PG_ADMIN_URL gets AUTH_BENCH_ROWS stored pictures (default 10 000): the training photos
// (edit calibration set) each stored under REAL_COPIES cases with their real keys and sealed
// references, the rest with ~95 pseudo-random lookup keys each. Then copies of training photos (own copy
// simulator) are looked up as the worker does: the SQL first stage (keys, nearest first, at most
// VERIFIED_REUSE_POLICY.candidates, references opened with their case keys), then verification. Prints
// per-lookup milliseconds of each stage (p50, p95, max), candidates per lookup, and how many lookups had a
// stored original among their candidates. AUTH_BENCH_CANDIDATES overrides the candidate limit.
// Usage: AUTH_BENCH_PG_ADMIN_URL=postgres://... node bench/authenticity/dist/reuse-scale.js

/** How many cases each training photo is stored under (so a lookup meets several real candidates). */
const REAL_COPIES = 4;
const LOOKUPS = 30;

const quantiles = (xs: readonly number[]): string => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number): number => s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? Number.NaN;
  return `p50 ${q(0.5).toFixed(1)} p95 ${q(0.95).toFixed(1)} max ${(s[s.length - 1] ?? Number.NaN).toFixed(1)}`;
};

async function main(): Promise<void> {
  const admin = process.env['AUTH_BENCH_PG_ADMIN_URL'];
  if (!admin) throw new Error('set AUTH_BENCH_PG_ADMIN_URL to a superuser URL of a throwaway PostgreSQL');
  const rows = Number(process.env['AUTH_BENCH_ROWS'] ?? 10_000);
  const name = `auth_scale_${randomBytes(3).toString('hex')}`;
  const adminClient = new Client({ connectionString: admin });
  await adminClient.connect();
  await adminClient.query(`CREATE DATABASE ${name}`);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  try {
    await runMigrations(url.toString());
    const ds = createDataSource({ url: url.toString(), poolSize: 2 });
    await ds.initialize();
    const repo = new EvidenceFingerprints(ds, randomBytes(32));
    const photos = loadEditSet().filter((r) => r.kind === 'photo');
    const bytes = photos.map((p) => readFileSync(join(EDIT_SET_DIR, p.file)));
    const fps: ImageFingerprint[] = [];
    for (const b of bytes) fps.push(await fingerprintImage(b));
    let t = Date.now();
    for (let k = 0; k < REAL_COPIES; k += 1) {
      for (const [i, fp] of fps.entries()) {
        await repo.record({
          caseId: `real-${k}-${i}`,
          evidenceId: randomUUID(),
          channel: 'web',
          phash: fp.phash,
          dhash: fp.dhash,
          reuse: { methodVersion: METHOD_VERSIONS.reuse_image, keys: fp.keys, reference: encodeReuseReference(fp) },
        });
      }
    }
    const real = REAL_COPIES * fps.length;
    const keysPer = Math.round(fps.reduce((s, f) => s + f.keys.length, 0) / fps.length);
    const c = new Client({ connectionString: url.toString() });
    await c.connect();
    // The other pictures: pseudo-random keys built in SQL, banded exactly as the repository bands them.
    await c.query(`
      INSERT INTO evidence_fingerprints (evidence_id, case_id, channel, phash, dhash, p0, p1, p2, p3, method_version)
      SELECT gen_random_uuid(), 'case-' || g, 'web', 0, 0, 0, 0, 0, 0, '${METHOD_VERSIONS.reuse_image}' FROM generate_series(1, ${Math.max(0, rows - real)}) g`);
    await c.query(`
      INSERT INTO evidence_fingerprint_keys (evidence_id, key_no, case_id, hash, b0, b1, b2, b3)
      SELECT f.evidence_id, k.n, f.case_id, h, ((h >> 48) & 65535)::int, ((h >> 32) & 65535)::int, ((h >> 16) & 65535)::int, (h & 65535)::int
      FROM evidence_fingerprints f CROSS JOIN LATERAL (
        SELECT n, (floor(random() * 4294967296)::bigint << 32) # floor(random() * 4294967296)::bigint AS h FROM generate_series(0, ${keysPer - 1}) n
      ) k WHERE f.case_id LIKE 'case-%'`);
    // A steady-state table: autovacuum keeps the visibility map current, so band scans read the index only.
    await c.query('VACUUM ANALYZE evidence_fingerprints');
    await c.query('VACUUM ANALYZE evidence_fingerprint_keys');
    const keyRows = (await c.query<{ n: string }>('SELECT count(*) AS n FROM evidence_fingerprint_keys')).rows[0]?.n;
    console.log(`stored ${rows} pictures (${real} real, ${keyRows} lookup keys) in ${((Date.now() - t) / 1000).toFixed(1)} s`);
    const sqlMs: number[] = [];
    const verifyMs: number[] = [];
    const candidates: number[] = [];
    let found = 0;
    let nominated = 0;
    for (let n = 0; n < LOOKUPS; n += 1) {
      const of = n % fps.length;
      const copy = await fingerprintImage((await copyOf(bytes[of] as Buffer, new Rng(93_000 + n))).bytes);
      t = Date.now();
      const hits = await repo.findReuseCandidates(
        copy.probes.map((hash, i) => ({ hash, radius: copy.probeRadii[i] ?? VERIFIED_REUSE_POLICY.keyRadius })),
        { excludeCaseId: 'none', limit: Number(process.env['AUTH_BENCH_CANDIDATES'] ?? VERIFIED_REUSE_POLICY.candidates) },
      );
      sqlMs.push(Date.now() - t);
      const open = hits.filter((h) => h.reference !== null);
      const started = process.cpuUsage();
      const scores = verifyReuseCandidates(
        copy,
        open.map((h) => ({
          reference: decodeReuseReference(h.reference as Buffer),
          keyNo: h.keyNo,
          turn: copy.probeTurns[h.probeNo] ?? null,
        })),
      );
      const cpu = process.cpuUsage(started);
      verifyMs.push((cpu.user + cpu.system) / 1000);
      candidates.push(hits.length);
      if (open.some((h) => h.caseId.endsWith(`-${of}`))) nominated += 1;
      if (open.some((h, i) => h.caseId.endsWith(`-${of}`) && (scores[i] ?? 0) >= VERIFIED_REUSE_POLICY.warning)) found += 1;
    }
    console.log(`${LOOKUPS} lookups of training copies among ${rows} stored pictures:`);
    console.log(`  first stage (SQL, references opened) ms: ${quantiles(sqlMs)}`);
    console.log(`  verification CPU ms: ${quantiles(verifyMs)}`);
    console.log(`  total ms: ${quantiles(sqlMs.map((s, i) => s + (verifyMs[i] ?? 0)))}`);
    console.log(
      `  candidates per lookup: ${quantiles(candidates)}; originals among the candidates ${nominated}/${LOOKUPS}; copies found ${found}/${LOOKUPS}`,
    );
    const plan = await c.query<{ 'QUERY PLAN': string }>(
      `EXPLAIN ANALYZE SELECT count(*) FROM evidence_fingerprint_keys WHERE b0 = ANY($1::int[]) OR b1 = ANY($1::int[]) OR b2 = ANY($1::int[]) OR b3 = ANY($1::int[])`,
      [Array.from({ length: 137 * 25 }, (_, i) => (i * 7919) % 65536)],
    );
    console.log(`  band probe scan (25 probes × 137 values per band): ${plan.rows.slice(-1)[0]?.['QUERY PLAN'] ?? ''}`);
    await c.end();
    await ds.destroy();
  } finally {
    await adminClient.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await adminClient.end();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
