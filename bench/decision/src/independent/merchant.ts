import { makeIdentity, type MerchantIdentity } from './identity';
import type { Draw } from './rng';
import type { TradeModel } from './trades';
import { fairLimitFor } from './fair-limit';

// The hidden truth of one merchant: what the business really takes in, month by month, and what it runs on.

/** The day every case of the split is decided, and the last full month before it. */
export const CASE_DATE = '2026-11-16';
const CASE_YEAR = 2026;
const LAST_FULL_MONTH = { year: 2026, month: 10 };

/** Year and month (1-12) of a calendar month. */
export interface YearMonth {
  year: number;
  month: number;
}

/** `count` calendar months ending with the last full month before the case date, oldest first. */
export function lastMonths(count: number): YearMonth[] {
  const out: YearMonth[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const index = LAST_FULL_MONTH.year * 12 + (LAST_FULL_MONTH.month - 1) - i;
    out.push({ year: Math.floor(index / 12), month: (index % 12) + 1 });
  }
  return out;
}

/** 'YYYY-MM' of a month. */
export const monthKey = (m: YearMonth): string => `${m.year}-${String(m.month).padStart(2, '0')}`;

/** A merchant as it really is (no one in the case sees this directly). */
export interface Merchant {
  trade: TradeModel;
  identity: MerchantIdentity;
  /** Yearly average of monthly revenue (CNY). */
  trueMonthlyRevenue: number;
  /** Revenue of each of the last 24 months, keyed 'YYYY-MM'. */
  revenueByMonth: Record<string, number>;
  /** Share of takings that reaches the account a statement would show. */
  bankedShare: number;
  /** Share of sales the merchant declares to the tax office. */
  taxDeclaredShare: number;
  /** Units of the trade's driver (trucks, seats, staff), when it has one. */
  driverUnits: number;
  employees: number;
  yearsInBusiness: number;
  currentLimit: number;
  /** What the true business supports (before the reviewer's view of the evidence). */
  trueCapacityLimit: number;
}

/** Draws a merchant of a trade. */
export function makeMerchant(d: Draw, trade: TradeModel): Merchant {
  const identity = makeIdentity(d, trade, CASE_YEAR);
  const trueMonthlyRevenue = Math.round(d.logUniform(trade.monthlyRevenue[0], trade.monthlyRevenue[1]));
  const revenueByMonth: Record<string, number> = {};
  // A merchant's year is the trade's season, its own growth over two years, and month-to-month noise.
  const growth = d.between(-0.15, 0.3);
  lastMonths(24).forEach((m, i) => {
    const trend = 1 + growth * ((i - 18) / 24);
    revenueByMonth[monthKey(m)] = Math.round(trueMonthlyRevenue * (trade.season[m.month - 1] ?? 1) * trend * d.jitter(0.12));
  });
  const last12 = lastMonths(12).reduce((s, m) => s + (revenueByMonth[monthKey(m)] ?? 0), 0);
  const driverUnits = trade.driver
    ? Math.max(1, Math.round(trueMonthlyRevenue / d.between(trade.driver.revenuePerUnit[0], trade.driver.revenuePerUnit[1])))
    : 0;
  const employees =
    trade.driver?.fact === 'employees' ? driverUnits : Math.max(1, Math.round(trueMonthlyRevenue / d.between(15_000, 45_000)));
  const trueCapacityLimit = fairLimitFor(trade, last12);
  // The lender's present limit comes from other-proof (bureau, registry, payment flows): below what the business
  // supports for most who ask for more (they chose to ask), close to it for some.
  const currentLimit = Math.max(10_000, Math.floor((trueCapacityLimit * d.between(0.15, 1.0)) / 5_000) * 5_000);
  return {
    trade,
    identity,
    trueMonthlyRevenue: Math.round(last12 / 12),
    revenueByMonth,
    bankedShare: d.between(trade.bankedShare[0], trade.bankedShare[1]),
    taxDeclaredShare: d.between(0.7, 1),
    driverUnits,
    employees,
    yearsInBusiness: CASE_YEAR - Number(identity.establishedDate.slice(0, 4)),
    currentLimit,
    trueCapacityLimit,
  };
}
