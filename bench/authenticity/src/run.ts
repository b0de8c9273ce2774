import { loadavg, cpus } from 'node:os';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { METHOD_VERSIONS, REUSE_SIMILARITY_VERSION } from '@uplift/authenticity';
import { ensureHeldoutSet } from './heldout-set';
import { analyseRows, independentReport } from './independent-split';
import { analyseProjectSplit, projectReport } from './project-split';
import { printReport, goalCheck } from './report';

// bench:authenticity. Two forgery splits: the project's own generator (@uplift/evidence-synth,
// evaluation seeds ≥ 10 000) and the independent generator (bench/authenticity/heldout/, seed
// AUTH_BENCH_SEED, default 1). Nothing of the independent set is trained or tuned on — neither of its
// two halves (its manifest's split_hint); they are reported apart, and the goals are judged on its
// "heldout" half. Training uses src/training-set.ts only. Genuine false-positive rates per voucher
// type come first. AUTH_BENCH_N: project item sets (default 40). AUTH_BENCH_SPLIT=heldout analyses
// only that half (shorter runs).

const N = Number(process.env['AUTH_BENCH_N'] ?? 40);
const SEED = Number(process.env['AUTH_BENCH_SEED'] ?? 1);
const ONLY = process.env['AUTH_BENCH_SPLIT'];

async function main(): Promise<void> {
  const started = Date.now();
  const loadAtStart = loadavg();
  const set = ensureHeldoutSet(SEED);
  const rows = await analyseRows(
    set,
    (r) => !ONLY || r.split_hint === ONLY,
    (done, total) => console.log(`[bench:authenticity] independent ${done}/${total} (${((Date.now() - started) / 1000).toFixed(0)} s)`),
  );
  const independent = independentReport(set, rows);
  const project =
    N > 0
      ? projectReport(
          await analyseProjectSplit(N, (done) =>
            console.log(`[bench:authenticity] project ${done}/${N} (${((Date.now() - started) / 1000).toFixed(0)} s)`),
          ),
        )
      : null;
  const result = {
    generatedAt: new Date().toISOString(),
    methodVersions: METHOD_VERSIONS,
    // Results before this field was written used 'fine-hashes/1' (fixed window grid only, ADR 0031).
    reuseSimilarityVersion: REUSE_SIMILARITY_VERSION,
    machine: {
      cores: cpus().length,
      loadAverageAtStart: loadAtStart.map((x) => Math.round(x * 100) / 100),
      loadAverageAtEnd: loadavg().map((x) => Math.round(x * 100) / 100),
    },
    goals: {
      genuineCriticalRate: 0.01,
      genuineWarningRate: 0.05,
      recaptureAuc: 0.97,
      recaptureTprAt1pctFpr: 0.9,
      editsAuc: 0.95,
      reuseAuc: 0.99,
      secondsPerImageP95: 1,
    },
    goalCheckOnHeldout: ONLY ? null : goalCheck(independent['heldout'] as Record<string, unknown>),
    independent,
    project: project ? { perClass: N, evaluationSeedsFrom: 10_000, ...project } : null,
    wallSeconds: Math.round((Date.now() - started) / 1000),
  };
  printReport(result);
  const dir = join(__dirname, '..', '..', 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, ONLY ? `authenticity-${ONLY}.tmp` : 'authenticity.json'), `${JSON.stringify(result, null, 2)}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
