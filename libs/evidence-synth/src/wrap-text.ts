import type { SKRSContext2D } from '@napi-rs/canvas';

/** Units a line may break between: each Chinese character alone; a run of Latin letters, digits and their punctuation together. */
const UNITS = /[A-Za-z0-9][A-Za-z0-9.,:/%()-]*\s*|[^A-Za-z0-9]/g;

/**
 * Splits `text` into lines that fit `maxWidth` in the context's current font. As in Chinese typesetting,
 * a line may break after any Chinese character, but a figure, date or Latin word stays whole unless it is
 * wider than the line (an 18-digit number in a narrow column). Long company names, addresses, business
 * scopes and periods thus wrap inside their cell.
 */
export function wrapText(g: SKRSContext2D, text: string, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  const fits = (s: string): boolean => g.measureText(s).width <= maxWidth;
  for (const unit of text.match(UNITS) ?? []) {
    if (fits(line + unit)) {
      line += unit;
      continue;
    }
    if (line !== '') lines.push(line.trimEnd());
    line = '';
    for (const ch of fits(unit) ? [unit] : [...unit]) {
      if (line !== '' && !fits(line + ch)) {
        lines.push(line);
        line = '';
      }
      line += ch;
    }
  }
  if (line !== '' || lines.length === 0) lines.push(line.trimEnd());
  return lines;
}

/** Draws wrapped lines from (x, y) downwards, `lineHeight` apart; returns the y of the last baseline. */
export function fillLines(g: SKRSContext2D, lines: readonly string[], x: number, y: number, lineHeight: number): number {
  lines.forEach((line, i) => g.fillText(line, x, y + i * lineHeight));
  return y + Math.max(0, lines.length - 1) * lineHeight;
}
