import type { OcrLine } from '../types';
import type { LabelHit } from './label-hits';

/** A line's compacted text and its box, the unit the layout reasoning works on. */
export interface Cell {
  text: string;
  box: OcrLine['box'];
  /** OCR's confidence in the box's reading, where known (a lone glyph read unsure may be a misread label character). */
  confidence?: number;
}

/** Where a candidate value was found relative to its label. */
export type ValueSource = 'inline' | 'right' | 'below' | 'column' | 'total';

/** A raw value for a label and the line it came from. */
export interface RawCandidate {
  raw: string;
  line: number;
  source: ValueSource;
}

export const centreY = (c: Cell): number => c.box[1] + c.box[3] / 2;
export const centreX = (c: Cell): number => c.box[0] + c.box[2] / 2;
export const right = (c: Cell): number => c.box[0] + c.box[2];
export const bottom = (c: Cell): number => c.box[1] + c.box[3];
/** Width of text in ems: Chinese and full-width characters 1, Latin letters, digits and ASCII punctuation about half. */
export const ems = (text: string): number => [...text].reduce((sum, ch) => sum + (/[\x20-\x7e]/.test(ch) ? 0.55 : 1), 0);
/** x of the character boundary at `index` in a line (Chinese characters a full em wide, others half). */
export function charX(c: Cell, index: number): number {
  const total = ems(c.text);
  return c.box[0] + (total === 0 ? 0 : (c.box[2] * ems(c.text.slice(0, index))) / total);
}
/** The words that say how an amount is written: in capital numerals or in figures. */
const QUALIFIER = /^\((大|小)写\)$/;
const strip = (raw: string): string => raw.replace(/^[:：;,，、.\s]+/, '');

/** True when two cells sit on one text row: centres closer than 60% of the taller height once the page's skew is allowed for. */
export function sameRow(a: Cell, b: Cell, skew = 0): boolean {
  return Math.abs(centreY(b) - (centreY(a) + skew * (centreX(b) - centreX(a)))) < Math.max(a.box[3], b.box[3]) * 0.6;
}

/** Text of line `j` from `from` up to its next label; null when it starts with a label (it is a label cell). */
export function valueText(cells: readonly Cell[], hits: readonly LabelHit[], j: number, from = 0): string | null {
  const text = cells[j]?.text ?? '';
  // (大写) or (小写) opening a box qualifies the amount that follows it (金额合计 | (大写)陆万柒仟…元整): a value, no label.
  const qualifier = hits.find((h) => h.line === j && h.start === from && h.fields.length === 0 && QUALIFIER.test(h.label));
  if (qualifier) return valueText(cells, hits, j, qualifier.end);
  const next = hits.find((h) => h.line === j && h.start >= from);
  if (next && strip(text.slice(from, next.start)) === '') return null;
  const raw = strip(text.slice(from, next ? next.start : undefined));
  // A cell opening with a word or two glued to a label that ends at a colon holds one label (制表日期：, 打印日期：).
  if (next && from === 0 && /^[\u4e00-\u9fa5]{1,2}$/.test(raw) && /^[:：]/.test(text.slice(next.end))) return null;
  return raw === '' ? null : raw;
}

/** True when a line starts with a label (whatever follows it). */
export function startsWithLabel(cells: readonly Cell[], hits: readonly LabelHit[], j: number): boolean {
  const text = cells[j]?.text ?? '';
  return hits.some((h) => h.line === j && text.slice(0, h.start).replace(/[:：\s]/g, '') === '');
}

/**
 * True when a cell is a label: it starts with one, and what follows is only further labels (单价总价, two
 * headings OCR read as one box), colons, or a bracketed note (毛重(千克)); never a value (参保人数18人).
 */
export function isLabelCell(cells: readonly Cell[], hits: readonly LabelHit[], j: number): boolean {
  const text = cells[j]?.text ?? '';
  const own = hits.filter((h) => h.line === j).sort((a, b) => a.start - b.start);
  let at = 0;
  for (const h of own) {
    if (h.start < at) continue;
    if (text.slice(at, h.start).replace(/[:：\s]/g, '') !== '') break;
    at = h.end;
  }
  return at > 0 && /^[:：]?(\([^)]{0,6}\))?[:：]?$/.test(text.slice(at).replace(/\s/g, ''));
}
