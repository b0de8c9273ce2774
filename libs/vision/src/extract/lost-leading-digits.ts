import type { Field } from '../types';
import { formatFen } from '../validate/amounts';
import { invoiceFigures } from './invoice-figures';

/** True when `read` is `whole` with leading digits lost (6441.44 of 16441.44): a strict suffix of its digits. */
export function lostLeadingDigits(read: number, whole: number): boolean {
  const r = String(Math.abs(read));
  const w = String(Math.abs(whole));
  return read > 0 && whole > read && w.length > r.length && w.endsWith(r);
}

/**
 * Invoice figures that OCR cut at the front (a seal or a rule over ¥1 of ¥16,441.44) are restored from the
 * arithmetic the invoice must satisfy: amount + tax = total, and the total equals its capital numerals. A
 * figure is replaced only when the one the others imply ends with every digit that was read (16441.44 for
 * 6441.44), and only one figure is so repaired; a figure that merely disagrees is left for the validations to
 * flag, never guessed. The repaired field's confidence is lowered. Pure.
 */
export function restoreLostLeadingDigits(fields: readonly Field[]): Field[] {
  const { amount, tax, total, capital } = invoiceFigures(fields);
  const repairs: Array<[string, number]> = [];
  if (total !== null && capital !== null && lostLeadingDigits(total, capital)) repairs.push(['total', capital]);
  const sure = capital ?? total;
  if (amount !== null && tax !== null && sure !== null && amount + tax !== sure) {
    if (lostLeadingDigits(tax, sure - amount)) repairs.push(['tax', sure - amount]);
    if (lostLeadingDigits(amount, sure - tax)) repairs.push(['amount', sure - tax]);
  }
  if (repairs.length !== 1) return [...fields];
  const [name, value] = repairs[0] as [string, number];
  return fields.map((f) =>
    f.name === name ? { ...f, value: formatFen(value), confidence: Math.round(f.confidence * 0.8 * 1000) / 1000 } : f,
  );
}
