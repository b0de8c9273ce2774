import { appendFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ANALYSIS_MAX_SIDE, chromaBandFeatures, decodeRgb, recaptureEvidence } from '@uplift/authenticity';
import { REPO_ROOT } from '../heldout-set';
import { recordedKeys } from '../recorded-keys';
import { CACHE_DIR } from './training-cache';

// Training tool: the recapture features of the training images cached by cache-training-images.ts
// (training generators only), in dump-features.ts's row format without the other checks' scores,
// appended to .tools/auth-train/<name>.jsonl; images already there are skipped. Shard k of m takes
// every m-th cached image. With a fourth argument (an earlier features file of the same images, e.g.
// own-v2.jsonl) only the colour-band features (recapture/chroma-bands.ts) are computed and added to
// that file's features of the image: the other features' code is unchanged, so they are the same.
// Usage: node bench/authenticity/dist/train/features-from-cache.js <name> [k=0] [m=1] [onto.jsonl]

async function main(): Promise<void> {
  const [name = 'recapture', k = '0', m = '1', onto] = process.argv.slice(2);
  const earlier = new Map(
    onto
      ? readFileSync(onto, 'utf8')
          .split('\n')
          .filter(Boolean)
          .map((l) => JSON.parse(l) as { id: string; features: Record<string, number> })
          .map((r) => [r.id, r.features] as const)
      : [],
  );
  const file = join(REPO_ROOT, '.tools', 'auth-train', `${name}.jsonl`);
  const done = recordedKeys(file, 'id');
  const metas = readdirSync(CACHE_DIR)
    .filter((f) => f.endsWith('.bin.json'))
    .sort()
    .filter((_, i) => i % Number(m) === Number(k));
  for (const metaFile of metas) {
    const bin = join(CACHE_DIR, metaFile.replace(/\.json$/, ''));
    if (!existsSync(bin)) continue;
    const meta = JSON.parse(readFileSync(join(CACHE_DIR, metaFile), 'utf8')) as { id: string };
    if (done.has(meta.id)) continue;
    const t = Date.now();
    const { rgb, scale } = await decodeRgb(readFileSync(bin), ANALYSIS_MAX_SIDE);
    const base = earlier.get(meta.id);
    if (onto && !base) continue;
    const features = base ? { ...base, ...chromaBandFeatures(rgb) } : recaptureEvidence(rgb, scale).features;
    appendFileSync(file, `${JSON.stringify({ ...meta, ms: Date.now() - t, features })}\n`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
