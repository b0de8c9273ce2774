import { VOUCHER_TYPES, type VoucherTypeId } from '@uplift/domain';
import {
  degradeLikePhoto,
  editImage,
  MAKERS,
  renderStorefront,
  renderVoucher,
  resave,
  Rng,
  screenRecapture,
  syntheticVoucherPhoto,
  type EditKind,
} from '@uplift/evidence-synth';

/** Evaluation seeds start here; calibration (bench/authenticity/src/calibrate.ts) uses seeds below it only. */
export const EVALUATION_SEED0 = 10_000;
/** Seed base of the training (calibration) set: disjoint from evaluation. */
export const TRAINING_SEED0 = 1_000;

const TYPES = VOUCHER_TYPES.map((v) => v.id);
export const EDIT_KINDS: EditKind[] = ['digits_changed', 'copy_move', 'spliced'];

/** A clean render (PNG) and a genuine phone-like capture of it. */
export async function genuine(seed0: number, i: number): Promise<{ png: Buffer; jpeg: Buffer }> {
  const seed = seed0 + i;
  const r = new Rng(seed);
  if (i % 6 === 5) {
    const { png } = renderStorefront(r);
    return { png, jpeg: (await degradeLikePhoto(png, r)).jpeg };
  }
  const type = TYPES[i % TYPES.length] as VoucherTypeId;
  const content = { type, ...MAKERS[type](r) };
  const png = renderVoucher(content, seed % 3, r);
  return { png, jpeg: (await syntheticVoucherPhoto(type, seed)).jpeg };
}

/** One labelled item set: genuine capture, its recapture, a re-saved control and an edited copy. */
export interface ItemSet {
  g: { png: Buffer; jpeg: Buffer };
  recapture: Buffer;
  control: Buffer;
  edited: Buffer;
  kind: EditKind;
  r: Rng;
}

/** Builds the i-th item set from `seed0` (`donor` is the previous genuine photo, for splices). */
export async function itemSet(seed0: number, i: number, donor: Buffer | null): Promise<ItemSet> {
  const r = new Rng(seed0 * 3 + i);
  const g = await genuine(seed0, i);
  const rc = await screenRecapture(g.png, r);
  const quality = r.int(70, 95);
  const control = await resave(g.jpeg, quality);
  const kind = EDIT_KINDS[i % EDIT_KINDS.length] as EditKind;
  const edited = await editImage(g.jpeg, donor ?? g.jpeg, kind, r, quality);
  return { g, recapture: rc.jpeg, control, edited: edited.jpeg, kind, r };
}
