import {
  lookupReuse,
  METHOD_VERSIONS,
  VERIFIED_REUSE_POLICY,
  verifiedReuseFinding,
  type ImageFingerprint,
  type StoredPicture,
} from '@uplift/authenticity';
import { rocAuc, round, separation } from './roc';

// Reuse as the product finds it (docs/adr/0037): an upload's probes (whole, mirror, content box, a few
// windows, the whole turned back by small angles) looked up among every stored picture's part keys
// within VERIFIED_REUSE_POLICY.keyRadius / partRadius, nearest first, at most VERIFIED_REUSE_POLICY.candidates;
// each candidate verified against its reference (verifyReuseCandidates), a finding when the verified
// score reaches the policy's thresholds. The store is the split's genuine pictures; a pair the keys do
// not nominate gets no finding and scores 0. This is what excludes evidence from a decision, so it is
// what the reuse goals are checked on.

/** An upload and the pictures stored before it (the split's genuine pictures it may be compared with). */
export interface LookupCase {
  upload: ImageFingerprint;
  stored: readonly ImageFingerprint[];
}

/** The product's score for each stored picture (0: not nominated), and the lookup's milliseconds. */
export function storeLookupScores(c: LookupCase): { scores: Map<ImageFingerprint, number>; ms: number } {
  const started = process.hrtime.bigint();
  const store: StoredPicture[] = c.stored.map((s) => ({ keys: s.keys, reference: s }));
  const hits = lookupReuse(c.upload, store);
  const scores = new Map<ImageFingerprint, number>();
  for (const h of hits) {
    const stored = c.stored[h.index];
    if (stored) scores.set(stored, h.score);
  }
  return { scores, ms: Number(process.hrtime.bigint() - started) / 1e6 };
}

/** The finding's severity for a verified score: critical, warning, or none. */
export function storeLookupSeverity(score: number): 'critical' | 'warning' | null {
  const finding = verifiedReuseFinding({ caseId: '-', evidenceId: '-', createdAt: new Date(0), score });
  if (!finding) return null;
  return finding.severity === 'critical' ? 'critical' : 'warning';
}

/** An upload and a stored picture: a copy and its original (with the copy's kind), or two unrelated pictures. */
export interface LookupPair {
  upload: ImageFingerprint;
  stored: ImageFingerprint;
  kind?: string;
}

const rate = (n: number, d: number): number => (d > 0 ? round(n / d) : Number.NaN);
const quantile = (xs: readonly number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? Number.NaN;
};

/**
 * The store lookup over the same pairs as the pairwise comparison: each upload looked up once among
 * the pictures it is paired with; separation of copies from unrelated pictures by the finding's score,
 * crops alone, and at the policy's thresholds the copies found (any finding, critical) and the genuine
 * pictures that would wrongly match another case's (`genuineLookups`: each genuine picture looked up
 * among the other genuine pictures of other origins).
 */
export function storeLookupFigures(copies: readonly LookupPair[], unrelated: readonly LookupPair[], genuineLookups: readonly LookupCase[]) {
  const byUpload = new Map<ImageFingerprint, ImageFingerprint[]>();
  for (const p of [...copies, ...unrelated]) byUpload.set(p.upload, [...(byUpload.get(p.upload) ?? []), p.stored]);
  const scoreOf = new Map<ImageFingerprint, Map<ImageFingerprint, number>>();
  const ms: number[] = [];
  for (const [upload, stored] of byUpload) {
    const looked = storeLookupScores({ upload, stored });
    scoreOf.set(upload, looked.scores);
    ms.push(looked.ms);
  }
  const score = (p: LookupPair): number => scoreOf.get(p.upload)?.get(p.stored) ?? 0;
  const pos = copies.map(score);
  const neg = unrelated.map(score);
  const crops = copies.filter((p) => p.kind?.includes('crop')).map(score);
  const severities = copies.map((p) => ({ kind: p.kind ?? '', severity: storeLookupSeverity(score(p)) }));
  const foundByKind: Record<string, string> = {};
  for (const kind of [...new Set(severities.map((s) => s.kind))].sort()) {
    const ofKind = severities.filter((s) => s.kind === kind);
    foundByKind[kind] = `${ofKind.filter((s) => s.severity !== null).length}/${ofKind.length}`;
  }
  const genuine = genuineLookups.map((c) => {
    const looked = storeLookupScores(c);
    ms.push(looked.ms);
    return Math.max(0, ...looked.scores.values());
  });
  return {
    note: `what the product runs (${METHOD_VERSIONS.reuse_image}): part keys within ${VERIFIED_REUSE_POLICY.keyRadius} bits of a whole-picture probe (${VERIFIED_REUSE_POLICY.partRadius} of a window or turned probe) nominate at most ${VERIFIED_REUSE_POLICY.candidates} stored pictures, each verified by the fine placed comparison; not nominated scores 0`,
    ...separation(pos, neg),
    cropsAuc: round(rocAuc(crops, neg)),
    copiesNominated: rate(copies.filter((p) => scoreOf.get(p.upload)?.has(p.stored)).length, copies.length),
    copiesFound: rate(severities.filter((s) => s.severity !== null).length, copies.length),
    copiesCritical: rate(severities.filter((s) => s.severity === 'critical').length, copies.length),
    genuineWronglyMatched: rate(genuine.filter((s) => storeLookupSeverity(s) !== null).length, genuine.length),
    genuineWronglyMatchedCritical: rate(genuine.filter((s) => storeLookupSeverity(s) === 'critical').length, genuine.length),
    lookupMs: {
      p50: round(quantile(ms, 0.5)),
      p95: round(quantile(ms, 0.95)),
      storedPerLookupMax: Math.max(0, ...[...byUpload.values()].map((s) => s.length)),
    },
    foundByKind,
  };
}
