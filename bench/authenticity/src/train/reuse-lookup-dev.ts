import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Rng } from '@uplift/evidence-synth';
import {
  fingerprintImage,
  LOOKUP_KEY_RADIUS,
  LOOKUP_PART_RADIUS,
  lookupReuse,
  nearestKeyDistance,
  type ImageFingerprint,
} from '@uplift/authenticity';
import { rocAuc, round } from '../roc';
import { EDIT_SET_DIR, loadEditSet } from './edit-set';
import { copyOf } from './own-copies';

// Training tool for the two-stage reuse lookup (docs/adr/0037): on training photos (the edit
// calibration set's genuine photos) and their copies by the own copy simulator, how often the first
// stage (stored part keys probed with the upload's keys) nominates a copy's original and an unrelated
// picture, at several radii; and the verified scores (reuseSimilarity) of the nominated pairs, from
// which VERIFIED_REUSE_POLICY's thresholds are chosen. Never reads the independent set.
// Usage: node bench/authenticity/dist/train/reuse-lookup-dev.js [copiesPerPhoto=3]

interface Copy {
  of: number;
  kind: string;
  fp: ImageFingerprint;
}

const quantile = (xs: readonly number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? Number.NaN;
};

async function main(): Promise<void> {
  const per = Number(process.argv[2] ?? 3);
  const photos = loadEditSet().filter((r) => r.kind === 'photo');
  const originals: ImageFingerprint[] = [];
  const copies: Copy[] = [];
  let n = 0;
  for (const [i, p] of photos.entries()) {
    const bytes = readFileSync(join(EDIT_SET_DIR, p.file));
    originals.push(await fingerprintImage(bytes));
    for (let k = 0; k < per; k += 1) {
      const c = await copyOf(bytes, new Rng(91_000 + n));
      n += 1;
      copies.push({ of: i, kind: c.kind, fp: await fingerprintImage(c.bytes) });
    }
  }
  const t0 = process.hrtime.bigint();
  const store = originals.map((o) => ({ keys: o.keys, reference: o }));
  const pos: Array<{ kind: string; s: number; d: number }> = [];
  const neg: number[] = [];
  let negPairs = 0;
  let lookups = 0;
  for (const c of copies) {
    const hits = lookupReuse(c.fp, store);
    lookups += 1;
    const own = hits.find((h) => h.index === c.of);
    pos.push({ kind: c.kind, s: own?.score ?? 0, d: nearestKeyDistance(c.fp.probes, (originals[c.of] as ImageFingerprint).keys) });
    neg.push(...hits.filter((h) => h.index !== c.of).map((h) => h.score));
    negPairs += originals.length - 1;
  }
  const genuineMatched: number[] = [];
  for (const [i, o] of originals.entries()) {
    const others = store.filter((_, j) => j !== i);
    const hits = lookupReuse(o, others);
    lookups += 1;
    neg.push(...hits.map((h) => h.score));
    negPairs += others.length;
    genuineMatched.push(Math.max(0, ...hits.map((h) => h.score)));
  }
  const ms = Number(process.hrtime.bigint() - t0) / 1e6 / lookups;
  const allNeg = [...neg, ...new Array<number>(negPairs - neg.length).fill(0)];
  const ps = pos.map((p) => p.s);
  console.log(
    `radius ${LOOKUP_KEY_RADIUS}/${LOOKUP_PART_RADIUS}: ${round(ms)} ms per lookup of ${originals.length} stored; nominated unrelated ${neg.length} of ${negPairs}`,
  );
  console.log(
    `  two-stage AUC ${round(rocAuc(ps, allNeg))}, crops ${round(
      rocAuc(
        pos.filter((p) => p.kind.includes('crop')).map((p) => p.s),
        allNeg,
      ),
    )}`,
  );
  console.log(
    `  nominated unrelated verified: max ${round(Math.max(0, ...neg))} p99 ${round(quantile(neg, 0.99))}; copies not nominated ${pos.filter((p) => p.s === 0).length}`,
  );
  for (const t of [0.7, 0.72, 0.74, 0.76, 0.78, 0.8, 0.82, 0.85, 0.9])
    console.log(
      `  at ${t}: copies found ${ps.filter((s) => s >= t).length}/${ps.length}, unrelated pairs ${neg.filter((s) => s >= t).length}, genuine photos matched ${genuineMatched.filter((s) => s >= t).length}/${genuineMatched.length}`,
    );
  const byOp = new Map<string, number[]>();
  for (const p of pos) for (const op of p.kind.split('+')) byOp.set(op, [...(byOp.get(op) ?? []), p.s]);
  for (const [op, xs] of [...byOp].sort())
    console.log(`  ${op.padEnd(12)} n ${xs.length} AUC ${round(rocAuc(xs, allNeg))} min ${round(Math.min(...xs))}`);
  for (const p of pos.filter((x) => x.s < 0.76)) console.log(`  weak ${p.kind} score ${round(p.s)} key distance ${p.d}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
