import type { VoucherTypeId } from '@uplift/domain';
import { LICENCE_MAKERS } from './licence-makers';
import { RECORD_MAKERS } from './record-makers';
import { TRADE_MAKERS } from './trade-makers';
import type { Make } from './voucher-content-types';

export type { VoucherContent } from './voucher-content-types';

/** Content generator of every voucher type (catalogue order). */
export const MAKERS: Record<VoucherTypeId, Make> = { ...LICENCE_MAKERS, ...TRADE_MAKERS, ...RECORD_MAKERS };
