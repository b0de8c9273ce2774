import { appendFileSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { ANALYSIS_MAX_SIDE, decodeRgb, recaptureEvidence } from '@uplift/authenticity';
import { Rng } from '@uplift/evidence-synth';
import { REPO_ROOT } from '../heldout-set';
import { recordedKeys } from '../recorded-keys';
import { CACHE_DIR } from './training-cache';

// Training tool: a weakened copy of every other cached genuine and recaptured training image
// (cache-training-images.ts; training generators only), as apps and messengers weaken a photo: an
// area or kernel downscale to 45-85 %, sometimes a slight blur (denoise), JPEG at quality 70-92. The
// training recaptures show their screen far more plainly than recaptures taken further away, out of
// focus or downscaled (their lattice peaks stand out much more), and genuine photos go through the
// same apps: both classes are weakened alike, so the degradation itself says nothing. Rows get the
// original's group (cross-validation keeps them together) and kind + '/weakened'. Seeded per image.
// Usage: node bench/authenticity/dist/train/augment-cache.js <name> [k=0] [m=1]

export const WEAKEN_SEED0 = 90_000;

interface Meta {
  id: string;
  label: string;
  kind: string;
  group: string;
}

async function weaken(bytes: Buffer, r: Rng): Promise<Buffer> {
  const meta = await sharp(bytes).metadata();
  const k = 0.45 + r.next() * 0.4;
  const kernel = r.pick(['lanczos3', 'cubic', 'linear', 'mitchell'] as const);
  let img = sharp(bytes).resize({
    width: Math.max(64, Math.round((meta.width ?? 1) * k)),
    height: Math.max(64, Math.round((meta.height ?? 1) * k)),
    fit: 'fill',
    kernel,
  });
  if (r.next() < 0.4) img = img.blur(0.5 + r.next() * 0.7);
  return img.jpeg({ quality: r.int(70, 92), chromaSubsampling: r.next() < 0.8 ? '4:2:0' : '4:4:4' }).toBuffer();
}

/** FNV-1a of an image id: which images are weakened (even hashes) and each one's seed, whatever else is cached. */
function idHash(id: string): number {
  let h = 2166136261;
  for (let i = 0; i < id.length; i += 1) h = Math.imul(h ^ id.charCodeAt(i), 16777619) >>> 0;
  return h;
}

async function main(): Promise<void> {
  const [name = 'weakened', k = '0', m = '1'] = process.argv.slice(2);
  const file = join(REPO_ROOT, '.tools', 'auth-train', `${name}.jsonl`);
  const done = recordedKeys(file, 'id');
  const metas = readdirSync(CACHE_DIR)
    .filter((f) => f.endsWith('.bin.json'))
    .sort()
    .filter((_, i) => i % Number(m) === Number(k));
  for (const metaFile of metas) {
    const meta = JSON.parse(readFileSync(join(CACHE_DIR, metaFile), 'utf8')) as Meta;
    const h = idHash(meta.id);
    if (meta.label === 'edit' || h % 2 !== 0 || done.has(`${meta.id}:weakened`)) continue;
    const r = new Rng(WEAKEN_SEED0 + (h % 100_000));
    const bytes = await weaken(readFileSync(join(CACHE_DIR, metaFile.replace(/\.json$/, ''))), r);
    const { rgb, scale } = await decodeRgb(bytes, ANALYSIS_MAX_SIDE);
    const features = recaptureEvidence(rgb, scale).features;
    appendFileSync(file, `${JSON.stringify({ ...meta, id: `${meta.id}:weakened`, kind: `${meta.kind}/weakened`, features })}\n`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
