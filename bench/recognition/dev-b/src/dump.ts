// Writes sample photos (and the clean pages) to a folder for a human to look at:
// node bench/recognition/dev-b/dist/dump.js [outDir=/tmp/devb] [perType=1] [seed=7] [types=a,b]
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { drawDocument, RENDERERS } from './index';
import { photograph } from './photo';
import { Rand } from './rng';

async function main(): Promise<void> {
  const [out = '/tmp/devb', per = '1', seed = '7', only] = process.argv.slice(2);
  await mkdir(out, { recursive: true });
  const types = only ? only.split(',') : Object.keys(RENDERERS);
  for (const type of types) {
    const r = new Rand(Number(seed) * 31 + type.length * 977 + (type.charCodeAt(0) << 8));
    for (let i = 0; i < Number(per); i += 1) {
      const drawn = drawDocument(type, r);
      await writeFile(join(out, `${type}-${i + 1}.page.png`), drawn.canvas.toBuffer('image/png'));
      await writeFile(join(out, `${type}-${i + 1}.jpg`), await photograph(drawn.canvas, r, { tilt: drawn.tilt ?? 5 }));
      console.log(`${type}-${i + 1}: ${JSON.stringify(drawn.truth)}`);
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
