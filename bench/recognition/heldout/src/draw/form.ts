/** Label/value blocks in the four ways forms set them: boxed side by side, label above value, borderless, underlined. */
import { line, strokeRect, type Ctx } from './context';
import { drawText, textWidth, wrapLines, type TextStyle } from './text';

export interface FormCell {
  label: string;
  value: string;
  /** Share of the row width (default 1). */
  weight?: number;
}

export type FormMode = 'side' | 'above' | 'borderless' | 'underline';

export interface FormOptions {
  x: number;
  y: number;
  width: number;
  mode: FormMode;
  rows: readonly (readonly FormCell[])[];
  labelStyle: TextStyle;
  valueStyle: TextStyle;
  lineColor?: string;
  lineWidth?: number;
  minRowHeight?: number;
  /** Draw label characters spread evenly over the widest label (名 称). */
  justifyLabels?: boolean;
  /** Printer misregistration of the values, in px. */
  valueShift?: { dx: number; dy: number };
  /** Colon after labels in borderless/underline mode. */
  colon?: string;
}

const PAD = 8;

/** Draws label characters spread across width (used for 名 称-style aligned labels). */
export function drawJustified(ctx: Ctx, label: string, x: number, baseline: number, width: number, style: TextStyle): void {
  const chars = [...label.replace(/\s/g, '')];
  if (chars.length <= 1) {
    drawText(ctx, label, x, baseline, style);
    return;
  }
  const used = chars.reduce((total, ch) => total + textWidth(ctx, ch, style), 0);
  const gap = Math.max(0, (width - used) / (chars.length - 1));
  let cursor = x;
  for (const ch of chars) {
    drawText(ctx, ch, cursor, baseline, style);
    cursor += textWidth(ctx, ch, style) + gap;
  }
}

function labelColumnWidths(ctx: Ctx, options: FormOptions): Map<string, number> {
  const widths = new Map<string, number>();
  for (const row of options.rows) {
    row.forEach((cell, index) => {
      const key = `${row.length}:${index}`;
      const text = options.mode === 'borderless' || options.mode === 'underline' ? cell.label + (options.colon ?? '：') : cell.label;
      widths.set(key, Math.max(widths.get(key) ?? 0, textWidth(ctx, text, options.labelStyle) + PAD * 2));
    });
  }
  return widths;
}

/** Draws the rows and returns the y below the block. */
export function drawForm(ctx: Ctx, options: FormOptions): number {
  const lineColor = options.lineColor ?? '#333';
  const lineWidth = options.lineWidth ?? 1.2;
  const valueLineHeight = options.valueStyle.size * 1.35;
  const labelWidths = labelColumnWidths(ctx, options);
  const shift = options.valueShift ?? { dx: 0, dy: 0 };
  let y = options.y;
  for (const row of options.rows) {
    const totalWeight = row.reduce((sum, cell) => sum + (cell.weight ?? 1), 0);
    const cells = row.map((cell, index) => {
      const cellWidth = (options.width * (cell.weight ?? 1)) / totalWeight;
      const labelWidth = Math.min(cellWidth * 0.55, labelWidths.get(`${row.length}:${index}`) ?? 0);
      const valueWidth = options.mode === 'above' ? cellWidth - PAD * 2 : cellWidth - labelWidth - PAD * 2;
      const lines = cell.value === '' ? [''] : wrapLines(ctx, cell.value, options.valueStyle, Math.max(20, valueWidth));
      return { cell, cellWidth, labelWidth, lines };
    });
    const labelBlock = options.mode === 'above' ? options.labelStyle.size * 1.5 : 0;
    const height = Math.max(
      options.minRowHeight ?? 0,
      ...cells.map((c) => c.lines.length * valueLineHeight + PAD * 1.6 + labelBlock),
    );
    let x = options.x;
    for (const { cell, cellWidth, labelWidth, lines } of cells) {
      drawCell(ctx, options, { x, y, width: cellWidth, height }, cell.label, labelWidth, lines, valueLineHeight, shift, lineColor, lineWidth);
      x += cellWidth;
    }
    y += height;
  }
  return y;
}

function drawCell(
  ctx: Ctx,
  options: FormOptions,
  box: { x: number; y: number; width: number; height: number },
  label: string,
  labelWidth: number,
  lines: readonly string[],
  lineHeight: number,
  shift: { dx: number; dy: number },
  lineColor: string,
  lineWidth: number,
): void {
  const labelStyle = options.labelStyle;
  const valueStyle = options.valueStyle;
  const textBlock = lines.length * lineHeight;
  switch (options.mode) {
    case 'side': {
      strokeRect(ctx, box, lineWidth, lineColor);
      line(ctx, box.x + labelWidth, box.y, box.x + labelWidth, box.y + box.height, lineWidth, lineColor);
      const labelBaseline = box.y + box.height / 2 + labelStyle.size * 0.36;
      if (options.justifyLabels) drawJustified(ctx, label, box.x + PAD, labelBaseline, labelWidth - PAD * 2, labelStyle);
      else drawText(ctx, label, box.x + labelWidth / 2, labelBaseline, labelStyle, 'center');
      let baseline = box.y + (box.height - textBlock) / 2 + lineHeight * 0.78;
      for (const text of lines) {
        drawText(ctx, text, box.x + labelWidth + PAD + shift.dx, baseline + shift.dy, valueStyle);
        baseline += lineHeight;
      }
      return;
    }
    case 'above': {
      strokeRect(ctx, box, lineWidth, lineColor);
      drawText(ctx, label, box.x + PAD * 0.7, box.y + labelStyle.size * 1.15, labelStyle);
      let baseline = box.y + labelStyle.size * 1.5 + lineHeight * 0.85;
      for (const text of lines) {
        drawText(ctx, text, box.x + PAD * 1.5 + shift.dx, baseline + shift.dy, valueStyle);
        baseline += lineHeight;
      }
      return;
    }
    case 'borderless':
    case 'underline': {
      const colon = options.colon ?? '：';
      const labelBaseline = box.y + PAD + lineHeight * 0.78;
      if (options.justifyLabels) {
        drawJustified(ctx, label, box.x, labelBaseline, labelWidth - PAD * 2 - textWidth(ctx, colon, labelStyle), labelStyle);
        drawText(ctx, colon, box.x + labelWidth - PAD * 2, labelBaseline, labelStyle, 'right');
      } else {
        drawText(ctx, label + colon, box.x, labelBaseline, labelStyle);
      }
      let baseline = labelBaseline;
      for (const text of lines) {
        drawText(ctx, text, box.x + labelWidth - PAD + shift.dx, baseline + shift.dy, valueStyle);
        if (options.mode === 'underline') {
          line(ctx, box.x + labelWidth - PAD * 1.5, baseline + 5, box.x + box.width - PAD * 2, baseline + 5, 1, lineColor);
        }
        baseline += lineHeight;
      }
      return;
    }
  }
}
