import type { EvidenceKind, IndustryId } from '../catalogue';

/** A figure and where it comes from: a public source you can look up, or "assumption". */
export interface Sourced {
  value: number;
  source: string;
}

/** A plausible range and where it comes from. */
export interface SourcedRange {
  min: number;
  max: number;
  unit: string;
  source: string;
}

/**
 * What a limit estimate rests on. The policy keeps one uncertainty term per group and evidence
 * verifies groups: existence (the business is real and legal), revenue, capacity (trucks, seats,
 * machines, staff), cycle (payment terms, working-capital need), tenure (how long it has run).
 */
export type ClaimGroup = 'existence' | 'revenue' | 'capacity' | 'cycle' | 'tenure';

/** Facts of the domain's MerchantFacts that measure a revenue driver (the ones the assistant can ask). */
export type DriverFact = 'vehicles' | 'seats' | 'employees';

/** A revenue driver the assistant can ask about: count × revenue per unit gives a second revenue estimate. */
export interface AskableDriver {
  fact: DriverFact;
  zh: string;
  en: string;
  /** Monthly revenue one unit typically carries (CNY per unit per month). */
  revenuePerUnitMonthly: SourcedRange;
  /** Typical count for a small merchant of the trade. */
  typicalCount: SourcedRange;
  /** Evidence that proves the count, most direct first. */
  provenBy: readonly EvidenceKind[];
}

/** A revenue driver the domain has no fact for yet (machines, shelf metres, land): known, not askable. */
export interface OtherDriver {
  id: 'machines' | 'shelf_metres' | 'land_mu' | 'storage_m2' | 'stations';
  zh: string;
  en: string;
  revenuePerUnitMonthly: SourcedRange;
  typicalCount: SourcedRange;
  provenBy: readonly EvidenceKind[];
}

/** A partner type upstream (suppliers) or downstream (customers) of the trade. */
export interface Partner {
  zh: string;
  en: string;
}

/** How the trade's takings move over the year. */
export interface Seasonality {
  /** Calendar months (1-12) of the peak. */
  peakMonths: readonly number[];
  /** Peak month revenue relative to an average month. */
  peakToAverage: Sourced;
  zh: string;
  en: string;
}

/** How one kind of evidence informs a limit estimate. */
export interface EvidenceKnowledge {
  evidence: EvidenceKind;
  /** Claim groups it verifies and how strongly (0..1 of the group's remaining doubt). */
  verifies: Partial<Record<ClaimGroup, number>>;
  /** When it measures revenue: standard deviation of ln(revenue) it leaves. */
  revenueLogSd?: number;
  /** Merchant effort, in units where a photo is 0.5 and a multi-page bank statement export is 4. */
  effort: number;
  /** Proves one unit of a driver (one certificate per vehicle...). */
  perUnitOf?: DriverFact;
  source: string;
}

/** What the assistant knows about one trade. */
export interface IndustryKnowledge {
  id: IndustryId;
  /** Plausible monthly revenue of a small merchant of the trade (CNY). */
  monthlyRevenue: SourcedRange;
  /** Share of verified annual revenue a working-capital line may reach. */
  creditToRevenue: Sourced;
  drivers: readonly AskableDriver[];
  otherDrivers: readonly OtherDriver[];
  staff: SourcedRange;
  /** Monthly rent as a share of monthly revenue. */
  rentShareOfRevenue: SourcedRange;
  paymentCycleDays: SourcedRange;
  upstream: readonly Partner[];
  downstream: readonly Partner[];
  seasonality: Seasonality;
  /** Evidence worth asking for in this trade (the policy ranks it; order here is not a script). */
  evidence: readonly EvidenceKind[];
  /** Doubt (variance of ln limit) each claim group carries while nothing verifies it. */
  claimWeights: Record<ClaimGroup, Sourced>;
}
