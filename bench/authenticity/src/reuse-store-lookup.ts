import { fingerprintSimilarity, hammingDistance, reuseImageFinding, type ImageFingerprint } from '@uplift/authenticity';
import { rocAuc, round, separation } from './roc';

// Reuse as the product finds it: an upload's pHash/dHash, and their mirror and content-box variants,
// searched against every stored picture's whole-picture hashes (the fingerprint store), a finding
// when one is near enough (REUSE_POLICY). This is what excludes evidence from a decision, so it is
// what the reuse goals are checked on; `reuseSimilarity` (fine hashes, crops placed) is a pairwise
// comparison the product does not run.

/** The score the product's finding gives a stored picture for an upload: the closest of the upload's hash pairs to the stored whole picture. */
export function storeLookupSimilarity(upload: ImageFingerprint, stored: ImageFingerprint): number {
  const pairs = [{ phash: upload.phash, dhash: upload.dhash }, ...upload.lookups];
  return Math.max(...pairs.map((pair) => fingerprintSimilarity(pair, stored, hammingDistance)));
}

/** The product's finding for an upload against one stored picture: critical, warning, or none. */
export function storeLookupSeverity(upload: ImageFingerprint, stored: ImageFingerprint): 'critical' | 'warning' | null {
  const findings = [{ phash: upload.phash, dhash: upload.dhash }, ...upload.lookups].map((pair) =>
    reuseImageFinding({
      caseId: '-',
      evidenceId: '-',
      createdAt: new Date(0),
      phashDistance: hammingDistance(pair.phash, stored.phash),
      dhashDistance: hammingDistance(pair.dhash, stored.dhash),
    }),
  );
  if (findings.some((f) => f?.severity === 'critical')) return 'critical';
  return findings.some((f) => f) ? 'warning' : null;
}

/** An upload and a stored picture: a copy and its original (with the copy's kind), or two unrelated pictures. */
export interface LookupPair {
  upload: ImageFingerprint;
  stored: ImageFingerprint;
  kind?: string;
}

const rate = (n: number, d: number): number => (d > 0 ? round(n / d) : Number.NaN);

/**
 * The store lookup over the same pairs as the pairwise comparison: separation of copies from
 * unrelated pictures by the lookup's score, crops alone, and at REUSE_POLICY's thresholds the copies
 * found (any finding, critical) and the genuine pictures that would wrongly match another case's.
 */
export function storeLookupFigures(copies: readonly LookupPair[], unrelated: readonly LookupPair[], genuineWronglyMatched: number) {
  const pos = copies.map((p) => storeLookupSimilarity(p.upload, p.stored));
  const neg = unrelated.map((p) => storeLookupSimilarity(p.upload, p.stored));
  const crops = copies.filter((p) => p.kind?.includes('crop')).map((p) => storeLookupSimilarity(p.upload, p.stored));
  const severities = copies.map((p) => ({ kind: p.kind ?? '', severity: storeLookupSeverity(p.upload, p.stored) }));
  const foundByKind: Record<string, string> = {};
  for (const kind of [...new Set(severities.map((s) => s.kind))].sort()) {
    const ofKind = severities.filter((s) => s.kind === kind);
    foundByKind[kind] = `${ofKind.filter((s) => s.severity !== null).length}/${ofKind.length}`;
  }
  return {
    note: 'what the product runs: stored whole-picture pHash/dHash searched with the upload hashes, their mirror and content-box variants (REUSE_POLICY)',
    ...separation(pos, neg),
    cropsAuc: round(rocAuc(crops, neg)),
    copiesFound: rate(severities.filter((s) => s.severity !== null).length, copies.length),
    copiesCritical: rate(severities.filter((s) => s.severity === 'critical').length, copies.length),
    genuineWronglyMatched,
    foundByKind,
  };
}
