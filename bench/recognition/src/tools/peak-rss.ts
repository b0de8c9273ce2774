// Development aid: the recogniser's peak resident memory while it reads N documents in one process of its own
// (recogniser-process.ts, as in the benchmark and the worker), with what it read, so that a memory change can be
// checked to read exactly what it read before. The documents are drawn first, in this process.
//   node bench/recognition/dist/tools/peak-rss.js OUT.json [N]
// BENCH_SPLITS=project,dev,dev-b (default project), BENCH_PER_TYPE (3), BENCH_DEV_PER_TYPE (4), BENCH_DEV_B_PER_TYPE (2)
// as in run-benchmark; N (default all) caps the documents of every split. Never run on the held-out split.
import { writeFile } from 'node:fs/promises';
import { SplitScore, type BenchDoc } from '../score';
import { startRecogniserProcess } from '../recogniser-process';
import { devBSplit, devSplit, projectSplit } from '../splits';

const env = (name: string, fallback: number): number => Number(process.env[name] ?? fallback);
const SPLITS = (process.env.BENCH_SPLITS ?? 'project').split(',').map((s) => s.trim());
const CASE_DATE = '2026-03-01';

function docsOf(split: string): AsyncIterable<BenchDoc> {
  if (split === 'project') return projectSplit(env('BENCH_PER_TYPE', 3));
  if (split === 'dev') return devSplit(env('BENCH_DEV_PER_TYPE', 4), 20261201);
  if (split === 'dev-b') return devBSplit(env('BENCH_DEV_B_PER_TYPE', 2), env('BENCH_DEV_B_SEED', 20261129));
  throw new Error(`peak-rss reads only the project, dev and dev-b splits, not ${split}`);
}

async function main(): Promise<void> {
  const [out, cap] = process.argv.slice(2);
  if (!out) throw new Error('usage: peak-rss.js OUT.json [N]');
  const limit = cap ? Number(cap) : Number.POSITIVE_INFINITY;
  const docs: Array<{ split: string; doc: BenchDoc }> = [];
  for (const split of SPLITS) {
    for await (const doc of docsOf(split)) {
      if (docs.filter((d) => d.split === split).length >= limit) break;
      docs.push({ split, doc });
    }
  }
  const recogniser = await startRecogniserProcess({ objectDetection: false });
  const afterLoad = await recogniser.peakRssMb();
  const read: Record<string, Record<string, string>> = {};
  const scores = new Map(SPLITS.map((s) => [s, new SplitScore(s)]));
  const peaks: number[] = [];
  const cpu: number[] = [];
  let peakRssMb = 0;
  try {
    for (const { split, doc } of docs) {
      const { result, seconds, cpuSeconds } = await recogniser.recognise({
        bytes: doc.bytes,
        declared: { kind: 'voucher', type: 'business_licence' },
        caseDate: CASE_DATE,
      });
      const fields = new Map(result.fields.map((f) => [f.name, f.value]));
      scores.get(split)?.record(doc, result.documentType, fields, seconds);
      read[doc.id] = { type: result.documentType ?? '', ...Object.fromEntries(fields) };
      peaks.push(await recogniser.peakRssMb());
      cpu.push(cpuSeconds);
      process.stdout.write('.');
    }
  } finally {
    peakRssMb = await recogniser.close();
  }
  process.stdout.write('\n');
  const summaries = [...scores.values()].map((s) => s.summary());
  for (const s of summaries) console.log(s);
  const sorted = [...cpu].sort((a, b) => a - b);
  const cpuSeconds = {
    p50: Math.round((sorted[Math.floor(sorted.length / 2)] ?? 0) * 1000) / 1000,
    mean: Math.round((cpu.reduce((a, b) => a + b, 0) / Math.max(1, cpu.length)) * 1000) / 1000,
  };
  console.log(`CPU seconds a document (the recogniser's process, every thread): p50 ${cpuSeconds.p50}, mean ${cpuSeconds.mean}`);
  console.log(`${docs.length} documents: peak RSS ${peakRssMb} MB (after loading ${afterLoad} MB; after each: ${peaks.join(' ')})`);
  await writeFile(out, JSON.stringify({ peakRssMb, afterLoad, peaks, cpuSeconds, cpu, summaries, read }, null, 1));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
