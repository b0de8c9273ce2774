import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ANALYSIS_MAX_SIDE, chromaBandFeatures, decodeRgb } from '@uplift/authenticity';
import { heldoutDir, loadHeldoutSet, REPO_ROOT } from '../heldout-set';
import { recordedKeys } from '../recorded-keys';

// Dev tool: adds the colour-band features (recapture/chroma-bands.ts) to an earlier
// dump-dev-features.ts file of the independent set's CALIBRATION half (rows with split_hint ===
// 'calibration' only; the held-out half is never read), written as a new file. Measurement only:
// never training rows.
// Usage: node bench/authenticity/dist/train/dev-bands.js <from.jsonl> <to-name> [seed=1]

interface DevRow {
  file: string;
  label: string;
  source: string;
  features: Record<string, number>;
}

function main(): void {
  const [from = '', name = 'dev-calibration-bands', seedArg = '1'] = process.argv.slice(2);
  const seed = Number(seedArg);
  const set = loadHeldoutSet(heldoutDir(seed), seed);
  const calibration = new Set(set.rows.filter((r) => r.split_hint === 'calibration').map((r) => r.file));
  const file = join(REPO_ROOT, '.tools', 'auth-train', `${name}.jsonl`);
  const done = recordedKeys(file, 'file');
  const rows = readFileSync(from, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as DevRow);
  void (async () => {
    for (const row of rows.filter((r) => !done.has(r.file))) {
      if (!calibration.has(row.file)) throw new Error(`${row.file} is not a calibration row`);
      const { rgb } = await decodeRgb(readFileSync(join(set.dir, row.file)), ANALYSIS_MAX_SIDE);
      appendFileSync(file, `${JSON.stringify({ ...row, features: { ...row.features, ...chromaBandFeatures(rgb) } })}\n`);
    }
  })();
}

main();
