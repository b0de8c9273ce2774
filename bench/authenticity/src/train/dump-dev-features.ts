import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ANALYSIS_MAX_SIDE, decodeRgb, recaptureEvidence } from '@uplift/authenticity';
import { heldoutDir, loadHeldoutSet, REPO_ROOT } from '../heldout-set';
import { recordedKeys } from '../recorded-keys';

// Dev tool: recapture features of the independent set's "calibration" half ONLY (split_hint ===
// 'calibration'), for choosing between model variants trained on the training generators. Rows of the
// "heldout" half are never read. Never used as training rows (train-recapture.ts refuses them).
// Usage: node bench/authenticity/dist/train/dump-dev-features.js [seed=1] [name=dev-calibration-<seed>]

function main(): void {
  const seed = Number(process.argv[2] ?? 1);
  const set = loadHeldoutSet(heldoutDir(seed), seed);
  const file = join(REPO_ROOT, '.tools', 'auth-train', `${process.argv[3] ?? `dev-calibration-${seed}`}.jsonl`);
  const done = recordedKeys(file, 'file');
  const rows = set.rows.filter((r) => r.split_hint === 'calibration' && (r.label === 'genuine' || r.label === 'recapture'));
  void (async () => {
    for (const row of rows.filter((r) => !done.has(r.file))) {
      const { rgb, scale } = await decodeRgb(readFileSync(join(set.dir, row.file)), ANALYSIS_MAX_SIDE);
      const features = recaptureEvidence(rgb, scale).features;
      appendFileSync(file, `${JSON.stringify({ file: row.file, label: row.label, source: 'independent-calibration', features })}\n`);
    }
  })();
}

main();
