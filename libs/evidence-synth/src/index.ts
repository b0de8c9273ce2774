// Synthetic evidence with ground truth: the recognition benchmark and the tests render vouchers and
// storefronts with it and degrade them like phone photos. Never used by the engine itself.
export { syntheticVoucherPhoto, voucherContent, type SyntheticVoucher, type SyntheticVoucherOptions } from './synthetic-evidence';
export { renderVoucher, registerFonts, drawSeal, drawSignature, VOUCHER_LAYOUTS } from './render-voucher';
export { renderStorefront } from './render-storefront';
export { degradeLikePhoto, type Degradation } from './degrade-photo';
export { MAKERS, type VoucherContent } from './voucher-content';
export {
  syntheticMerchant,
  shownDate,
  shownPeriod,
  type SyntheticAmounts,
  type SyntheticMerchant,
  type SyntheticParty,
  type VoucherOptions,
} from './voucher-options';
export { prng, Rng, company, person, address, uscc, vin, plate } from './random';
export { screenRecapture, type RecaptureOverrides, type RecaptureParams } from './forgeries/screen-recapture';
export { editImage, resave, type EditKind } from './forgeries/edits';
