import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ANALYSIS_MAX_SIDE, decodeRgb, recaptureEvidence } from '@uplift/authenticity';
import { REPO_ROOT } from '../heldout-set';
import { recordedKeys } from '../recorded-keys';
import { simSet } from './sim-set';

// Training tool: renders the simulator's item sets (sim-set.ts; training generators only), keeps each
// image's bytes in .tools/auth-train/<cache>/ (as cache-training-images.ts does; images already there
// are read back instead of rendered) and appends its recapture features, in dump-features.ts's row
// format, to .tools/auth-train/<name>.jsonl (ids already there are skipped). Shard k of m takes every
// m-th set. Rows: source 'own', group 'sim:<i>', kinds sim/desk_photo and sim/recapture.
// Usage: node bench/authenticity/dist/train/sim-features.js <name> <from> <to> [k=0] [m=1] [cache=cache-sim]

async function main(): Promise<void> {
  const [name = 'sim', from = '0', to = '100', k = '0', m = '1', cacheName = 'cache-sim'] = process.argv.slice(2);
  const dir = join(REPO_ROOT, '.tools', 'auth-train', cacheName);
  mkdirSync(dir, { recursive: true });
  const file = join(REPO_ROOT, '.tools', 'auth-train', `${name}.jsonl`);
  const done = recordedKeys(file, 'id');
  for (let i = Number(from); i < Number(to); i += 1) {
    if (i % Number(m) !== Number(k)) continue;
    const ids = [`sim:${i}:photo`, `sim:${i}:recapture`];
    if (ids.every((id) => done.has(id))) continue;
    const t0 = Date.now();
    const cached = ids.map((id) => join(dir, `${id.replace(/:/g, '_')}.bin`));
    let bytes: Buffer[];
    let params: Array<Record<string, unknown>>;
    if (cached.every((f) => existsSync(f) && existsSync(`${f}.json`))) {
      bytes = cached.map((f) => readFileSync(f));
      params = cached.map((f) => (JSON.parse(readFileSync(`${f}.json`, 'utf8')) as { params: Record<string, unknown> }).params);
    } else {
      const set = await simSet(i);
      bytes = [set.photo, set.recapture];
      params = [
        { ...set.photoParams, page: set.pageKind },
        { ...set.recaptureParams, page: set.pageKind },
      ];
    }
    const renderMs = Date.now() - t0;
    for (let j = 0; j < 2; j += 1) {
      const id = ids[j] as string;
      const meta = {
        id,
        source: 'own',
        label: j === 0 ? 'genuine' : 'recapture',
        group: `sim:${i}`,
        kind: j === 0 ? 'sim/desk_photo' : 'sim/recapture',
        type: 'document',
        params: params[j],
      };
      writeFileSync(`${cached[j] as string}.json`, JSON.stringify(meta));
      writeFileSync(cached[j] as string, bytes[j] as Buffer);
      if (done.has(id)) continue;
      const t = Date.now();
      const { rgb, scale } = await decodeRgb(bytes[j] as Buffer, ANALYSIS_MAX_SIDE);
      const features = recaptureEvidence(rgb, scale).features;
      const { params: _p, ...row } = meta;
      appendFileSync(file, `${JSON.stringify({ ...row, ms: Date.now() - t, renderMs, features })}\n`);
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
