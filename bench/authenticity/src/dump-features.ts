import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { ANALYSIS_MAX_SIDE, decodeRgb, detectCopyMove, doubleJpegOf, recaptureEvidence, reducePlanes } from '@uplift/authenticity';
import { REPO_ROOT } from './heldout-set';
import { ownTrainingItems, periodicTrainingItems, projectTrainingItems, type TrainingItem } from './training-set';
import { recordedKeys } from './recorded-keys';

// Training tool: raw recapture features and the advisory checks' scores of every training image
// (project generator training seeds, own training generator; never the independent set), appended to
// .tools/auth-train/<name>.jsonl; images already in the file are skipped. Shard k of m runs every
// m-th item set, so two processes can share the work.
// Usage: node bench/authenticity/dist/dump-features.js <name> [ownSets=150] [projectSets=40] [k=0] [m=1] [periodic=0]

async function main(): Promise<void> {
  const [name = 'recapture', ownN = '150', projectN = '40', k = '0', m = '1', periodicN = '0'] = process.argv.slice(2);
  const dir = join(REPO_ROOT, '.tools', 'auth-train');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}.jsonl`);
  const done = recordedKeys(file, 'id');
  const shard = (item: TrainingItem): boolean => Number(item.group.split(':')[1]) % Number(m) === Number(k);

  const index = (item: TrainingItem): number => Number(item.group.split(':')[1]);
  // Interleaved by set index, so that a run stopped early still holds both generators.
  const items = [...ownTrainingItems(Number(ownN)), ...projectTrainingItems(Number(projectN)), ...periodicTrainingItems(Number(periodicN))]
    .filter((i) => shard(i) && !done.has(i.id))
    .sort((a, b) => index(a) - index(b));
  console.log(`${items.length} images to analyse (${done.size} already in ${file})`);
  const t0 = Date.now();
  let n = 0;
  for (const item of items) {
    const bytes = await item.bytes();
    const t = Date.now();
    const { rgb, scale } = await decodeRgb(bytes, ANALYSIS_MAX_SIDE);
    const features = recaptureEvidence(rgb, scale).features;
    const ms = Date.now() - t;
    const full = await decodeRgb(bytes, Number.POSITIVE_INFINITY);
    const orientation = (await sharp(bytes).metadata()).orientation ?? 1;
    const dq = doubleJpegOf(full.rgb, bytes, orientation);
    const copyMove = detectCopyMove(reducePlanes(full.rgb, 1024).luma).score;
    const { bytes: _bytes, ...meta } = item;
    appendFileSync(
      file,
      `${JSON.stringify({ ...meta, ms, scores: { doubleJpeg: dq.score, doubleJpegZ: dq.evidence, copyMove }, features })}\n`,
    );
    n += 1;
    if (n % 20 === 0) console.log(`${n}/${items.length} (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
