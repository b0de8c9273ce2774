// Development aid: times recognition per document in CPU seconds (all threads of the process) as well as wall
// seconds, counts the OCR passes (orientation retries) of each document, and scores the key fields, for one
// vision module or two read interleaved on the same documents (A/B, the order alternating per document), so a
// speed change can be judged on a shared, loaded machine and checked to read exactly what it read before.
// Never run on the held-out split while tuning (it offers only project and dev).
//   node bench/recognition/dist/tools/time-recognition.js OUT.json [visionModuleA] [visionModuleB]
// BENCH_SPLITS=project,dev, BENCH_PER_TYPE (3) and BENCH_DEV_PER_TYPE (4) as in run-benchmark.
import { writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import type * as Vision from '@uplift/vision';
import { SplitScore, type BenchDoc } from '../score';
import { devSplit, projectSplit } from '../splits';

const env = (name: string, fallback: number): number => Number(process.env[name] ?? fallback);
const SPLITS = (process.env.BENCH_SPLITS ?? 'project,dev').split(',').map((s) => s.trim());
const CASE_DATE = '2026-03-01';

interface Timed {
  id: string;
  wall: number;
  cpu: number;
  passes: number;
  documentType: string | null;
  fields: Record<string, string>;
  timingsMs: Record<string, number>;
}

const quantile = (values: readonly number[], q: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
};
const round = (x: number): number => Math.round(x * 1000) / 1000;

async function timeOne(recogniser: Vision.Recogniser, doc: BenchDoc): Promise<Timed> {
  let passes = 0;
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  const result = await recogniser.recognise(
    { bytes: doc.bytes, declared: { kind: 'voucher', type: 'business_licence' }, caseDate: CASE_DATE },
    (stage) => {
      if (stage.startsWith('ocr:')) passes += 1;
    },
  );
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  const cpu = process.cpuUsage(cpu0);
  return {
    id: doc.id,
    wall,
    cpu: (cpu.user + cpu.system) / 1e6,
    passes,
    documentType: result.documentType,
    fields: Object.fromEntries(result.fields.map((f) => [f.name, f.value])),
    timingsMs: result.timingsMs,
  };
}

function summary(name: string, timed: readonly Timed[], score: SplitScore): Record<string, unknown> {
  const cpu = timed.map((t) => t.cpu);
  const wall = timed.map((t) => t.wall);
  const passes = timed.map((t) => t.passes);
  return {
    name,
    documents: timed.length,
    cpuSecondsPerDocument: {
      p50: round(quantile(cpu, 0.5)),
      p95: round(quantile(cpu, 0.95)),
      mean: round(cpu.reduce((s, x) => s + x, 0) / cpu.length),
    },
    secondsPerDocument: { p50: round(quantile(wall, 0.5)), p95: round(quantile(wall, 0.95)) },
    ocrPasses: {
      mean: round(passes.reduce((s, x) => s + x, 0) / passes.length),
      max: Math.max(...passes),
      retried: passes.filter((p) => p > 1).length,
    },
    score: score.summary(),
  };
}

async function main(): Promise<void> {
  const [out, moduleA = '@uplift/vision', moduleB] = process.argv.slice(2);
  if (!out) throw new Error('usage: time-recognition.js OUT.json [visionModuleA] [visionModuleB]');
  const modules = [moduleA, ...(moduleB ? [moduleB] : [])];
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const visions = modules.map((m) => require(m) as typeof Vision);
  const recognisers: Vision.Recogniser[] = [];
  // One after the other: each prepares the same tessdata folder.
  for (const v of visions) recognisers.push(await v.createRecogniser({ objectDetection: true }));
  const timed: Timed[][] = modules.map(() => []);
  const report: Record<string, unknown>[] = [];
  const differing: string[] = [];
  const loads: number[] = [];
  try {
    for (const split of SPLITS) {
      const scores = modules.map((m) => new SplitScore(`${split}@${m}`));
      const from = timed.map((t) => t.length);
      const docs = split === 'project' ? projectSplit(env('BENCH_PER_TYPE', 3)) : devSplit(env('BENCH_DEV_PER_TYPE', 4), 20261201);
      let n = 0;
      for await (const doc of docs) {
        const order = n % 2 === 0 ? modules.map((_, i) => i) : modules.map((_, i) => modules.length - 1 - i);
        n += 1;
        for (const i of order) {
          const t = await timeOne(recognisers[i] as Vision.Recogniser, doc);
          (timed[i] as Timed[]).push(t);
          (scores[i] as SplitScore).record(doc, t.documentType, new Map(Object.entries(t.fields)), t.wall);
        }
        loads.push(loadavg()[0] ?? 0);
        const [a, b] = timed.map((t) => t[t.length - 1] as Timed);
        if (a && b && (JSON.stringify(a.fields) !== JSON.stringify(b.fields) || a.documentType !== b.documentType)) differing.push(doc.id);
        process.stdout.write('.');
      }
      process.stdout.write('\n');
      modules.forEach((m, i) => {
        const s = summary(`${split}@${m}`, (timed[i] as Timed[]).slice(from[i]), scores[i] as SplitScore);
        report.push(s);
        console.log(JSON.stringify(s));
      });
    }
  } finally {
    await Promise.all(recognisers.map((r) => r.close()));
  }
  const all = modules.map((m, i) => summary(`all@${m}`, timed[i] as Timed[], new SplitScore('all')));
  const result = {
    loadAverage1m: { p50: round(quantile(loads, 0.5)), max: round(Math.max(...loads)) },
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    differing,
    splits: report,
    all,
    documents: timed,
  };
  for (const s of all) console.log(JSON.stringify({ ...s, score: undefined }));
  console.log(
    `load p50 ${result.loadAverage1m.p50}, peak RSS ${result.peakRssMb} MB, documents read differently: ${differing.length} ${differing.join(' ')}`,
  );
  await writeFile(out, JSON.stringify(result, null, 1));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
