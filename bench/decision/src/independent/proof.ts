import type { EvidenceItem, EvidenceKind } from '@uplift/domain';

// What each upload really proves, recorded by the generator beside the upload (never in the case state).
// The ground truth reads only this: a careful reviewer who sees the paper and knows the trade.

/** Ways a document shows revenue; a reviewer takes the strongest route, never the sum of routes. */
export type RevenueRoute =
  'bank_statement' | 'tax_return' | 'invoices_issued' | 'contracts' | 'waybills' | 'purchases' | 'vehicles' | 'seats';

/** What one upload proves to a careful reviewer. */
export interface Proof {
  evidenceId: string;
  kind: EvidenceKind;
  /** Annual revenue (CNY) this upload shows; summed within a route (several invoices), maxed across routes. */
  revenue: { route: RevenueRoute; annual: number } | null;
  /** A licence or permit that shows the business exists and may trade. */
  existence: boolean;
  /** The trade's own permit (食品经营许可证…) when this is one. */
  tradePermit: boolean;
  /** Printed to the merchant or to its owner (what the reviewer checks against the licence). */
  ownedByMerchant: boolean;
  /** Fabricated or tampered. */
  forged: boolean;
  /** A permit or licence past its validity on the case date. */
  expired: boolean;
  /** A business licence of another entity than the one the rest of the file is about. */
  foreignLicence: boolean;
  /** Plate of the vehicle it proves (one truck counts once whatever proves it). */
  plate?: string;
}

/** An upload and what it proves. */
export interface Built {
  item: EvidenceItem;
  proof: Proof;
}

/** A proof with the defaults of an ordinary genuine document of the merchant. */
export function proofOf(item: EvidenceItem, extra: Partial<Proof> = {}): Proof {
  return {
    evidenceId: item.evidenceId,
    kind: item.declared,
    revenue: null,
    existence: false,
    tradePermit: false,
    ownedByMerchant: true,
    forged: false,
    expired: false,
    foreignLicence: false,
    ...extra,
  };
}
