import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { ADVISORY_SHOW, detectCopyMove, detectDoubleJpeg, DOUBLE_JPEG_CALIBRATION, decodeRgb, reducePlanes } from '@uplift/authenticity';
import { genuine, TRAINING_SEED0 } from '../dataset';
import { REPO_ROOT } from '../heldout-set';
import { quantile, round } from '../roc';

// Where the advisory edit checks start showing a finding, read on genuine TRAINING images only: the
// project generator's training seeds as captured, copied to PNG and re-saved finer (honest ways a
// genuine photo reaches us), and the genuine rows of a dump-features.ts file (own generator).
// Prints the quantiles; policy.ts / double-jpeg.ts carry the chosen values (docs/adr/0019).
// Usage: node bench/authenticity/dist/train/advisory-thresholds.js [sets=40] [dump=.tools/auth-train/own-v1.jsonl]

interface Scores {
  z: number[];
  copyMove: number[];
}

async function projectGenuine(n: number): Promise<Scores> {
  const out: Scores = { z: [], copyMove: [] };
  for (let i = 0; i < n; i += 1) {
    const { jpeg } = await genuine(TRAINING_SEED0, i);
    const variants = [
      jpeg,
      await sharp(jpeg).png().toBuffer(),
      await sharp(jpeg)
        .jpeg({ quality: 90 + (i % 7) })
        .toBuffer(),
    ];
    for (const v of variants) {
      out.z.push((await detectDoubleJpeg(v)).evidence);
      const { rgb } = await decodeRgb(v, Number.POSITIVE_INFINITY);
      out.copyMove.push(detectCopyMove(reducePlanes(rgb, 1024).luma).score);
    }
  }
  return out;
}

/** Calibration the first dumps were written with (they kept the score, not the z-score). */
const DUMP_CALIBRATION_V4 = { centre: 14, width: 3 };

function dumped(file: string): Scores {
  const rows = readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { label: string; scores?: { doubleJpeg: number; doubleJpegZ?: number; copyMove: number } });
  const g = rows.flatMap((r) => (r.label === 'genuine' && r.scores ? [r.scores] : []));
  const z = (s: { doubleJpeg: number; doubleJpegZ?: number }): number => {
    if (s.doubleJpegZ !== undefined) return s.doubleJpegZ;
    if (s.doubleJpeg <= 0) return 0;
    const p = Math.min(s.doubleJpeg, 1 - 1e-12);
    return DUMP_CALIBRATION_V4.centre + DUMP_CALIBRATION_V4.width * Math.log(p / (1 - p));
  };
  return { z: g.map(z), copyMove: g.map((s) => s.copyMove) };
}

const describe = (xs: readonly number[]): string =>
  `n ${xs.length}  q50 ${round(quantile(xs, 0.5))}  q95 ${round(quantile(xs, 0.95))}  q99 ${round(quantile(xs, 0.99))}  q99.5 ${round(quantile(xs, 0.995))}  max ${round(Math.max(...xs))}`;

async function main(): Promise<void> {
  const n = Number(process.argv[2] ?? 40);
  const file = process.argv[3] ?? join(REPO_ROOT, '.tools', 'auth-train', 'own-v1.jsonl');
  const p = await projectGenuine(n);
  const own = dumped(file);
  const c = DOUBLE_JPEG_CALIBRATION;
  const zShow = c.centre + c.width * Math.log(ADVISORY_SHOW.doubleCompression / (1 - ADVISORY_SHOW.doubleCompression));
  console.log(`double compression z on project genuine (camera, PNG copy, finer re-save): ${describe(p.z)}`);
  console.log(
    `  shipped calibration ${JSON.stringify(c)} shows a finding from z ${round(zShow)}: ${p.z.filter((z) => z >= zShow).length}/${p.z.length} genuine shown`,
  );
  console.log(
    `double compression z on dumped genuine (own and project generators): ${describe(own.z)}; shown ${own.z.filter((z) => z >= zShow).length}/${own.z.length}`,
  );
  const cm = [...p.copyMove, ...own.copyMove];
  console.log(
    `copy-move score on genuine (project + own): ${describe(cm)}; at or above ${ADVISORY_SHOW.copyMove}: ${cm.filter((s) => s >= ADVISORY_SHOW.copyMove).length}/${cm.length}`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
