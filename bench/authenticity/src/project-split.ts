import { analyseImage, fingerprintImage, type ImageAnalysis } from '@uplift/authenticity';
import { VOUCHER_TYPES } from '@uplift/domain';
import { EVALUATION_SEED0, itemSet } from './dataset';
import { recordOf, splitReport, timing, type ImageRecord } from './evaluate';
import { nearDuplicate, type CopyKind } from './near-duplicates';

// The project's own generator (@uplift/evidence-synth), evaluation seeds ≥ 10 000: genuine photos, an
// honest re-save of each, a simulated LCD recapture, an edit, and a near-duplicate copy.

const TYPES = VOUCHER_TYPES.map((v) => v.id);
const COPY_KINDS: CopyKind[] = ['crop', 'recompress', 'resize', 'colour_shift'];

async function timedAnalysis(bytes: Buffer): Promise<{ a: ImageAnalysis; seconds: number; cpuSeconds: number }> {
  const c = process.cpuUsage();
  const t = process.hrtime.bigint();
  const a = await analyseImage(bytes, { uploadedAt: new Date().toISOString() });
  const used = process.cpuUsage(c);
  return { a, seconds: Number(process.hrtime.bigint() - t) / 1e9, cpuSeconds: (used.user + used.system) / 1e6 };
}

/** Analyses `n` item sets from the evaluation seeds. */
export async function analyseProjectSplit(n: number, progress: (done: number) => void = () => undefined): Promise<ImageRecord[]> {
  const records: ImageRecord[] = [];
  let donor: Buffer | null = null;
  for (let i = 0; i < n; i += 1) {
    const { g, recapture, control, edited, kind, r } = await itemSet(EVALUATION_SEED0, i, donor);
    donor = g.jpeg;
    const type = i % 6 === 5 ? 'storefront_photo' : (TYPES[i % TYPES.length] as string);
    const id = `project-${i}`;
    const items: Array<[Buffer, ImageRecord['label'], string, string]> = [
      [g.jpeg, 'genuine', 'phone_photo', id],
      [control, 'genuine', 'resaved', `${id}-resaved`],
      [recapture, 'recapture', 'lcd', `${id}-recapture`],
      [edited, 'edit', kind, `${id}-edit`],
    ];
    for (const [bytes, label, k, itemId] of items) {
      const { a, seconds, cpuSeconds } = await timedAnalysis(bytes);
      records.push(
        recordOf(
          {
            id: itemId,
            label,
            type,
            kind: k,
            saveMode: label === 'edit' ? 'jpeg' : null,
            strength: null,
            original: null,
            origin: id,
            seconds,
            cpuSeconds,
          },
          a,
        ),
      );
    }
    const ck = COPY_KINDS[i % COPY_KINDS.length] as CopyKind;
    const copy = await nearDuplicate(g.jpeg, ck, r);
    records.push({
      id: `${id}-copy`,
      label: 'near_duplicate',
      type,
      kind: ck,
      saveMode: null,
      strength: null,
      original: id,
      origin: id,
      seconds: 0,
      cpuSeconds: 0,
      scores: { recapture: 0, copyMove: 0, fieldAnomaly: 0, doubleJpeg: 0, edit: 0 },
      worst: null,
      shown: [],
      decisive: [],
      fingerprint: await fingerprintImage(copy),
    });
    if ((i + 1) % 10 === 0) progress(i + 1);
  }
  return records;
}

/** Figures of the project split (copies are not timed: only their fingerprints are computed). */
export function projectReport(records: readonly ImageRecord[]): Record<string, unknown> {
  return { ...splitReport(records), secondsPerImage: timing(records.filter((r) => r.label !== 'near_duplicate')) };
}
