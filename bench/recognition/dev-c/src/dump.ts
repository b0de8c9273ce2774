// node bench/recognition/dev-c/dist/dump.js <dir> [perType] [seed] [types]: writes devc-<type>-<n>.jpg and prints truth.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generateDevC } from './index';

async function main(): Promise<void> {
  const [dir = '/tmp/devc', per = '1', seed = '20261130', only] = process.argv.slice(2);
  await mkdir(dir, { recursive: true });
  const types = only ? new Set(only.split(',')) : null;
  for await (const doc of generateDevC({ seed: Number(seed), perType: Number(per), types })) {
    await writeFile(join(dir, `${doc.id}.jpg`), doc.bytes);
    console.log(JSON.stringify({ id: doc.id, wording: doc.wording, truth: doc.truth, amountFields: doc.amountFields }));
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
