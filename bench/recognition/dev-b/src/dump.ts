// Writes sample photos for a human to look at.
//   node bench/recognition/dev-b/dist/dump.js [outDir=/tmp/devb] [perType=1] [seed=7] [types=a,b]
//     fresh samples: the clean page (.page.png) and its photo (.jpg) per document, truth on stdout;
//   node bench/recognition/dev-b/dist/dump.js --split [outDir=/tmp/devb-split] [perType=2] [seed=20261129] [types=a,b]
//     exactly the photos the benchmark scores (devb-<type>-<n>.jpg), e.g. to look at a document it misread.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { drawDocument, generateDevB, RENDERERS } from './index';
import { photograph } from './photo';
import { Rand } from './rng';

async function samples(out: string, per: number, seed: number, types: readonly string[]): Promise<void> {
  for (const type of types) {
    const r = new Rand(seed * 31 + type.length * 977 + (type.charCodeAt(0) << 8));
    for (let i = 0; i < per; i += 1) {
      const drawn = drawDocument(type, r);
      await writeFile(join(out, `${type}-${i + 1}.page.png`), drawn.canvas.toBuffer('image/png'));
      await writeFile(join(out, `${type}-${i + 1}.jpg`), await photograph(drawn.canvas, r, { tilt: drawn.tilt ?? 5 }));
      console.log(`${type}-${i + 1}: ${JSON.stringify(drawn.truth)}`);
    }
  }
}

async function split(out: string, per: number, seed: number, types: ReadonlySet<string> | null): Promise<void> {
  for await (const doc of generateDevB({ seed, perType: per, types })) {
    await writeFile(join(out, `${doc.id}.jpg`), doc.bytes);
    console.log(`${doc.id}: ${JSON.stringify(doc.truth)}`);
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const bench = args[0] === '--split';
  const [out = bench ? '/tmp/devb-split' : '/tmp/devb', per = bench ? '2' : '1', seed = bench ? '20261129' : '7', only] = bench
    ? args.slice(1)
    : args;
  await mkdir(out, { recursive: true });
  if (bench) await split(out, Number(per), Number(seed), only ? new Set(only.split(',')) : null);
  else await samples(out, Number(per), Number(seed), only ? only.split(',') : Object.keys(RENDERERS));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
