import type { Cell } from './cell-geometry';

/** Labels this long stay unmistakable with one character misread. */
const MIN_LENGTH = 3;

/** Characters a label may have misread: one, two from six characters on (有交载止日期 for 有效截止日期). */
const allowedMisses = (length: number): number => (length >= 6 ? 2 : 1);

/** The single label that `text` spells with one character misread, two for labels of six or more (same length), or null when none or several do. */
function nearLabel(text: string, byLength: ReadonlyMap<number, readonly string[]>): string | null {
  const chars = [...text];
  let found: string | null = null;
  for (const label of byLength.get(chars.length) ?? []) {
    const wanted = [...label];
    let misses = 0;
    for (let i = 0; i < chars.length && misses <= allowedMisses(chars.length); i += 1) if (chars[i] !== wanted[i]) misses += 1;
    if (misses === 0 || misses > allowedMisses(chars.length)) continue;
    if (found !== null) return null;
    found = label;
  }
  return found;
}

/**
 * Restores labels OCR misread by one character (租货期 for 租赁期, 统一社会信用代玛): a whole cell, or the part
 * of a cell before its colon (where only a label stands), that differs from exactly one of the type's own field
 * labels (`fieldLabels`, three or more characters) in one position (two from six characters on), and is not itself a label
 * (`labels`, every label and stop). Titles, stops and other types' labels are never restored to: a value
 * (货物运输) one character away from a title (货物运单) stays a value. Pure.
 */
export function restoreMisreadLabels(cells: readonly Cell[], labels: ReadonlySet<string>, fieldLabels: ReadonlySet<string>): Cell[] {
  const byLength = new Map<number, string[]>();
  for (const label of fieldLabels) {
    const n = [...label].length;
    if (n >= MIN_LENGTH && !/[\d/]/.test(label)) byLength.set(n, [...(byLength.get(n) ?? []), label]);
  }
  return cells.map((cell) => {
    // A speck OCR read as a symbol after a label cell (注册期★) is no part of it.
    const text0 = /^[\u4e00-\u9fa5]{3,}[★☆●○◆■□※*·•]+$/.test(cell.text) ? cell.text.replace(/[★☆●○◆■□※*·•]+$/, '') : cell.text;
    const colon = text0.search(/[:：]/);
    const head = colon > 0 ? text0.slice(0, colon) : text0;
    const known = labels.has(head) || /\d/.test(head);
    // A whole label cell that lost an inner character (注册期 for 注册日期) is that label; three characters at least.
    const label = known ? null : (nearLabel(head, byLength) ?? ([...head].length >= 3 && colon < 0 ? clippedInside(head, byLength) : null));
    const text = label ? label + text0.slice(head.length) : text0;
    const restored = restoreAfterFigure(
      restoreBeforeFigure(restoreBeforeColons(text, labels, byLength), labels, byLength),
      labels,
      byLength,
    );
    return restored === cell.text ? cell : { ...cell, text: restored };
  });
}

/** The single label of three or more characters that `text` spells with one inner character lost (权人 for 权利人), or null. */
function clippedInside(text: string, byLength: ReadonlyMap<number, readonly string[]>): string | null {
  const chars = [...text];
  const found = (byLength.get(chars.length + 1) ?? []).filter((label) => {
    const wanted = [...label];
    return wanted.some((_, i) => i > 0 && i < wanted.length - 1 && [...wanted.slice(0, i), ...wanted.slice(i + 1)].join('') === text);
  });
  return found.length === 1 ? (found[0] ?? null) : null;
}

/**
 * The next pair's label that OCR joined onto the end of a number (闽(2018)…第4942907号权人 | 厦门恒达贸易有限公司): Chinese
 * characters right after a figure or its 号 that spell one of the type's labels with a character misread or an
 * inner one lost are restored, so that they end the number and introduce the value beside them. Pure.
 */
function restoreAfterFigure(text: string, labels: ReadonlySet<string>, byLength: ReadonlyMap<number, readonly string[]>): string {
  const m = /[\d)）]号?((?!号)[\u4e00-\u9fa5]{2,8})$/.exec(text);
  const tail = m?.[1];
  if (!tail || labels.has(tail) || [...labels].some((l) => l.length >= 2 && tail.endsWith(l))) return text;
  const label = nearLabel(tail, byLength) ?? clippedInside(tail, byLength);
  return label ? text.slice(0, text.length - tail.length) + label : text;
}

/**
 * A cell that opens with a label of four or more characters misread by one character and goes straight on to its
 * figure without a colon (注册自期2014-05-03 for 注册日期): the start of a cell is a label's slot, so the opening
 * characters are that label when exactly one fits. Pure.
 */
function restoreBeforeFigure(text: string, labels: ReadonlySet<string>, byLength: ReadonlyMap<number, readonly string[]>): string {
  const m = /^([\u4e00-\u9fa5]{4,8})[\dA-Z]/.exec(text);
  const opening = m?.[1];
  if (!opening || [...labels].some((l) => l.length >= 2 && opening.startsWith(l))) return text;
  const label = nearLabel(opening, byLength);
  return label ? label + text.slice(opening.length) : text;
}

/**
 * The same inside a line: the characters right before any colon (第二条租货期限：自…) are a label's slot, so a window
 * there that is one known label of four or more characters with a character misread is restored. Pure.
 */
function restoreBeforeColons(text: string, labels: ReadonlySet<string>, byLength: ReadonlyMap<number, readonly string[]>): string {
  let out = text;
  for (const m of text.matchAll(/[:：]/g)) {
    const at = m.index;
    // A known label already ending at the colon (纳税人名称：) holds the slot: nothing is restored there.
    if ([...labels].some((l) => out.slice(0, at).endsWith(l))) continue;
    for (const n of [...byLength.keys()].filter((k) => k >= 4 && k <= at).sort((a, b) => b - a)) {
      const window = out.slice(at - n, at);
      if (/[\d:：]/.test(window)) continue;
      const label = nearLabel(window, byLength);
      if (label) {
        out = out.slice(0, at - n) + label + out.slice(at);
        break;
      }
    }
  }
  return out;
}
