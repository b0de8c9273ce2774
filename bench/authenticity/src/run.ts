import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyseImage, fingerprintImage, fingerprintSimilarity, hammingDistance, type ImageFingerprint } from '@uplift/authenticity';
import { VOUCHER_TYPES } from '@uplift/domain';
import { EVALUATION_SEED0, itemSet } from './dataset';
import { nearDuplicate, type CopyKind } from './near-duplicates';
import { rocAuc, tprAtFpr } from './roc';

// Labelled authenticity benchmark. Evaluation seeds start at 10 000; the calibrations in
// @uplift/authenticity were fitted on training seeds 1000-1089 (bench/authenticity/src/calibrate.ts) only. N per class: AUTH_BENCH_N (default 40).

const N = Number(process.env['AUTH_BENCH_N'] ?? 40);
const SEED0 = EVALUATION_SEED0;
const TYPES = VOUCHER_TYPES.map((v) => v.id);

interface Scored { label: 0 | 1; score: number; kind: string }

function summary(rows: Scored[]): { auc: number; tprAt1pctFpr: number; thresholdAt1pctFpr: number; positives: number; negatives: number } {
  const pos = rows.filter((r) => r.label === 1).map((r) => r.score);
  const neg = rows.filter((r) => r.label === 0).map((r) => r.score);
  const t = tprAtFpr(pos, neg, 0.01);
  return { auc: round(rocAuc(pos, neg)), tprAt1pctFpr: round(t.tpr), thresholdAt1pctFpr: round(t.threshold), positives: pos.length, negatives: neg.length };
}

const round = (x: number): number => Math.round(x * 10_000) / 10_000;

async function main(): Promise<void> {
  const started = Date.now();
  const recapture: Scored[] = [];
  const copyMove: Scored[] = [];
  const edit: Scored[] = [];
  const doubleJpeg: Scored[] = [];
  const perImage: number[] = [];
  const originals: ImageFingerprint[] = [];
  const copies: Array<{ fp: ImageFingerprint; kind: CopyKind; of: number }> = [];
  const copyKinds: CopyKind[] = ['crop', 'recompress', 'resize', 'colour_shift'];
  let donor: Buffer | null = null;
  for (let i = 0; i < N; i += 1) {
    const { g, recapture: rcJpeg, control, edited, kind, r } = await itemSet(SEED0, i, donor);
    donor = g.jpeg;
    for (const [bytes, label, set] of [[g.jpeg, 0, 'genuine'], [rcJpeg, 1, 'recapture'], [control, 0, 'resaved'], [edited, 1, kind]] as const) {
      const t = Date.now();
      const a = await analyseImage(bytes, { uploadedAt: new Date().toISOString() });
      perImage.push((Date.now() - t) / 1000);
      if (set === 'genuine' || set === 'recapture') recapture.push({ label, score: a.scores.recapture, kind: set });
      // Edit detectors must stay quiet on never re-saved captures as well as on honest re-saves.
      if (set !== 'recapture') {
        copyMove.push({ label, score: a.scores.copyMove, kind: set });
        doubleJpeg.push({ label, score: a.scores.doubleJpeg, kind: set });
        edit.push({ label, score: a.scores.edit, kind: set });
      }
      if (set === 'genuine') originals.push(a.fingerprint);
    }
    const ck = copyKinds[i % copyKinds.length] as CopyKind;
    copies.push({ fp: await fingerprintImage(await nearDuplicate(g.jpeg, ck, r)), kind: ck, of: i });
    if ((i + 1) % 10 === 0) console.log(`[bench:authenticity] ${i + 1}/${N} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  }
  const reuse: Scored[] = [];
  for (const c of copies) {
    originals.forEach((o, j) => reuse.push({ label: j === c.of ? 1 : 0, score: fingerprintSimilarity(o, c.fp, hammingDistance), kind: j === c.of ? c.kind : 'unrelated' }));
  }
  const byKind = (rows: Scored[]): Record<string, number> => {
    const out: Record<string, number> = {};
    for (const k of new Set(rows.filter((r) => r.label === 1).map((r) => r.kind))) {
      out[k] = round(rocAuc(rows.filter((r) => r.kind === k).map((r) => r.score), rows.filter((r) => r.label === 0).map((r) => r.score)));
    }
    return out;
  };
  const sorted = [...perImage].sort((a, b) => a - b);
  const result = {
    generatedAt: new Date().toISOString(),
    set: { perClass: N, evaluationSeedsFrom: SEED0, voucherTypes: TYPES.length, note: 'synthetic: @uplift/evidence-synth renders + simulated LCD recapture / edits / copies' },
    detectors: {
      screen_recapture: { ...summary(recapture), aucByKind: byKind(recapture) },
      edits_combined: { ...summary(edit), aucByKind: byKind(edit) },
      double_jpeg: { ...summary(doubleJpeg), aucByKind: byKind(doubleJpeg) },
      copy_move: { ...summary(copyMove), aucByKind: byKind(copyMove) },
      reuse: { ...summary(reuse), aucByKind: byKind(reuse) },
    },
    secondsPerImage: { mean: round(perImage.reduce((s, v) => s + v, 0) / perImage.length), p95: round(sorted[Math.floor(sorted.length * 0.95)] ?? 0), max: round(sorted[sorted.length - 1] ?? 0), images: perImage.length },
    goals: { recaptureAuc: 0.97, editsAuc: 0.95, reuseAuc: 0.99, secondsPerImage: 1 },
    wallSeconds: round((Date.now() - started) / 1000),
  };
  console.log(JSON.stringify(result, null, 2));
  const dir = join(__dirname, '..', '..', 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'authenticity.json'), `${JSON.stringify(result, null, 2)}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
