import type { RgbImage } from '../input/decode-input';
import type { Box, OcrLine, SignatureRegion } from '../types';
import { connectedComponents, dilate } from './components';

/** Version of the signature finder; recorded in every result. */
export const SIGNATURES_VERSION = 'ink-near-label-1';

const SIGN_LABEL = /签字|签名|签章|代表人|授权代表|收货人/;

function overlaps(a: Box, b: Box): boolean {
  return a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3];
}

/**
 * Handwriting regions: dark, non-red ink that OCR did not read as printed text, lying within a band to
 * the right of or below a signature label. Pure over RGB pixels and OCR boxes.
 */
export function findSignatures(image: RgbImage, lines: readonly OcrLine[]): SignatureRegion[] {
  const labels = lines.filter((l) => SIGN_LABEL.test(l.text));
  if (labels.length === 0) return [];
  const { data, width, height } = image;
  const mask = new Uint8Array(width * height);
  for (let i = 0, p = 0; i < mask.length; i += 1, p += 3) {
    const r = data[p] ?? 255;
    const g = data[p + 1] ?? 255;
    const b = data[p + 2] ?? 255;
    mask[i] = r < 110 && g < 110 && b < 140 && !(r - g > 40) ? 1 : 0;
  }
  const found: SignatureRegion[] = [];
  for (const c of connectedComponents(dilate(mask, width, height, 3), width, height, 60)) {
    const box: Box = [c.left, c.top, c.right - c.left + 1, c.bottom - c.top + 1];
    if (box[2] < 30 || box[3] < 12 || box[2] > width * 0.5) continue;
    // Printed text is inside OCR boxes; a signature is not (the recogniser rarely reads handwriting).
    if (lines.some((l) => l.confidence > 0.8 && overlaps(l.box, box) && l.box[2] * l.box[3] > box[2] * box[3] * 0.5)) continue;
    const near = labels.some((l) => {
      const band: Box = [l.box[0] - 20, l.box[1] - l.box[3] * 2, l.box[2] + width * 0.4, l.box[3] * 5];
      return overlaps(band, box);
    });
    if (!near) continue;
    found.push({ box, confidence: 0.6 });
  }
  return found.slice(0, 5);
}
