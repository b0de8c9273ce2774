import type { VoucherTypeId } from '@uplift/domain';
import { degradeLikePhoto, type Degradation } from './degrade-photo';
import { Rng } from './random';
import { renderVoucher } from './render-voucher';
import { MAKERS, type VoucherContent } from './voucher-content';

/** A rendered voucher as a phone would capture it, with the ground truth of its key fields. */
export interface SyntheticVoucher {
  jpeg: Buffer;
  content: VoucherContent;
  truth: Record<string, string>;
  degradation: Degradation;
}

/** Renders one voucher of `type` (layout and content from `seed`) and degrades it like a phone photo. */
export async function syntheticVoucherPhoto(type: VoucherTypeId, seed: number, overrides: Partial<VoucherContent> = {}): Promise<SyntheticVoucher> {
  const r = new Rng(seed);
  const content: VoucherContent = { type, ...MAKERS[type](r), ...overrides };
  const { jpeg, applied } = await degradeLikePhoto(renderVoucher(content, seed % 3, r), r);
  return { jpeg, content, truth: content.truth, degradation: applied };
}
