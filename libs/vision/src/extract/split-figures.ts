import { right, sameRow, type Cell } from './cell-geometry';

/** A figure whose cents are missing: the yuan part, grouped or not (￥267,584). */
const YUAN_ONLY = /\d(?:[,，]\d{3})*$/;

/**
 * The text of cell `j`, with its cents joined back when OCR read the decimal point as a gap and boxed the cents
 * apart (￥267,584 | 94 → ￥267,584.94): the next box on the same row starts within a character of its end and
 * is exactly two digits; or with its last group and cents when OCR split it at the thousands separator (49 | 173.93).
 * Otherwise the cell's own text. Pure.
 */
export function withSplitCents(cells: readonly Cell[], j: number, text: string, skew = 0): string {
  const cell = cells[j];
  // A figure ending in a comma and two digits beside a cents box is a group cut short (★67,78 | 00 of 67,780.00):
  // joined, it reads as no figure (67,78.00) rather than as 67.78.
  if (!cell || !YUAN_ONLY.test(text) || /\.\d{2}$/.test(text)) return text;
  const gapLimit = cell.box[3] * 1.2;
  // A figure OCR boxed apart at its thousands separator (49 | 173.93 of 49,173.93): the next box holds the last group and
  // the cents, starting within a character of the leading digits' end.
  const tail = cells.find(
    (c, k) =>
      k !== j &&
      /^\d{3}[.,]\d{2}$/.test(c.text) &&
      /(^|[^\d,，.])\d{1,3}$/.test(text) &&
      sameRow(cell, c, skew) &&
      c.box[0] >= right(cell) - 4 &&
      c.box[0] - right(cell) < gapLimit,
  );
  if (tail) return `${text},${tail.text.replace(',', '.')}`;
  const cents = cells.find(
    (c, k) =>
      k !== j && /^\d{2}$/.test(c.text) && sameRow(cell, c, skew) && c.box[0] >= right(cell) - 4 && c.box[0] - right(cell) < gapLimit,
  );
  return cents ? `${text}.${cents.text}` : text;
}
