import type { Cell } from './cell-geometry';

/** Labels this long stay unmistakable with one character lost. */
const MIN_LENGTH = 5;
/** Four-character labels stay unmistakable without their first character (效期至, 册资本): the box's rule or a seal takes it. */
const MIN_LENGTH_HEAD_LOST = 4;

/**
 * Restores labels whose first or last character OCR lost, as happens to labels printed small on a boxed
 * form (税人名称 for 纳税人名称, 纳税人识别 for 纳税人识别号). Only a cell that is exactly such a clipped
 * label is restored, only for labels of five or more characters (four when the first one is lost), and only when one label fits
 * (or, with `fieldsOf` naming each label's fields, labels of the same fields). With it, a field's Chinese label of four or more
 * characters that lost an inner character is restored too. Pure.
 */
export function restoreClippedLabels(cells: readonly Cell[], labels: ReadonlySet<string>, fieldsOf?: (label: string) => string): Cell[] {
  const clipped = new Map<string, string | null>();
  // Two labels of the same fields that lose a character to the same text (签订日期, 签约日期 → 签日期) are one reading.
  const same = (a: string | null | undefined, b: string): boolean =>
    a === b || (!!a && !!fieldsOf && fieldsOf(a) !== '' && fieldsOf(a) === fieldsOf(b));
  for (const label of labels) {
    const length = [...label].length;
    if (length < MIN_LENGTH_HEAD_LOST) continue;
    for (const key of length >= MIN_LENGTH ? [label.slice(1), label.slice(0, -1)] : [label.slice(1)]) {
      if (labels.has(key)) continue;
      clipped.set(key, clipped.has(key) && !same(clipped.get(key), label) ? null : label);
    }
  }
  // A slash heading whose last part OCR lost at the cell's edge (单价/总价/ for 单价/总价/币制): its parts still say how many
  // values the cell stacks.
  for (const label of labels) {
    const lastSlash = label.lastIndexOf('/');
    if (lastSlash <= 0) continue;
    for (let end = lastSlash + 1; end < label.length; end += 1) {
      const key = label.slice(0, end);
      if (!labels.has(key)) clipped.set(key, clipped.has(key) && clipped.get(key) !== label ? null : label);
    }
  }
  // A field's label of four or more characters whose inner character OCR lost (签日期: the thin strokes of 订 or 约 gone).
  for (const label of labels) {
    const length = [...label].length;
    if (!fieldsOf || fieldsOf(label) === '' || length < MIN_LENGTH_HEAD_LOST || /[^\u4e00-\u9fa5]/.test(label)) continue;
    for (let i = 1; i < length - 1; i += 1) {
      const key = label.slice(0, i) + label.slice(i + 1);
      if (labels.has(key)) continue;
      clipped.set(key, clipped.has(key) && !same(clipped.get(key), label) ? null : label);
    }
  }
  // Tails of labels whose first glyph OCR boxed apart: any label of two or more characters, since the first glyph's own box
  // beside the cell (checked below) is the evidence and picks among labels sharing a tail (地址, 住址).
  const tails = new Map<string, string[]>();
  for (const label of labels) {
    const key = label.slice(1);
    if ([...label].length < 2 || labels.has(key)) continue;
    tails.set(key, [...(tails.get(key) ?? []), label]);
  }
  // Longest tails first: 营场所 before 所.
  const headLost = [...tails].sort((a, b) => b[0].length - a[0].length);
  return cells.map((cell) => {
    const label = labels.has(cell.text) ? undefined : clipped.get(cell.text);
    if (label) return { ...cell, text: label };
    if (startsWithLabel(cell.text, labels)) return cell;
    for (const [key, fulls] of headLost) {
      if (!cell.text.startsWith(key) || cell.text.length <= key.length) continue;
      const fits = fulls.filter((full) => firstPieceLeft(cells, cell, full));
      if (fits.length === 1 && fits[0]) return { ...cell, text: fits[0] + cell.text.slice(key.length) };
    }
    return cell;
  });
}

/** True when a text opens with a known label of two or more characters (then it is read as that label). */
const startsWithLabel = (text: string, labels: ReadonlySet<string>): boolean =>
  [...labels].some((l) => l.length >= 2 && text.startsWith(l));

/**
 * True when the first character of a spaced label stands in its own short box to the left of `cell`, overlapping its row
 * (经 | 营场所郑州市…; OCR may box the first characters of two stacked labels together, 经主). Pure.
 */
function firstPieceLeft(cells: readonly Cell[], cell: Cell, label: string): boolean {
  const first = label.charAt(0);
  const h = cell.box[3];
  return cells.some(
    (c) =>
      c !== cell &&
      // A short box, or a column of first glyphs OCR boxed together down the label column (地企许供).
      ([...c.text].length <= 3 || c.box[3] > c.box[2] * 2) &&
      c.text.includes(first) &&
      c.box[0] + c.box[2] <= cell.box[0] + h * 0.5 &&
      cell.box[0] - (c.box[0] + c.box[2]) < h * 4 &&
      c.box[1] < cell.box[1] + h * 0.8 &&
      c.box[1] + c.box[3] > cell.box[1] + h * 0.2,
  );
}
