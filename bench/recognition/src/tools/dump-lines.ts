// Development aid: OCRs a split once and stores every document's lines with its truth, so that field
// reading can be re-run in milliseconds (replay-lines.js). Never run on the held-out split while tuning.
// BENCH_DEV_SEED draws other dev or forms documents, BENCH_DEV_B_SEED other dev-b documents (a fresh set to check a change on).
//   node bench/recognition/dist/tools/dump-lines.js OUT.json dev|dev-b|project|forms [perType] [visionModule] [modelDir] [modelSet]
import { writeFile } from 'node:fs/promises';
import type * as Vision from '@uplift/vision';
import { devBSplit, devSplit, formsSplit, projectSplit } from '../splits';
import type { BenchDoc } from '../score';

/** One stored document: truth and the lines the OCR read. */
export interface DumpedDoc extends Omit<BenchDoc, 'bytes'> {
  lines: Vision.OcrLine[];
  ocrSeconds: number;
}

async function main(): Promise<void> {
  const [out, split = 'dev', perTypeArg = '2', visionModule = '@uplift/vision', modelDir, modelSet] = process.argv.slice(2);
  if (!out) throw new Error('usage: dump-lines.js OUT.json dev|dev-b|project|forms [perType] [visionModule] [modelDir] [modelSet]');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const vision = require(visionModule) as typeof Vision;
  const recogniser = await vision.createRecogniser({
    objectDetection: false,
    ...(modelDir ? { modelDir, ocrModelSet: modelSet as Vision.OcrModelSet } : {}),
  });
  const docs: DumpedDoc[] = [];
  const source =
    split === 'project'
      ? projectSplit(Number(perTypeArg))
      : split === 'forms'
        ? formsSplit(Number(perTypeArg), Number(process.env.BENCH_DEV_SEED ?? 20261202))
        : split === 'dev-b'
          ? devBSplit(Number(perTypeArg), Number(process.env.BENCH_DEV_B_SEED ?? 20261129))
          : devSplit(Number(perTypeArg), Number(process.env.BENCH_DEV_SEED ?? 20261201));
  try {
    for await (const doc of source) {
      const t0 = process.hrtime.bigint();
      const lines = await recogniser.readLines(doc.bytes);
      const { bytes: _bytes, ...rest } = doc;
      docs.push({ ...rest, lines, ocrSeconds: Number(process.hrtime.bigint() - t0) / 1e9 });
      process.stdout.write('.');
    }
  } finally {
    await recogniser.close();
  }
  await writeFile(out, JSON.stringify(docs));
  console.log(`\n${docs.length} documents -> ${out}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
