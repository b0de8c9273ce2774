import type { VoucherTypeId } from '@uplift/domain';
import type { Rng } from './random';
import type { ColumnTable } from './render-table';
import type { VoucherOptions } from './voucher-options';

/** What to draw: title, label/value rows, an optional table, seal and signature, and the ground truth. */
export interface VoucherContent {
  type: VoucherTypeId;
  title: string;
  /** Lines printed above the form, each a few label：value pairs (预录入编号 … 海关编号 … on a customs declaration). */
  lead?: Array<Array<[string, string]>>;
  rows: Array<[string, string]>;
  /** The rows are a boxed form with each label printed small above its value, whatever the layout (customs declaration). */
  boxed?: boolean;
  table?: ColumnTable;
  after?: Array<[string, string]>;
  seal: boolean;
  signature: boolean;
  truth: Record<string, string>;
}

/**
 * Draws a voucher's content from `r`; `o` renders it for a given merchant (identity in the merchant's
 * role, chosen amounts and dates). Values are drawn even when overridden, so a seed renders the same
 * layout and degradation with or without options.
 */
export type Make = (r: Rng, o?: VoucherOptions) => Omit<VoucherContent, 'type'>;
