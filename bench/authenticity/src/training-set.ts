import { TRAINING_SEED0, itemSet } from './dataset';
import { ownSet, type OwnSet } from './train/own-set';
import { printedPeriodicPhoto } from './train/printed-periodicity';

// What the learned parts of @uplift/authenticity may be fitted and calibrated on: the project
// generator's training seeds (1000 + i) and the own training generator (src/train/own-*.ts, seeds
// 50 000 + i). Nothing from the independent generator (bench/authenticity/heldout/) — neither half of
// its split — is ever read here: that set only measures (docs/adr/0019).

/** One training image. */
export interface TrainingItem {
  id: string;
  source: 'project' | 'own';
  label: 'genuine' | 'recapture' | 'edit';
  /** Cross-validation group: everything derived from one original shares it. */
  group: string;
  kind: string;
  /** Voucher type, or the generator's family name when it has none. */
  type: string;
  bytes: () => Promise<Buffer>;
}

/** Memoises the last built set: the items of one set are read one after another. */
function lastOnly<T>(build: (i: number) => Promise<T>): (i: number) => Promise<T> {
  let cached: { i: number; value: Promise<T> } | null = null;
  return (i) => {
    if (!cached || cached.i !== i) cached = { i, value: build(i) };
    return cached.value;
  };
}

/** Training images from the project generator (seeds 1000 + i): genuine, re-saved, recaptured, edited. */
export function projectTrainingItems(n: number): TrainingItem[] {
  const set = lastOnly((i) => itemSet(TRAINING_SEED0, i, null));
  const out: TrainingItem[] = [];
  for (let i = 0; i < n; i += 1) {
    const base = { source: 'project', group: `project:${i}`, type: 'project' } as const;
    out.push({ ...base, id: `project:${i}:genuine`, label: 'genuine', kind: 'project/genuine', bytes: async () => (await set(i)).g.jpeg });
    out.push({ ...base, id: `project:${i}:resaved`, label: 'genuine', kind: 'project/resaved', bytes: async () => (await set(i)).control });
    out.push({
      ...base,
      id: `project:${i}:recapture`,
      label: 'recapture',
      kind: 'project/recapture',
      bytes: async () => (await set(i)).recapture,
    });
    out.push({ ...base, id: `project:${i}:edit`, label: 'edit', kind: `project/edit${i % 3}`, bytes: async () => (await set(i)).edited });
  }
  return out;
}

/** Training images from the own generator: genuine phone photos and screenshots, screen recaptures. */
export function ownTrainingItems(n: number): TrainingItem[] {
  const set = lastOnly(ownSet);
  const must = (b: Buffer | null, what: string): Buffer => {
    if (!b) throw new Error(`own set has no ${what}`);
    return b;
  };
  const out: TrainingItem[] = [];
  for (let i = 0; i < n; i += 1) {
    const base = { source: 'own', group: `own:${i}`, type: 'document' } as const;
    const of = async (pick: (s: OwnSet) => Buffer | null, what: string): Promise<Buffer> => must(pick(await set(i)), what);
    out.push({ ...base, id: `own:${i}:photo`, label: 'genuine', kind: 'own/phone_photo', bytes: () => of((s) => s.photo, 'photo') });
    if (i % 4 === 3)
      out.push({
        ...base,
        id: `own:${i}:screenshot`,
        label: 'genuine',
        kind: 'own/screenshot',
        bytes: () => of((s) => s.screenshot, 'screenshot'),
      });
    if (i % 3 !== 2)
      out.push({
        ...base,
        id: `own:${i}:recapture`,
        label: 'recapture',
        kind: 'own/recapture',
        bytes: () => of((s) => s.recapture, 'recapture'),
      });
  }
  return out;
}

/** Genuine training photos with printed periodicity (guilloche-like bands, grids, halftone; train/printed-periodicity.ts). */
export function periodicTrainingItems(n: number): TrainingItem[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `periodic:${i}:photo`,
    source: 'project' as const,
    label: 'genuine' as const,
    group: `periodic:${i}`,
    kind: 'project/printed_periodicity',
    type: 'project',
    bytes: () => printedPeriodicPhoto(i),
  }));
}
