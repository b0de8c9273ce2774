import {
  ADVISORY_CHECKS,
  gateFinding,
  RECAPTURE_MODEL,
  thresholdFor,
  reuseSimilarity,
  type AuthenticityFinding,
  type ImageAnalysis,
  type ImageFingerprint,
} from '@uplift/authenticity';
import { quantile, rocAuc, round, separation } from './roc';
import { storeLookupFigures, type LookupPair } from './reuse-store-lookup';

// Figures of one labelled split, whatever generator made it: genuine false-positive rates per voucher
// type (first-class), recapture / edit / reuse separation, timing.

/** What the bench keeps of one analysed image. */
export interface ImageRecord {
  id: string;
  label: 'genuine' | 'recapture' | 'edit' | 'near_duplicate';
  /** Voucher type (or 'photo'), for the per-type genuine rates. */
  type: string;
  /** Method stratum: panel, edit method, copy operation, genuine capture kind. */
  kind: string;
  /** Edits: how the edited file was saved (same/higher/lower quality, twice, png). */
  saveMode: string | null;
  /** Recaptures: the generator's estimate of how visible the screen structure is. */
  strength: string | null;
  /** Near-duplicates: the id of the image copied. */
  original: string | null;
  /** Images of one scene share an origin (an honest re-save, two captures of one bundled photo): never a reuse negative. */
  origin: string;
  scores: ImageAnalysis['scores'];
  /** Worst severity of the findings as they weigh in the decision (after the policy's gating). */
  worst: 'critical' | 'warning' | null;
  /** Checks that produced any finding a reviewer sees (including 'info'). */
  shown: string[];
  /** Checks with decisive (warning or critical) findings. */
  decisive: string[];
  seconds: number;
  /** CPU seconds of the analysis (every thread of the process: the bench runs one image at a time), 0 when not analysed. */
  cpuSeconds: number;
  fingerprint: ImageFingerprint;
}

/** Reduces an analysis to the record the figures need. */
export function recordOf(
  base: Omit<ImageRecord, 'scores' | 'worst' | 'shown' | 'decisive' | 'fingerprint'>,
  a: ImageAnalysis,
): ImageRecord {
  const gated: AuthenticityFinding[] = a.findings.map(gateFinding).filter((f) => f.check !== 'metadata' || f.severity !== 'info');
  const decisive = gated.filter((f) => f.severity !== 'info');
  const worst = decisive.some((f) => f.severity === 'critical') ? 'critical' : decisive.length > 0 ? 'warning' : null;
  return {
    ...base,
    scores: a.scores,
    worst,
    shown: [...new Set(gated.map((f) => f.check))],
    decisive: [...new Set(decisive.map((f) => `${f.check}:${f.severity}`))],
    fingerprint: a.fingerprint,
  };
}

/** Genuine images of one type with findings: as the decision sees them, and what recapture would add if it decided. */
export interface GenuineRates {
  n: number;
  critical: number;
  warningOrWorse: number;
  anyShown: number;
  byCheck: Record<string, number>;
  recaptureIfDecisive: { critical: number; warningOrWorse: number };
}

const rate = (n: number, d: number): number => (d > 0 ? round(n / d) : Number.NaN);

function countBy(xs: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const x of xs) out[x] = (out[x] ?? 0) + 1;
  return out;
}

/** Genuine images with a critical finding, a warning or worse, and any visible finding: per type and overall. */
export function genuineFalsePositives(genuine: readonly ImageRecord[]): Record<string, GenuineRates> {
  const groups = new Map<string, ImageRecord[]>();
  for (const g of genuine) groups.set(g.type, [...(groups.get(g.type) ?? []), g]);
  groups.set('ALL', [...genuine]);
  const out: Record<string, GenuineRates> = {};
  for (const [type, rows] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    out[type] = {
      n: rows.length,
      critical: rate(rows.filter((r) => r.worst === 'critical').length, rows.length),
      warningOrWorse: rate(rows.filter((r) => r.worst !== null).length, rows.length),
      anyShown: rate(rows.filter((r) => r.shown.length > 0).length, rows.length),
      byCheck: countBy(rows.flatMap((r) => r.decisive)),
      recaptureIfDecisive: {
        critical: rate(
          rows.filter((r) => r.scores.recapture >= thresholdFor(RECAPTURE_MODEL.thresholds, 'critical', r.type)).length,
          rows.length,
        ),
        warningOrWorse: rate(
          rows.filter((r) => r.scores.recapture >= thresholdFor(RECAPTURE_MODEL.thresholds, 'warning', r.type)).length,
          rows.length,
        ),
      },
    };
  }
  return out;
}

function byStratum(
  pos: readonly ImageRecord[],
  neg: readonly number[],
  key: (r: ImageRecord) => string | null,
  score: (r: ImageRecord) => number,
): Record<string, { n: number; auc: number }> {
  const out: Record<string, { n: number; auc: number }> = {};
  for (const k of [...new Set(pos.map(key))].filter((x): x is string => x !== null).sort()) {
    const rows = pos.filter((r) => key(r) === k);
    out[k] = { n: rows.length, auc: round(rocAuc(rows.map(score), neg)) };
  }
  return out;
}

/** Recapture: AUC / TPR@1 %FPR against genuine images, by panel and structure strength, and what the shipped rule flags. */
export function recaptureFigures(records: readonly ImageRecord[]): Record<string, unknown> {
  const pos = records.filter((r) => r.label === 'recapture');
  const genuine = records.filter((r) => r.label === 'genuine');
  const neg = genuine.map((r) => r.scores.recapture);
  // The model's own thresholds, whether or not the policy lets the check decide yet.
  const t = RECAPTURE_MODEL.thresholds;
  const flagged = (r: ImageRecord): boolean => r.scores.recapture >= thresholdFor(t, 'warning', r.type);
  const critical = (r: ImageRecord): boolean => r.scores.recapture >= thresholdFor(t, 'critical', r.type);
  return {
    ...separation(
      pos.map((r) => r.scores.recapture),
      neg,
    ),
    aucByPanel: byStratum(
      pos,
      neg,
      (r) => r.kind,
      (r) => r.scores.recapture,
    ),
    aucByStrength: byStratum(
      pos,
      neg,
      (r) => r.strength,
      (r) => r.scores.recapture,
    ),
    decisive: !ADVISORY_CHECKS.has('screen_recapture'),
    shippedRule: {
      recapturesFlagged: rate(pos.filter(flagged).length, pos.length),
      genuineFlagged: rate(genuine.filter(flagged).length, genuine.length),
      recapturesCritical: rate(pos.filter(critical).length, pos.length),
      genuineCritical: rate(genuine.filter(critical).length, genuine.length),
    },
  };
}

/** Edits: AUC of `scores.edit` against genuine images (never re-saved and honestly re-saved), by method and save mode. */
export function editFigures(records: readonly ImageRecord[]): Record<string, unknown> {
  const pos = records.filter((r) => r.label === 'edit');
  const neg = records.filter((r) => r.label === 'genuine').map((r) => r.scores.edit);
  const editChecks = ['double_compression', 'copy_move', 'field_anomaly'];
  const flagged = (r: ImageRecord): boolean => r.decisive.some((d) => editChecks.some((c) => d.startsWith(c)));
  const shown = (r: ImageRecord): boolean => r.shown.some((c) => editChecks.includes(c));
  const genuine = records.filter((r) => r.label === 'genuine');
  return {
    ...separation(
      pos.map((r) => r.scores.edit),
      neg,
    ),
    aucByMethod: byStratum(
      pos,
      neg,
      (r) => r.kind,
      (r) => r.scores.edit,
    ),
    aucBySaveMode: byStratum(
      pos,
      neg,
      (r) => r.saveMode,
      (r) => r.scores.edit,
    ),
    copyMoveScoreAuc: round(
      rocAuc(
        pos.map((r) => r.scores.copyMove),
        records.filter((r) => r.label === 'genuine').map((r) => r.scores.copyMove),
      ),
    ),
    shippedRule: {
      editsFlagged: rate(pos.filter(flagged).length, pos.length),
      genuineFlagged: rate(genuine.filter(flagged).length, genuine.length),
      editsShownAdvisory: rate(pos.filter(shown).length, pos.length),
      genuineShownAdvisory: rate(genuine.filter(shown).length, genuine.length),
    },
  };
}

/**
 * Reuse: every copy against every genuine image of the split (positive when it is its original), and
 * every pair of distinct genuine images (negatives, including same-template "similar" pairs); scored
 * by the pairwise comparison and by the product's store lookup (reuse-store-lookup.ts).
 */
export function reuseFigures(records: readonly ImageRecord[], similarPairs: ReadonlyArray<[string, string]>): Record<string, unknown> {
  const genuine = records.filter((r) => r.label === 'genuine' && r.kind !== 'resaved');
  const copies = records.filter((r) => r.label === 'near_duplicate');
  const originOf = new Map(genuine.map((g) => [g.id, g.origin]));
  const copyPairs: LookupPair[] = [];
  const unrelated: LookupPair[] = [];
  for (const c of copies) {
    for (const g of genuine) {
      if (g.id !== c.original && g.origin === originOf.get(c.original ?? '')) continue;
      const pair = { upload: c.fingerprint, stored: g.fingerprint, kind: c.kind };
      if (g.id === c.original) copyPairs.push(pair);
      else unrelated.push(pair);
    }
  }
  for (let i = 0; i < genuine.length; i += 1) {
    for (let j = i + 1; j < genuine.length; j += 1) {
      const [a, b] = [genuine[i] as ImageRecord, genuine[j] as ImageRecord];
      if (a.origin !== b.origin) unrelated.push({ upload: a.fingerprint, stored: b.fingerprint });
    }
  }
  const pos = copyPairs.map((p) => ({ kind: p.kind ?? '', s: reuseSimilarity(p.upload, p.stored) }));
  const neg = unrelated.map((p) => reuseSimilarity(p.upload, p.stored));
  const byId = new Map(genuine.map((g) => [g.id, g]));
  const similar = similarPairs.flatMap(([a, b]) => {
    const ga = byId.get(a);
    const gb = byId.get(b);
    return ga && gb ? [reuseSimilarity(ga.fingerprint, gb.fingerprint)] : [];
  });
  const aucByKind: Record<string, { n: number; auc: number }> = {};
  for (const k of [...new Set(pos.map((p) => p.kind))].sort()) {
    const xs = pos.filter((p) => p.kind === k).map((p) => p.s);
    aucByKind[k] = { n: xs.length, auc: round(rocAuc(xs, neg)) };
  }
  const crops = pos.filter((p) => p.kind.includes('crop')).map((p) => p.s);
  const genuineLookups = genuine.map((a) => ({
    upload: a.fingerprint,
    stored: genuine.filter((b) => b !== a && b.origin !== a.origin).map((b) => b.fingerprint),
  }));
  return {
    ...separation(
      pos.map((p) => p.s),
      neg,
    ),
    cropsAuc: round(rocAuc(crops, neg)),
    aucByKind,
    similarPairs: {
      n: similar.length,
      maxSimilarity: round(Math.max(...similar, 0)),
      aucAgainstCopies: round(
        rocAuc(
          pos.map((p) => p.s),
          similar,
        ),
      ),
    },
    productionLookup: storeLookupFigures(copyPairs, unrelated, genuineLookups),
  };
}

/** Wall seconds per image, and CPU seconds (the figure a loaded shared machine does not inflate). */
export function timing(records: readonly ImageRecord[]): {
  p50: number;
  p95: number;
  max: number;
  mean: number;
  images: number;
  cpu: { p50: number; p95: number; max: number };
} {
  const s = records.map((r) => r.seconds);
  const c = records.map((r) => r.cpuSeconds);
  return {
    p50: round(quantile(s, 0.5)),
    p95: round(quantile(s, 0.95)),
    max: round(Math.max(...s)),
    mean: round(s.reduce((a, b) => a + b, 0) / Math.max(1, s.length)),
    images: s.length,
    cpu: { p50: round(quantile(c, 0.5)), p95: round(quantile(c, 0.95)), max: round(Math.max(...c)) },
  };
}

/** Every figure of one split. */
export function splitReport(records: readonly ImageRecord[], similarPairs: ReadonlyArray<[string, string]> = []): Record<string, unknown> {
  return {
    counts: countBy(records.map((r) => r.label)),
    genuineFalsePositives: genuineFalsePositives(records.filter((r) => r.label === 'genuine')),
    recapture: recaptureFigures(records),
    edit: editFigures(records),
    reuse: reuseFigures(records, similarPairs),
    secondsPerImage: timing(records),
  };
}
