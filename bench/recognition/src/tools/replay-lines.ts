// Development aid: re-reads stored OCR lines (dump-lines.js) with the current classifier and field reader.
//   node bench/recognition/dist/tools/replay-lines.js DUMP.json [visionModule] [--misses]
import { readFile } from 'node:fs/promises';
import type * as Vision from '@uplift/vision';
import { SplitScore } from '../score';
import type { DumpedDoc } from './dump-lines';

async function main(): Promise<void> {
  const [dump, visionModule = '@uplift/vision', flag] = process.argv.slice(2);
  if (!dump) throw new Error('usage: replay-lines.js DUMP.json [visionModule] [--misses]');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const vision = require(visionModule) as typeof Vision;
  const docs = JSON.parse(await readFile(dump, 'utf8')) as DumpedDoc[];
  const score = new SplitScore(dump);
  for (const doc of docs) {
    // As in the recogniser: the classifier reads rows, the field reader reads cells.
    const c = vision.classifyDocument(vision.cellsToRows(doc.lines), { sealCount: 0, tableRows: 0 });
    const type = c.type === 'unknown' ? null : c.type;
    const fields = type ? vision.extractFields(doc.lines, vision.voucherSpec(type)) : [];
    score.record({ ...doc, bytes: Buffer.alloc(0) }, c.type, new Map(fields.map((f) => [f.name, f.value])), doc.ocrSeconds);
  }
  for (const line of score.lines()) console.log(line);
  console.log(score.summary());
  if (flag === '--misses') {
    const report = score.report() as { perType: Record<string, { misses: string[] }> };
    for (const [type, s] of Object.entries(report.perType)) for (const m of s.misses) console.log(`${type}: ${m}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
