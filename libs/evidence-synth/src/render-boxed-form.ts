import type { SKRSContext2D } from '@napi-rs/canvas';
import { wrapText } from './wrap-text';

/** Fonts and sizes of a boxed form: a small label printed at the top of each box, the value below it. */
export interface BoxedFormStyle {
  face: string;
  labelPx: number;
  valuePx: number;
  perRow: number;
}

/**
 * Draws label/value pairs as a grid of ruled boxes, each with its label printed small in the top-left
 * corner and the value below it (the layout of a customs declaration, and of many bureau forms). Values
 * longer than their box wrap onto further lines. Returns the y below the grid.
 */
export function drawBoxedForm(
  g: SKRSContext2D,
  pairs: ReadonlyArray<readonly [string, string]>,
  x0: number,
  top: number,
  width: number,
  style: BoxedFormStyle,
): number {
  const boxW = width / style.perRow;
  const valueLine = Math.round(style.valuePx * 1.25);
  let y = top;
  for (let start = 0; start < pairs.length; start += style.perRow) {
    const row = pairs.slice(start, start + style.perRow);
    g.font = `${style.valuePx}px ${style.face}`;
    const wrapped = row.map(([, value]) => wrapText(g, value, boxW - 24));
    const lines = Math.max(1, ...wrapped.map((w) => w.length));
    const boxH = style.labelPx + 22 + lines * valueLine;
    g.strokeStyle = '#333';
    g.lineWidth = 1.4;
    row.forEach(([label], i) => {
      const x = x0 + i * boxW;
      // The last box of a short row spans the rest of the width, as on printed forms.
      const w = i === row.length - 1 ? width - i * boxW : boxW;
      g.strokeRect(x, y, w, boxH);
      g.font = `${style.labelPx}px ${style.face}`;
      g.fillText(label, x + 8, y + style.labelPx + 4);
      g.font = `${style.valuePx}px ${style.face}`;
      (wrapped[i] ?? []).forEach((line, k) => g.fillText(line, x + 12, y + style.labelPx + 10 + (k + 1) * valueLine - 6));
    });
    y += boxH;
  }
  return y;
}
