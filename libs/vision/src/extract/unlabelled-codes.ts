import { isValidUscc } from '@uplift/domain';
import { nearestTerm, TAX_TYPES } from './closed-vocabularies';

/** A box that holds a code and nothing else (a USCC is 18 digits and capitals). */
const CODE_ALONE = /^[0-9A-Z]{18}$/;

/**
 * The one unified social credit code on a page whose label OCR lost (纳税人识别号 faint, or misread past recognition): the
 * boxes that hold nothing but an 18-character code whose check character is right (GB 32100-2015), which no voucher or
 * account number of 18 digits passes by chance more than once in thirty. One such box gives the code; none or several
 * (an invoice's two parties) give nothing. Pure.
 */
export function unlabelledUscc(cells: ReadonlyArray<{ text: string }>): { value: string; line: number } | null {
  const found = cells.flatMap((c, line) => (CODE_ALONE.test(c.text) && isValidUscc(c.text) ? [{ value: c.text, line }] : []));
  return found.length === 1 ? (found[0] ?? null) : null;
}

/**
 * The tax type of a payment certificate whose 税种 heading OCR misread (脱种): the first box in reading order that is a tax
 * type of the current tax system and nothing else (within a character in three), which is the first row of the table. Pure.
 */
export function firstTaxTypeBox(cells: ReadonlyArray<{ text: string }>, order: readonly number[]): { value: string; line: number } | null {
  for (const line of order) {
    const text = cells[line]?.text ?? '';
    if ([...text].length < 2 || [...text].length > 10 || !/税|附加|费|基金|保障金/.test(text)) continue;
    const term = nearestTerm(text, TAX_TYPES);
    if (term) return { value: term, line };
  }
  return null;
}
