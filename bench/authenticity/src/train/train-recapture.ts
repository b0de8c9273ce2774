import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../heldout-set';
import { rocAuc, round, tprAtFpr } from '../roc';
import { DEFAULT_GBT, outOfFold, rowLogOdds, trainGbt, type GbtOptions, type TrainingData } from './gbt';
import { thresholdsFromGenuine, widenIntoGap } from './thresholds';

// Fits the recapture model on the training features (dump-features.ts output: the project
// generator's training seeds and the own training generator; nothing from the independent set),
// reports grouped 5-fold out-of-fold figures, sets the finding thresholds from the out-of-fold
// scores of genuine images, and writes libs/authenticity/src/recapture/recapture-model.json.
// With a fourth argument (a dump-dev-features.ts file of the independent set's CALIBRATION half, never
// its held-out half) it also prints, as a dev measurement only, each feature's AUC on the training rows
// and on those rows, and the fitted model's AUC there: which features transfer. Those rows are never
// fitted on.
// A sixth argument sets the GBT seed (seed-to-seed spread when comparing variants); with
// RECAPTURE_DRY_RUN=1 nothing is written (neither the model nor the .oof.jsonl file). The out-of-fold
// scores go next to the first features file (<name>.oof.jsonl) unless RECAPTURE_OOF_FILE names another
// file (the training folder is shared: earlier runs' files are kept).
// Usage: node bench/authenticity/dist/train/train-recapture.js <features.jsonl[,more.jsonl]> <version> [recipe=v3] [dev-calibration.jsonl] [seed]

interface Row {
  id: string;
  source: string;
  label: string;
  group: string;
  type: string;
  kind: string;
  features: Record<string, number>;
}

/**
 * Target false-positive rates on out-of-fold genuine training scores (threshold rule since own-v4;
 * docs/adr/0019 and 0039). The goals are at most 5 % of genuine photos with any recapture finding and at most 1 % with a
 * critical one, per voucher type. Warning: the 5 % goal divided by 2.5 (2 %), a margin for genuine
 * evidence that scores higher than the training images. Critical: the 1 % goal itself, which the
 * quantile rule keeps on the training rows (at most 1 % of them at or above it): below 1 % the quantile
 * of a few hundred genuine rows rests on its one or two highest images. (Until own-v3: 0.5 % / 0.1 %,
 * then moved into the gap, ADR 19.)
 */
const WARNING_FPR = 0.02;
const CRITICAL_FPR = 0.01;
/**
 * Detection the thresholds may give up on training recaptures to move into the score gap (ADR 19):
 * none by default. Widening assumed a gap between the genuine and the recaptured training scores;
 * since own-v4's simulated images the two overlap (out-of-fold AUC 0.96), so moving up only trades
 * detected recaptures for genuine images the targets above already keep under the goals.
 * RECAPTURE_GAP_TOLERANCE=0.01,0.05 (warning, critical) applies ADR 19's widening (own-v1 to own-v3).
 */
function gapTolerance(): { warning: number; critical: number } | null {
  const spec = process.env.RECAPTURE_GAP_TOLERANCE;
  if (!spec) return null;
  const [warning, critical] = spec.split(',').map(Number);
  if (warning === undefined || critical === undefined || !Number.isFinite(warning) || !Number.isFinite(critical))
    throw new Error(`RECAPTURE_GAP_TOLERANCE=${spec}: expected <warning>,<critical>`);
  return { warning, critical };
}

/**
 * Training recipes. v1: every feature, 200 trees of depth 3. v2: without the ring profiles (luma,
 * flatness, texture and chroma by distance from the centre: how the page sits in the frame, which the
 * training generators draw their own way), 120 trees of depth 2 on half the features each: the model
 * leans on sub-pixel colour structure, borders, glare and paper texture (docs/adr/0031). v3: the v2
 * features, 200 stumps (depth 1): an additive model, each feature's contribution learned alone, so no
 * interaction between features that only one training generator draws together (docs/adr/0039).
 */
const RECIPES: Record<string, { drop: (feature: string) => boolean; options: GbtOptions }> = {
  v1: { drop: () => false, options: DEFAULT_GBT },
  v2: { drop: (f) => f.startsWith('ring'), options: { ...DEFAULT_GBT, trees: 120, depth: 2, minLeaf: 15, colsample: 0.5 } },
  v3: { drop: (f) => f.startsWith('ring'), options: { ...DEFAULT_GBT, trees: 200, depth: 1, minLeaf: 15, colsample: 0.5 } },
  'v2-deep': { drop: (f) => f.startsWith('ring'), options: DEFAULT_GBT },
};

interface DevRow {
  file: string;
  label: string;
  source: string;
  features: Record<string, number>;
}

/** Dev measurement on the calibration half: per-feature AUC (training rows vs dev rows) and the model's AUC. */
function devReport(devFile: string, rows: Row[], features: string[], model: ReturnType<typeof trainGbt>): void {
  const dev = readFileSync(devFile, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as DevRow);
  if (dev.some((r) => r.source !== 'independent-calibration')) throw new Error('dev rows must come from the calibration half only');
  const split = <T extends { label: string; features: Record<string, number> }>(set: T[], f: (r: T) => number): [number[], number[]] => [
    set.filter((r) => r.label === 'recapture').map(f),
    set.filter((r) => r.label === 'genuine').map(f),
  ];
  console.log('feature                  train AUC  dev AUC (calibration half, measurement only)');
  for (const name of features) {
    const get = (r: { features: Record<string, number> }): number => r.features[name] ?? 0;
    console.log(
      `${name.padEnd(24)} ${round(rocAuc(...split(rows, get)))
        .toFixed(3)
        .padStart(9)}  ${round(rocAuc(...split(dev, get)))
        .toFixed(3)
        .padStart(7)}`,
    );
  }
  const score = (r: DevRow): number =>
    rowLogOdds(
      model,
      features.map((f) => r.features[f] ?? 0),
    );
  const [pos, neg] = split(dev, score);
  console.log(`model on the calibration half: AUC ${round(rocAuc(pos, neg))}  TPR@1%FPR ${round(tprAtFpr(pos, neg, 0.01).tpr)}`);
}

function main(): void {
  const file = process.argv[2] ?? join(REPO_ROOT, '.tools', 'auth-train', 'recapture.jsonl');
  const version = process.argv[3] ?? 'recapture-gbt/dev';
  // Several feature files may be given, comma-separated (e.g. the images and their weakened copies).
  const rows = file
    .split(',')
    .flatMap((f) => readFileSync(f, 'utf8').split('\n').filter(Boolean))
    .map((l) => JSON.parse(l) as Row);
  if (rows.some((r) => r.source !== 'own' && r.source !== 'project'))
    throw new Error('rows from outside the training generators in the training file');
  const recipeName = process.argv[4] ?? 'v3';
  const chosen = RECIPES[recipeName];
  if (!chosen) throw new Error(`unknown recipe ${recipeName}: ${Object.keys(RECIPES).join(', ')}`);
  const seedArg = process.argv[6];
  const recipe = seedArg ? { ...chosen, options: { ...chosen.options, seed: Number(seedArg) } } : chosen;
  const dryRun = process.env.RECAPTURE_DRY_RUN === '1';
  const features = Object.keys(rows[0]?.features ?? {})
    .filter((f) => !recipe.drop(f))
    .sort();
  const positives = rows.filter((r) => r.label === 'recapture').length;
  // Balance the classes: recaptures are the minority.
  const wPos = (rows.length - positives) / Math.max(1, positives);
  const data: TrainingData = {
    features,
    x: rows.map((r) => features.map((f) => r.features[f] ?? 0)),
    y: rows.map((r) => (r.label === 'recapture' ? 1 : 0)),
    w: rows.map((r) => (r.label === 'recapture' ? wPos : 1)),
  };
  const oof = outOfFold(
    data,
    rows.map((r) => r.group),
    5,
    recipe.options,
  );
  const report = (name: string, keep: (r: Row) => boolean): void => {
    const idx = rows.map((r, i) => (keep(r) ? i : -1)).filter((i) => i >= 0);
    const pos = idx.filter((i) => rows[i]?.label === 'recapture').map((i) => oof[i] as number);
    const neg = idx.filter((i) => rows[i]?.label === 'genuine').map((i) => oof[i] as number);
    console.log(
      `${name.padEnd(28)} recaptures ${String(pos.length).padStart(4)} genuine ${String(neg.length).padStart(4)}  OOF AUC ${round(rocAuc(pos, neg))}  TPR@1%FPR ${round(tprAtFpr(pos, neg, 0.01).tpr)}`,
    );
  };
  report('all', () => true);
  for (const s of [...new Set(rows.map((r) => r.source))].sort()) report(`source ${s}`, (r) => r.source === s);
  for (const k of [...new Set(rows.map((r) => r.kind))].sort()) report(`kind ${k}`, (r) => r.label !== 'recapture' || r.kind === k);
  if (!dryRun)
    writeFileSync(
      process.env.RECAPTURE_OOF_FILE ?? (file.split(',')[0] ?? file).replace(/\.jsonl$/, '.oof.jsonl'),
      rows.map((r, i) => JSON.stringify({ id: r.id, label: r.label, kind: r.kind, oof: oof[i] })).join('\n'),
    );
  const genuine = rows.map((r, i) => ({ r, s: oof[i] as number })).filter(({ r }) => r.label === 'genuine');
  // The training generators carry no real voucher types: one threshold pair for all (byType stays
  // empty until genuine evidence per type is available).
  const fromGenuine = thresholdsFromGenuine(
    genuine.map(({ s }) => ({ type: 'all', score: s })),
    WARNING_FPR,
    CRITICAL_FPR,
  );
  const positivesOof = rows.flatMap((r, i) => (r.label === 'recapture' ? [oof[i] as number] : []));
  const gap = gapTolerance();
  const warning = gap ? widenIntoGap(fromGenuine.warning.default, positivesOof, gap.warning) : fromGenuine.warning.default;
  const critical = gap
    ? Math.max(warning, widenIntoGap(fromGenuine.critical.default, positivesOof, gap.critical))
    : fromGenuine.critical.default;
  // Without widening the per-type overrides of thresholdsFromGenuine are kept as they are (none while
  // the training rows carry no voucher types); widened defaults would make them stale.
  const thresholds = gap
    ? {
        ...fromGenuine,
        warning: { default: warning, byType: {} },
        critical: { default: critical, byType: {} },
        fromGenuineQuantiles: { warning: fromGenuine.warning.default, critical: fromGenuine.critical.default },
        gapTolerance: gap,
      }
    : { ...fromGenuine, gapTolerance: null };
  console.log('thresholds', JSON.stringify(thresholds));
  const rate = (scores: readonly number[], t: number): string => `${round((100 * scores.filter((s) => s >= t).length) / scores.length)} %`;
  const genuineOof = genuine.map(({ s }) => s);
  for (const level of ['warning', 'critical'] as const) {
    const t = thresholds[level].default;
    console.log(
      `${level} ${t}: out-of-fold genuine at or above ${rate(genuineOof, t)}, recaptures ${rate(positivesOof, t)}; widened into the gap ${widenIntoGap(t, positivesOof, 0.01)} (1 point) / ${widenIntoGap(t, positivesOof, 0.05)} (5 points)`,
    );
  }
  const model = trainGbt(data, version, recipe.options);
  const out = {
    ...model,
    thresholds,
    training: {
      file: file.split(REPO_ROOT).join('.'),
      images: rows.length,
      recaptures: positives,
      sources: [...new Set(rows.map((r) => r.source))].sort(),
      recipe: recipeName,
      options: recipe.options,
      note: 'project generator training seeds 1000+ and the own training generator (bench/authenticity/src/train/own-*.ts, seeds 50000+); the independent generator (bench/authenticity/heldout/) is never trained on',
    },
  };
  const devFile = process.argv[5];
  if (devFile) devReport(devFile, rows, features, model);
  const target = join(REPO_ROOT, 'libs', 'authenticity', 'src', 'recapture', 'recapture-model.json');
  if (dryRun) return;
  writeFileSync(target, `${JSON.stringify(out)}\n`);
  console.log(`wrote ${target} (${model.trees.length} trees, ${features.length} features)`);
}

main();
