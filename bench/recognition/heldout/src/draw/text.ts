/** Text placement: measured, fitted, letter-spaced and wrapped the way Chinese forms set text. */
import { fontSpec } from '../fonts';
import type { Ctx } from './context';

export interface TextStyle {
  family: string;
  size: number;
  bold?: boolean;
  color?: string;
  /** Extra space between characters, in px. */
  spacing?: number;
}

export type Align = 'left' | 'center' | 'right';

function apply(ctx: Ctx, style: TextStyle): void {
  ctx.font = fontSpec(style.family, style.size, style.bold ?? false);
  ctx.fillStyle = style.color ?? '#111';
  ctx.textBaseline = 'alphabetic';
}

export function textWidth(ctx: Ctx, text: string, style: TextStyle): number {
  ctx.save();
  apply(ctx, style);
  const chars = [...text];
  const width = ctx.measureText(text).width + (style.spacing ?? 0) * Math.max(0, chars.length - 1);
  ctx.restore();
  return width;
}

/** Draws text with its baseline at y; x is the left, centre or right edge. Returns the width drawn. */
export function drawText(ctx: Ctx, text: string, x: number, y: number, style: TextStyle, align: Align = 'left'): number {
  const width = textWidth(ctx, text, style);
  const left = align === 'left' ? x : align === 'center' ? x - width / 2 : x - width;
  ctx.save();
  apply(ctx, style);
  const spacing = style.spacing ?? 0;
  if (spacing === 0) {
    ctx.textAlign = 'left';
    ctx.fillText(text, left, y);
  } else {
    let cursor = left;
    for (const ch of text) {
      ctx.fillText(ch, cursor, y);
      cursor += ctx.measureText(ch).width + spacing;
    }
  }
  ctx.restore();
  return width;
}

/** Largest size not above style.size at which text fits maxWidth (forms shrink long values). */
export function fittedStyle(ctx: Ctx, text: string, style: TextStyle, maxWidth: number, minSize = 8): TextStyle {
  let size = style.size;
  while (size > minSize && textWidth(ctx, text, { ...style, size }) > maxWidth) size -= 0.5;
  return { ...style, size };
}

/** Draws text vertically centred in a box. */
export function drawInBox(
  ctx: Ctx,
  text: string,
  box: { x: number; y: number; width: number; height: number },
  style: TextStyle,
  align: Align = 'left',
  padding = 6,
): void {
  const fitted = fittedStyle(ctx, text, style, box.width - padding * 2);
  const x = align === 'left' ? box.x + padding : align === 'center' ? box.x + box.width / 2 : box.x + box.width - padding;
  drawText(ctx, text, x, box.y + box.height / 2 + fitted.size * 0.36, fitted, align);
}

const NO_LINE_START = '，。、；：？！）》」』”’%,.;:)';

/** Splits text into lines no wider than width; digit and latin runs are kept whole. */
export function wrapLines(ctx: Ctx, text: string, style: TextStyle, width: number, firstLineIndent = 0): string[] {
  const tokens = text.match(/[A-Za-z0-9¥￥.,:\-/*%()·]+|\s+|./gu) ?? [];
  const lines: string[] = [];
  let current = '';
  let available = width - firstLineIndent;
  for (const token of tokens) {
    const candidate = current + token;
    if (current !== '' && textWidth(ctx, candidate, style) > available && !NO_LINE_START.includes(token)) {
      lines.push(current);
      current = token.trim() === '' ? '' : token;
      available = width;
    } else {
      current = candidate;
    }
  }
  if (current !== '') lines.push(current);
  return lines;
}

/** Draws a wrapped paragraph from baseline y; returns the baseline after the last line. */
export function drawParagraph(
  ctx: Ctx,
  text: string,
  x: number,
  y: number,
  width: number,
  style: TextStyle,
  lineHeight: number,
  firstLineIndent = 0,
): number {
  const lines = wrapLines(ctx, text, style, width, firstLineIndent);
  let baseline = y;
  lines.forEach((textLine, index) => {
    drawText(ctx, textLine, x + (index === 0 ? firstLineIndent : 0), baseline, style);
    baseline += lineHeight;
  });
  return baseline;
}

/** Title with wide letter spacing, centred on cx. */
export function spacedTitle(ctx: Ctx, text: string, cx: number, y: number, style: TextStyle, spacing: number): void {
  drawText(ctx, text, cx, y, { ...style, spacing }, 'center');
}

/** Inserts spaces between characters of a short label: 名称 -> 名 称. */
export function spreadLabel(label: string): string {
  return [...label].join(' ');
}
