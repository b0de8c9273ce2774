import type { Cell } from './cell-geometry';

/** Labels this long stay unmistakable with one character lost. */
const MIN_LENGTH = 5;
/** Four-character labels stay unmistakable without their first character (效期至, 册资本): the box's rule or a seal takes it. */
const MIN_LENGTH_HEAD_LOST = 4;

/**
 * Restores labels whose first or last character OCR lost, as happens to labels printed small on a boxed
 * form (税人名称 for 纳税人名称, 纳税人识别 for 纳税人识别号). Only a cell that is exactly such a clipped
 * label is restored, only for labels of five or more characters (four when the first one is lost), and only when one label fits. Pure.
 */
export function restoreClippedLabels(cells: readonly Cell[], labels: ReadonlySet<string>): Cell[] {
  const clipped = new Map<string, string | null>();
  for (const label of labels) {
    const length = [...label].length;
    if (length < MIN_LENGTH_HEAD_LOST) continue;
    for (const key of length >= MIN_LENGTH ? [label.slice(1), label.slice(0, -1)] : [label.slice(1)]) {
      if (labels.has(key)) continue;
      clipped.set(key, clipped.has(key) && clipped.get(key) !== label ? null : label);
    }
  }
  return cells.map((cell) => {
    const label = labels.has(cell.text) ? undefined : clipped.get(cell.text);
    return label ? { ...cell, text: label } : cell;
  });
}
