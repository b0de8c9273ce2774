/** The drawing context shared by raster canvases and PDF pages of @napi-rs/canvas. */
import type { PDFDocument, SKRSContext2D } from '@napi-rs/canvas';

/** A PDF page context is the same native class as a canvas context; its typings only omit drawImage. */
export type Ctx = ReturnType<PDFDocument['beginPage']> & Pick<SKRSContext2D, 'drawImage'>;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function strokeRect(ctx: Ctx, rect: Rect, lineWidth: number, color: string): void {
  ctx.save();
  ctx.lineWidth = lineWidth;
  ctx.strokeStyle = color;
  ctx.strokeRect(rect.x, rect.y, rect.width, rect.height);
  ctx.restore();
}

export function line(ctx: Ctx, x1: number, y1: number, x2: number, y2: number, lineWidth: number, color: string, dash: number[] = []): void {
  ctx.save();
  ctx.lineWidth = lineWidth;
  ctx.strokeStyle = color;
  ctx.setLineDash(dash);
  ctx.beginPath();
  ctx.moveTo(x1, y1);
  ctx.lineTo(x2, y2);
  ctx.stroke();
  ctx.restore();
}

export function fillRect(ctx: Ctx, rect: Rect, color: string): void {
  ctx.save();
  ctx.fillStyle = color;
  ctx.fillRect(rect.x, rect.y, rect.width, rect.height);
  ctx.restore();
}
