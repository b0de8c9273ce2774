import { AVERAGE_MONTHLY_WAGE, industryKnowledge, KNOWLEDGE_BASE_VERSION, type IndustryId, type SourcedRange } from '@uplift/domain';

// Per-unit revenue norms the capacity estimators multiply verified counts by. They come from the
// domain's versioned knowledge base (one source of truth for what the assistant asks and what the
// decision believes); the utility norms are the decision's own assumptions, listed here.

/** A per-unit norm: monthly revenue one unit typically carries, its plausible range and its source. */
export interface UnitNorm {
  /** Geometric mean of the range: the central figure for a log-normal spread. */
  monthlyPerUnit: number;
  min: number;
  max: number;
  source: string;
}

/** What the estimators know about an industry. */
export interface IndustryNorms {
  creditToRevenue: number;
  monthlyRevenue: { min: number; max: number };
  perVehicle: UnitNorm | null;
  perSeat: UnitNorm | null;
  perEmployee: UnitNorm | null;
  perMachine: UnitNorm | null;
  perShelfMetre: UnitNorm | null;
  perStation: UnitNorm | null;
  /** Monthly revenue per kWh of electricity used (assumption). */
  perKwh: UnitNorm | null;
  /** Monthly revenue per m3 of water used (assumption). */
  perCubicMetreWater: UnitNorm | null;
}

/** Version of the knowledge the decision's norms come from. */
export const DECISION_KNOWLEDGE_VERSION = `${KNOWLEDGE_BASE_VERSION}+decision-utility-1`;

/** Average monthly wage (CNY), used to check payroll totals against head counts. */
export const MONTHLY_WAGE = AVERAGE_MONTHLY_WAGE.value;

const norm = (r: SourcedRange): UnitNorm => ({
  monthlyPerUnit: Math.round(Math.sqrt(r.min * r.max)),
  min: r.min,
  max: r.max,
  source: r.source,
});
const assumed = (min: number, max: number): UnitNorm => norm({ min, max, unit: 'CNY/unit/month', source: 'assumption' });

/** Revenue per kWh and per m3 of water by trade (assumption: typical small-merchant energy intensity). */
const UTILITY: Readonly<Record<IndustryId, { kwh: UnitNorm | null; water: UnitNorm | null }>> = {
  catering: { kwh: assumed(12, 50), water: assumed(150, 800) },
  retail: { kwh: assumed(20, 80), water: null },
  logistics: { kwh: null, water: null },
  construction: { kwh: null, water: null },
  manufacturing: { kwh: assumed(3, 15), water: null },
  wholesale: { kwh: assumed(30, 150), water: null },
  agriculture: { kwh: assumed(4, 25), water: null },
  personal_services: { kwh: assumed(15, 60), water: assumed(100, 600) },
};

const cache = new Map<IndustryId, IndustryNorms>();

/** The norms of one industry. */
export function industryNorms(id: IndustryId): IndustryNorms {
  const hit = cache.get(id);
  if (hit) return hit;
  const kb = industryKnowledge(id);
  const driver = (fact: 'vehicles' | 'seats' | 'employees') => {
    const d = kb.drivers.find((x) => x.fact === fact);
    return d ? norm(d.revenuePerUnitMonthly) : null;
  };
  const other = (key: 'machines' | 'shelf_metres' | 'stations') => {
    const d = kb.otherDrivers.find((x) => x.id === key);
    return d ? norm(d.revenuePerUnitMonthly) : null;
  };
  const built: IndustryNorms = {
    creditToRevenue: kb.creditToRevenue.value,
    monthlyRevenue: { min: kb.monthlyRevenue.min, max: kb.monthlyRevenue.max },
    perVehicle: driver('vehicles'),
    perSeat: driver('seats'),
    perEmployee: driver('employees'),
    perMachine: other('machines'),
    perShelfMetre: other('shelf_metres'),
    perStation: other('stations'),
    perKwh: UTILITY[id].kwh,
    perCubicMetreWater: UTILITY[id].water,
  };
  cache.set(id, built);
  return built;
}
