import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { CACHE_DIR, cacheFile } from './training-cache';
import { ownTrainingItems, periodicTrainingItems, projectTrainingItems, type TrainingItem } from '../training-set';

// Training tool: writes the bytes of every training image (the same items as dump-features.ts: own
// sets, project training seeds, printed-periodicity photos; never the independent set) to
// .tools/auth-train/cache/<id>.bin with an index line per image, so that new recapture features can
// be computed without rendering the generators again (features-from-cache.ts). Shard k of m runs
// every m-th item set; images already cached are skipped.
// Usage: node bench/authenticity/dist/train/cache-training-images.js [ownSets=137] [projectSets=40] [periodic=60] [k=0] [m=1]

async function main(): Promise<void> {
  const [ownN = '137', projectN = '40', periodicN = '60', k = '0', m = '1'] = process.argv.slice(2);
  mkdirSync(CACHE_DIR, { recursive: true });
  const index = (item: TrainingItem): number => Number(item.group.split(':')[1]);
  const items = [...ownTrainingItems(Number(ownN)), ...projectTrainingItems(Number(projectN)), ...periodicTrainingItems(Number(periodicN))]
    .filter((i) => index(i) % Number(m) === Number(k) && !existsSync(cacheFile(i.id)))
    .sort((a, b) => index(a) - index(b));
  console.log(`${items.length} images to cache`);
  let n = 0;
  for (const item of items) {
    const bytes = await item.bytes();
    const { bytes: _bytes, ...meta } = item;
    writeFileSync(`${cacheFile(item.id)}.json`, JSON.stringify(meta));
    writeFileSync(cacheFile(item.id), bytes);
    n += 1;
    if (n % 20 === 0) console.log(`${n}/${items.length}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
