import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { decodeRgb, doubleJpegOf, noiseResidual } from '@uplift/authenticity';
import { REPO_ROOT } from '../heldout-set';
import { EDIT_SET_DIR, loadEditSet } from './edit-set';
import { recordedKeys } from '../recorded-keys';

// Training tool: the edit evidence (compression traces, noise residual) of every image of the edit
// calibration set (edit-set.ts: training photos only), appended to .tools/auth-train/<name>.jsonl;
// images already there are skipped. Usage: node bench/authenticity/dist/train/edit-scores.js [name=edit-scores]

async function main(): Promise<void> {
  const [name = 'edit-scores'] = process.argv.slice(2);
  const file = join(REPO_ROOT, '.tools', 'auth-train', `${name}.jsonl`);
  const done = recordedKeys(file, 'file');
  for (const row of loadEditSet().filter((r) => !done.has(r.file))) {
    const bytes = readFileSync(join(EDIT_SET_DIR, row.file));
    const { rgb } = await decodeRgb(bytes, Number.POSITIVE_INFINITY);
    const orientation = (await sharp(bytes).metadata()).orientation ?? 1;
    const t = Date.now();
    const dq = doubleJpegOf(rgb, bytes, orientation);
    const t1 = Date.now();
    const noise = noiseResidual(rgb);
    const t2 = Date.now();
    appendFileSync(
      file,
      `${JSON.stringify({ ...row, doubleJpeg: dq.score, z: dq.evidence, noise: { clean: noise.clean, noisy: noise.noisy, cells: noise.cells }, ms: { dq: t1 - t, noise: t2 - t1 } })}\n`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
