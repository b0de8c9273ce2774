import { centreX, centreY, type Cell } from './cell-geometry';

/**
 * Fields that printed trade stationery numbers in its top right corner, often in red and without a label (送货单, 出库单,
 * 订货单, 运单 books are printed with running serials; some print No. before them).
 */
export const SERIAL_FIELDS: ReadonlySet<string> = new Set(['note_no', 'order_no', 'waybill_no']);

/** A serial alone in its box: digits, perhaps after a short prefix or No./№. A mobile number (1[3-9]…, 11 digits) is none. */
const SERIAL = /^(?:No\.?|NO\.?|№)?[:：]?([A-Z]{0,4}\d{6,20})$/;
const MOBILE = /^1[3-9]\d{9}$/;

/**
 * The serial number a form prints without a label: the one box in the top quarter and right half of the page that holds
 * nothing but a serial. None when there are several or none (then nothing is reported). Pure.
 */
export function unlabelledSerial(cells: readonly Cell[]): { value: string; line: number } | null {
  const boxes = cells.filter((c) => c.box[2] > 0);
  if (boxes.length === 0) return null;
  const top = Math.min(...boxes.map((c) => c.box[1]));
  const bottom = Math.max(...boxes.map((c) => c.box[1] + c.box[3]));
  const left = Math.min(...boxes.map((c) => c.box[0]));
  const right = Math.max(...boxes.map((c) => c.box[0] + c.box[2]));
  const found: Array<{ value: string; line: number }> = [];
  cells.forEach((c, i) => {
    const m = SERIAL.exec(c.text);
    if (!m?.[1] || MOBILE.test(m[1]) || c.box[2] === 0) return;
    if (centreY(c) > top + (bottom - top) * 0.25 || centreX(c) < (left + right) / 2) return;
    found.push({ value: m[1], line: i });
  });
  return found.length === 1 ? (found[0] ?? null) : null;
}
