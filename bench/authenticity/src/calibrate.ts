import { writeFileSync } from 'node:fs';
import { detectDoubleJpeg, detectRecapture } from '@uplift/authenticity';
import { TRAINING_SEED0, EVALUATION_SEED0, itemSet } from './dataset';

// Feature dump on TRAINING seeds only (TRAINING_SEED0 + i < EVALUATION_SEED0): the calibrations in
// @uplift/authenticity (recapture logistic weights, the double-JPEG evidence centre and gain thresholds) were fitted on this
// output. Usage: node bench/authenticity/dist/calibrate.js [n] [out.json]

async function main(): Promise<void> {
  const n = Number(process.argv[2] ?? 30);
  if (TRAINING_SEED0 + n >= EVALUATION_SEED0) throw new Error('training seeds would overlap the evaluation seeds');
  const rows: unknown[] = [];
  let donor: Buffer | null = null;
  for (let i = 0; i < n; i += 1) {
    const s = await itemSet(TRAINING_SEED0, i, donor);
    donor = s.g.jpeg;
    for (const [bytes, label, set] of [[s.g.jpeg, 0, 'genuine'], [s.recapture, 1, 'recapture']] as const) {
      const rc = await detectRecapture(bytes);
      rows.push({ task: 'recapture', i, label, set, score: rc.score, features: rc.features });
    }
    for (const [bytes, label, set] of [[s.g.jpeg, 0, 'genuine'], [s.control, 0, 'resaved'], [s.edited, 1, s.kind]] as const) {
      const t = Date.now();
      const dq = await detectDoubleJpeg(bytes);
      const ms = Date.now() - t;
      rows.push({ task: 'edit', i, label, set, dq: { evidence: dq.evidence, frequencies: dq.frequencies, steps: dq.primarySteps, ms } });
    }
    if ((i + 1) % 10 === 0) console.error(`${i + 1}/${n}`);
  }
  writeFileSync(process.argv[3] ?? '/tmp/auth-features.json', JSON.stringify(rows, null, 1));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
