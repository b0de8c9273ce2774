// npm run bench:recognition — renders every voucher type in several layouts, degrades them like phone
// photos, recognises them with the real @uplift/vision pipeline, and writes bench/results/recognition.json.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { VOUCHER_TYPES } from '@uplift/domain';
import { createRecogniser } from '@uplift/vision';
import { degradeLikePhoto, MAKERS, renderStorefront, renderVoucher, Rng } from '@uplift/evidence-synth';

const PER_TYPE = Number(process.env.BENCH_PER_TYPE ?? 3);
const PHOTOS = Number(process.env.BENCH_PHOTOS ?? 8);
const CASE_DATE = '2026-03-01';

const norm = (s: string): string => s.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\s+/g, '');

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

async function main(): Promise<void> {
  const started = Date.now();
  const recogniser = await createRecogniser({ objectDetection: true });
  const perType: Record<string, { n: number; correct: number; keyTotal: number; keyExact: number; misses: string[] }> = {};
  const docSeconds: number[] = [];
  const photoSeconds: number[] = [];
  let photoSignExact = 0;
  const r = new Rng(20261101);
  try {
    for (const { id } of VOUCHER_TYPES) {
      const type = id;
      const stats = { n: 0, correct: 0, keyTotal: 0, keyExact: 0, misses: [] as string[] };
      perType[type] = stats;
      for (let i = 0; i < PER_TYPE; i += 1) {
        const content = { type, ...MAKERS[type](r) };
        const { jpeg } = await degradeLikePhoto(renderVoucher(content, i % 3, r), r);
        const t0 = process.hrtime.bigint();
        const result = await recogniser.recognise({ bytes: jpeg, declared: { kind: 'voucher', type: 'business_licence' }, caseDate: CASE_DATE });
        docSeconds.push(Number(process.hrtime.bigint() - t0) / 1e9);
        stats.n += 1;
        if (result.documentType === type) stats.correct += 1;
        else stats.misses.push(`classified as ${result.documentType}`);
        for (const [name, expected] of Object.entries(content.truth)) {
          stats.keyTotal += 1;
          const got = result.fields.find((f) => f.name === name)?.value;
          if (got !== undefined && norm(got) === norm(expected)) stats.keyExact += 1;
          else if (stats.misses.length < 6) stats.misses.push(`${name}: expected ${expected}, got ${got ?? '—'}`);
        }
      }
      console.log(`${type.padEnd(40)} class ${stats.correct}/${stats.n}  key fields ${stats.keyExact}/${stats.keyTotal}`);
    }
    for (let i = 0; i < PHOTOS; i += 1) {
      const { png, sign } = renderStorefront(r);
      const { jpeg } = await degradeLikePhoto(png, r);
      const t0 = process.hrtime.bigint();
      const result = await recogniser.recognise({ bytes: jpeg, declared: { kind: 'photo', class: 'storefront' }, caseDate: CASE_DATE });
      photoSeconds.push(Number(process.hrtime.bigint() - t0) / 1e9);
      if (norm(result.fields.find((f) => f.name === 'sign_text')?.value ?? '') === norm(sign)) photoSignExact += 1;
    }
  } finally {
    await recogniser.close();
  }
  const docs = Object.values(perType).reduce((a, s) => a + s.n, 0);
  const correct = Object.values(perType).reduce((a, s) => a + s.correct, 0);
  const keyTotal = Object.values(perType).reduce((a, s) => a + s.keyTotal, 0);
  const keyExact = Object.values(perType).reduce((a, s) => a + s.keyExact, 0);
  const round = (x: number): number => Math.round(x * 1000) / 1000;
  const report = {
    generatedAt: new Date().toISOString(),
    machine: { cpus: (await import('node:os')).availableParallelism(), node: process.version, loadAverage: (await import('node:os')).loadavg().map(round) },
    sample: { perType: PER_TYPE, documents: docs, photos: PHOTOS, layouts: 3, degradations: 'rotation ±3°, shear ±3%, blur σ 0.3-1.2, uneven light 15-50%, JPEG q55-85, width 1000-1500 px' },
    classification: { overall: round(correct / docs), minPerType: round(Math.min(...Object.values(perType).map((s) => s.correct / s.n))) },
    keyFields: { exactRate: round(keyExact / keyTotal), exact: keyExact, total: keyTotal },
    perType: Object.fromEntries(Object.entries(perType).map(([k, s]) => [k, { classification: round(s.correct / s.n), keyFieldExact: round(s.keyExact / s.keyTotal), misses: s.misses.slice(0, 6) }])),
    secondsPerDocument: { p50: round(quantile(docSeconds, 0.5)), p95: round(quantile(docSeconds, 0.95)) },
    secondsPerPhoto: { p50: round(quantile(photoSeconds, 0.5)), p95: round(quantile(photoSeconds, 0.95)), signTextExact: round(photoSignExact / Math.max(1, PHOTOS)) },
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    wallSeconds: Math.round((Date.now() - started) / 1000),
  };
  const out = join(__dirname, '..', '..', 'results', 'recognition.json');
  await mkdir(join(out, '..'), { recursive: true });
  await writeFile(out, `${JSON.stringify(report, null, 2)}\n`);
  console.log(JSON.stringify({ ...report, perType: undefined }, null, 2));
  console.log(`written ${out}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
