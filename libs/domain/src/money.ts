import type { Language } from './case/vocabulary';

/**
 * A CNY amount as merchants read it: 30万元 / 8000元 in Chinese; CNY 300,000 in English, or CNY 300k
 * when `thousands` is asked for (short hints such as "supports about CNY 80k more").
 */
export function formatCny(amount: number, language: Language, style: 'exact' | 'thousands' = 'exact'): string {
  if (language === 'zh') return amount >= 10_000 ? `${TWO_DECIMALS.format(amount / 10_000)}万元` : `${amount}元`;
  return style === 'thousands' ? `CNY ${GROUPED.format(Math.round(amount / 1_000))}k` : `CNY ${GROUPED.format(amount)}`;
}

// Made once: toLocaleString with a locale builds a formatter on every call (a third of a reply's rendering).
const GROUPED = new Intl.NumberFormat('en-US');
const TWO_DECIMALS = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
