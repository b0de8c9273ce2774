import type { OcrLine } from '../types';

/** Quality of an OCR reading: confident characters, so the right orientation scores highest. Pure. */
export function readingScore(lines: readonly OcrLine[]): number {
  return lines.reduce((sum, l) => sum + l.text.replace(/\s/g, '').length * l.confidence * l.confidence, 0);
}

/** Share of text boxes taller than wide: high when the page is turned by 90° or 270°. Pure. */
export function verticalShare(lines: readonly OcrLine[]): number {
  const boxes = lines.filter((l) => l.box[2] > 0 && l.text.length >= 3);
  if (boxes.length === 0) return 0;
  return boxes.filter((l) => l.box[3] > l.box[2] * 1.3).length / boxes.length;
}

/** Rotations worth trying after a first reading at 0°, best guess first; empty when 0° is clearly right. Pure. */
export function rotationsToTry(first: readonly OcrLine[]): number[] {
  const chars = first.reduce((n, l) => n + l.text.length, 0);
  const mean = chars === 0 ? 0 : readingScore(first) / chars;
  if (verticalShare(first) > 0.4) return [90, 270];
  if (chars >= 40 && mean >= 0.55) return [];
  return [180, 90, 270];
}
