import type { TradeModel } from './trades';

// The fair size of a working-capital line for a given annual revenue (README.md, "Fair limit").

/** Largest unsecured line this split considers for a small business (the Dayan maker of ~CNY 10M got 2M). */
export const LINE_CEILING = 3_000_000;
/** A line is repaid out of profit: at most this many years of net profit. */
export const PROFIT_YEARS = 1.5;

/** The line an annual revenue supports in a trade: its working-capital need, bounded by what profit can repay. */
export function fairLimitFor(trade: TradeModel, annualRevenue: number): number {
  const need = (annualRevenue * trade.workingCapitalDays) / 365;
  const repayable = PROFIT_YEARS * trade.netMargin * annualRevenue;
  return Math.floor(Math.min(need, repayable, LINE_CEILING) / 1_000) * 1_000;
}
