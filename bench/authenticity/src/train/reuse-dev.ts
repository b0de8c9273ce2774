import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Rng } from '@uplift/evidence-synth';
import { fingerprintImage, reuseSimilarity, type ImageFingerprint } from '@uplift/authenticity';
import { rocAuc, round, tprAtFpr } from '../roc';
import { EDIT_SET_DIR, loadEditSet } from './edit-set';
import { copyOf } from './own-copies';

// Training tool: the reuse comparison on training photos (the edit calibration set's genuine photos,
// own and project generators) and their near-duplicates by the own copy simulator (own-copies.ts).
// Positives: a copy against its original; negatives: a copy against every other photo, and every pair
// of distinct photos. Prints AUC, TPR at 1 % FPR, and AUC by copy kind.
// Usage: node bench/authenticity/dist/train/reuse-dev.js [copiesPerPhoto=2]

async function main(): Promise<void> {
  const per = Number(process.argv[2] ?? 2);
  const photos = loadEditSet().filter((r) => r.kind === 'photo');
  const originals: ImageFingerprint[] = [];
  const copies: Array<{ of: number; kind: string; fp: ImageFingerprint }> = [];
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
  const pos: Array<{ kind: string; s: number }> = [];
  const neg: number[] = [];
  for (const c of copies)
    originals.forEach((o, j) => {
      const s = reuseSimilarity(c.fp, o);
      if (j === c.of) pos.push({ kind: c.kind, s });
      else neg.push(s);
    });
  for (let i = 0; i < originals.length; i += 1)
    for (let j = i + 1; j < originals.length; j += 1)
      neg.push(reuseSimilarity(originals[i] as ImageFingerprint, originals[j] as ImageFingerprint));
  const ps = pos.map((p) => p.s);
  console.log(
    `photos ${originals.length} copies ${copies.length} negatives ${neg.length}: AUC ${round(rocAuc(ps, neg))} TPR@1%FPR ${round(tprAtFpr(ps, neg, 0.01).tpr)}; negatives max ${round(Math.max(...neg))}`,
  );
  const byOp = new Map<string, number[]>();
  for (const p of pos) for (const op of p.kind.split('+')) byOp.set(op, [...(byOp.get(op) ?? []), p.s]);
  for (const [op, xs] of [...byOp].sort())
    console.log(`  ${op.padEnd(12)} n ${xs.length} AUC ${round(rocAuc(xs, neg))} min ${round(Math.min(...xs))}`);
  for (const p of pos.filter((x) => x.s < Math.max(...neg))) console.log(`  missed ${p.kind} ${round(p.s)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
