import type { VoucherTypeId } from '@uplift/domain';
import { extractFields, voucherSpec, type OcrLine } from '@uplift/vision';

// OCR boxes as the reader receives them: one box per detected text line, with a width that follows the
// glyphs (Chinese characters a full em, Latin letters and digits about half an em).
/** The width of `text` in a font `em` px wide. */
export const glyphsWidth = (text: string, em: number): number =>
  [...text].reduce((w, ch) => w + (/[\x20-\x7e]/.test(ch) ? em * 0.55 : em), 0);

/** A box of `text` at x, y in a font `em` px wide and about 1.1 em high. */
export const lineAt = (text: string, x: number, y: number, em = 28): OcrLine => ({
  text,
  confidence: 0.97,
  box: [x, y, Math.round(glyphsWidth(text, em)), Math.round(em * 1.1)],
});

/** The fields the reader takes from `lines` for a voucher type, by name. */
export const readFields = (type: VoucherTypeId, lines: OcrLine[]): Record<string, string> =>
  Object.fromEntries(extractFields(lines, voucherSpec(type)).map((f) => [f.name, f.value]));
