/** Flowing text pages (contracts, letters): blocks measured first, then drawn top to bottom. */
import { createCanvas } from '@napi-rs/canvas';
import type { Ctx } from '../draw/context';
import { drawText, wrapLines, type TextStyle } from '../draw/text';

export interface Block {
  height(ctx: Ctx, width: number): number;
  draw(ctx: Ctx, x: number, y: number, width: number): void;
  /** May be dropped when the page is full. */
  optional?: boolean;
}

const scratch: Ctx = createCanvas(16, 16).getContext('2d');

/** A paragraph with a first-line indent (two characters in Chinese typesetting). */
export function paragraph(text: string, textStyle: TextStyle, indentChars = 2, optional = false, spacing = 1.75): Block {
  const lineHeight = textStyle.size * spacing;
  const indent = textStyle.size * indentChars;
  return {
    optional,
    height: (ctx, width) => wrapLines(ctx, text, textStyle, width, indent).length * lineHeight + textStyle.size * 0.3,
    draw(ctx, x, y, width) {
      let baseline = y + textStyle.size;
      wrapLines(ctx, text, textStyle, width, indent).forEach((textLine, index) => {
        drawText(ctx, textLine, x + (index === 0 ? indent : 0), baseline, textStyle);
        baseline += lineHeight;
      });
    },
  };
}

export function gap(size: number): Block {
  return { height: () => size, draw: () => undefined };
}

/** Any fixed-height drawing as a block. */
export function custom(height: number, draw: (ctx: Ctx, x: number, y: number, width: number) => void, optional = false): Block {
  return { height: () => height, draw, optional };
}

/** Drops optional blocks from the end until the rest fits the available height. */
export function fitBlocks(blocks: readonly Block[], width: number, available: number): Block[] {
  const kept = [...blocks];
  const total = (): number => kept.reduce((sum, block) => sum + block.height(scratch, width), 0);
  while (total() > available) {
    let dropAt = -1;
    for (let i = kept.length - 1; i >= 0; i--) {
      if (kept[i]?.optional) {
        dropAt = i;
        break;
      }
    }
    if (dropAt < 0) break;
    kept.splice(dropAt, 1);
  }
  return kept;
}

export function drawBlocks(ctx: Ctx, blocks: readonly Block[], x: number, y: number, width: number): number {
  let cursor = y;
  for (const block of blocks) {
    block.draw(ctx, x, cursor, width);
    cursor += block.height(ctx, width);
  }
  return cursor;
}
