import type { VoucherTypeId } from '@uplift/domain';
import { degradeLikePhoto, type Degradation } from './degrade-photo';
import { Rng } from './random';
import { renderVoucher } from './render-voucher';
import { MAKERS, type VoucherContent } from './voucher-content';
import type { VoucherOptions } from './voucher-options';

/** A rendered voucher as a phone would capture it, with the ground truth of its key fields. */
export interface SyntheticVoucher {
  jpeg: Buffer;
  content: VoucherContent;
  truth: Record<string, string>;
  degradation: Degradation;
}

/** Options of `syntheticVoucherPhoto`: render for a merchant, and (rarely) replace drawn content outright. */
export interface SyntheticVoucherOptions extends VoucherOptions {
  /** Replaces parts of the content after it is drawn (ground truth is then the caller's to keep right). */
  content?: Partial<VoucherContent>;
}

/** The content of one voucher of `type` drawn from `r`, rendered for the merchant of `options` when given. */
export function voucherContent(type: VoucherTypeId, r: Rng, options: VoucherOptions = {}): VoucherContent {
  return { type, ...MAKERS[type](r, options) };
}

/**
 * Renders one voucher of `type` (layout and content from `seed`) and degrades it like a phone photo.
 * With `options.merchant` the merchant's identity appears in its role on the document (licence holder,
 * invoice seller with its tax id, contract seller, account holder, lessee, vehicle owner with its plate);
 * `amounts`, `date` and `period` choose the figures and dates. `truth` always matches what is drawn.
 */
export async function syntheticVoucherPhoto(
  type: VoucherTypeId,
  seed: number,
  options: SyntheticVoucherOptions = {},
): Promise<SyntheticVoucher> {
  const r = new Rng(seed);
  const { content: overrides, ...forMerchant } = options;
  const content: VoucherContent = { ...voucherContent(type, r, forMerchant), ...overrides };
  const { jpeg, applied } = await degradeLikePhoto(renderVoucher(content, seed % 3, r), r);
  return { jpeg, content, truth: content.truth, degradation: applied };
}
