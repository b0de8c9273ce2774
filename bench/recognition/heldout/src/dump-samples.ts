/**
 * Writes held-out samples to a folder for a person to look at:
 *   node bench/recognition/heldout/dist/dump-samples.js OUT_DIR [perType=1] [seed=7] [nonVouchers=5] [type,type...]
 * Each document becomes OUT_DIR/<id>.jpg|.pdf; OUT_DIR/truth.json lists truth and variants.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateHeldout } from './index';

async function main(): Promise<void> {
  const [outDir, perTypeArg, seedArg, nonVoucherArg, typesArg] = process.argv.slice(2);
  if (!outDir) {
    process.stderr.write('usage: dump-samples.js OUT_DIR [perType=1] [seed=7] [nonVouchers=5] [type,type...]\n');
    process.exitCode = 2;
    return;
  }
  mkdirSync(outDir, { recursive: true });
  const started = Date.now();
  const index: Record<string, unknown>[] = [];
  const options = {
    seed: Number(seedArg ?? 7),
    perType: Number(perTypeArg ?? 1),
    nonVouchers: Number(nonVoucherArg ?? 5),
    ...(typesArg ? { types: typesArg.split(',') } : {}),
  };
  for await (const doc of generateHeldout(options)) {
    const file = `${doc.id}.${doc.format === 'pdf' ? 'pdf' : 'jpg'}`;
    writeFileSync(join(outDir, file), doc.bytes);
    index.push({ id: doc.id, file, type: doc.type, format: doc.format, truth: doc.truth, amountFields: doc.amountFields, variant: doc.variant });
    process.stdout.write(`${file} ${doc.variant.layout} ${doc.variant.labels} ${Math.round(doc.bytes.length / 1024)} KiB\n`);
  }
  writeFileSync(join(outDir, 'truth.json'), `${JSON.stringify(index, null, 2)}\n`);
  process.stdout.write(`${index.length} documents in ${((Date.now() - started) / 1000).toFixed(1)} s -> ${outDir}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
