import { parseCapitalAmountFen } from '@uplift/domain';
import type { Field } from '../types';
import { parseAmountFen } from '../validate/amounts';

/** An invoice's figures as read so far, in fen (null: not read, or not a figure). */
export interface InvoiceFigures {
  amount: number | null;
  tax: number | null;
  total: number | null;
  /** The total in capital numerals (大写). */
  capital: number | null;
}

/** The amount, tax, total and capital-numeral total among `fields`: what the invoice's arithmetic checks. Pure. */
export function invoiceFigures(fields: readonly Field[]): InvoiceFigures {
  const value = (name: string): string | undefined => fields.find((f) => f.name === name)?.value;
  const fen = (name: string): number | null => {
    const v = value(name);
    return v === undefined ? null : parseAmountFen(v);
  };
  const capitalText = value('total_capital');
  return { amount: fen('amount'), tax: fen('tax'), total: fen('total'), capital: capitalText ? parseCapitalAmountFen(capitalText) : null };
}
