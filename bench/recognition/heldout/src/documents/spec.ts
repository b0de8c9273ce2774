/** What a document type builder returns, and the helpers every builder shares. */
import type { FontSet } from '../fonts';
import type { Random } from '../random';
import type { Ctx } from '../draw/context';
import { plainAmount } from '../content/money';
import type { TextStyle } from '../draw/text';

export type LabelMode = 'catalogue' | 'real-world';

export interface BuildContext {
  rng: Random;
  labels: LabelMode;
  layout: string;
  fonts: FontSet;
  /** The document will be a vector PDF (no paper texture, no photo degradation). */
  forPdf: boolean;
}

export type SecurityBackground = 'guilloche' | 'halftone' | 'none';

export interface DocumentSpec {
  width: number;
  height: number;
  /** Paper colour under everything. */
  paper: string;
  security: SecurityBackground;
  securityColor: string;
  /** Draws the document content on a page of width x height. */
  draw(ctx: Ctx): void;
  truth: Record<string, string>;
  amountFields: string[];
  /** Realism already in the content (seal over text, handwriting...), reported as degradations. */
  realism: string[];
  /** Small card (licence card, vehicle licence) rather than a sheet of paper. */
  card: boolean;
}

export interface DocumentType {
  id: string;
  layouts: readonly string[];
  /** Layout used when the document is produced as a PDF. */
  pdfLayout?: string;
  /** Never produced as a PDF (cards are photographed, not downloaded). */
  photoOnly?: boolean;
  build(context: BuildContext): DocumentSpec;
}

/** Collects the truth record while a builder decides what it prints. */
export class Truth {
  readonly values: Record<string, string> = {};
  readonly amountFields: string[] = [];

  text(field: string, value: string): string {
    this.values[field] = value;
    return value;
  }

  amount(field: string, cents: number): number {
    this.values[field] = plainAmount(cents);
    this.amountFields.push(field);
    return cents;
  }
}

/** Catalogue wording, or one of the real-world variants. */
export function label(context: BuildContext, catalogue: string, realWorld: readonly string[]): string {
  return context.labels === 'catalogue' ? catalogue : context.rng.pick(realWorld);
}

export function style(family: string, size: number, extra: Partial<TextStyle> = {}): TextStyle {
  return { family, size, ...extra };
}

/** Printer misregistration of filled-in values: a few px off the form. */
export function misregistration(rng: Random, strength: number): { dx: number; dy: number } {
  return { dx: rng.range(-strength, strength), dy: rng.range(-strength * 0.6, strength * 0.6) };
}

/** Stacks the characters of text vertically, centred on cx between top and bottom. */
export function verticalText(ctx: Ctx, text: string, cx: number, top: number, bottom: number, textStyle: TextStyle): void {
  const chars = [...text];
  const step = (bottom - top) / chars.length;
  ctx.save();
  ctx.font = `${textStyle.bold ? 'bold ' : ''}${textStyle.size}px "${textStyle.family}"`;
  ctx.fillStyle = textStyle.color ?? '#111';
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  chars.forEach((ch, index) => ctx.fillText(ch, cx, top + step * (index + 0.5)));
  ctx.restore();
}
