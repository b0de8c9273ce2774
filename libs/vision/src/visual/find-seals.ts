import type { RgbImage } from '../input/decode-input';
import type { SealFinding } from '../types';
import { connectedComponents, dilate } from './components';

/** Version of the seal detector; recorded in every result. */
export const SEALS_VERSION = 'red-ring-1';

/** True for seal-red ink: strongly red, clearly above green and blue (also faded or photographed). */
export function isSealRed(r: number, g: number, b: number): boolean {
  return r > 110 && r - g > 55 && r - b > 40 && g < 170;
}

/**
 * Red official seals: red pixels, joined by dilation, in components that are round (circle or ellipse)
 * and hollow like a ring; a filled centre blob is the star of an official seal. Pure over RGB pixels.
 */
export function findSeals(image: RgbImage): SealFinding[] {
  const { data, width, height } = image;
  const mask = new Uint8Array(width * height);
  for (let i = 0, p = 0; i < mask.length; i += 1, p += 3) mask[i] = isSealRed(data[p] ?? 0, data[p + 1] ?? 0, data[p + 2] ?? 0) ? 1 : 0;
  const minSide = Math.min(width, height);
  const joined = dilate(mask, width, height, 2);
  const seals: SealFinding[] = [];
  for (const c of connectedComponents(joined, width, height, 200)) {
    const w = c.right - c.left + 1;
    const h = c.bottom - c.top + 1;
    if (Math.min(w, h) < minSide * 0.08 || Math.max(w, h) > minSide * 0.7) continue;
    const aspect = w / h;
    if (aspect < 0.55 || aspect > 1.8) continue;
    // Ring test: red pixels near the ellipse outline vs inside the inner half.
    const cx = (c.left + c.right) / 2;
    const cy = (c.top + c.bottom) / 2;
    let edge = 0;
    let edgeSamples = 0;
    let core = 0;
    let coreSamples = 0;
    for (let y = c.top; y <= c.bottom; y += 1) {
      for (let x = c.left; x <= c.right; x += 1) {
        const dx = (x - cx) / (w / 2);
        const dy = (y - cy) / (h / 2);
        const d = Math.sqrt(dx * dx + dy * dy);
        const on = mask[y * width + x] ?? 0;
        if (d > 0.85 && d <= 1) {
          edge += on;
          edgeSamples += 1;
        } else if (d < 0.3) {
          core += on;
          coreSamples += 1;
        }
      }
    }
    const edgeFill = edgeSamples ? edge / edgeSamples : 0;
    const coreFill = coreSamples ? core / coreSamples : 0;
    if (edgeFill < 0.25) continue;
    const shape = aspect > 0.85 && aspect < 1.18 ? 'circle' : 'ellipse';
    seals.push({
      shape,
      hasStar: coreFill > 0.15,
      box: [c.left, c.top, w, h],
      confidence: Math.round(Math.min(0.99, 0.4 + edgeFill * 0.8) * 1000) / 1000,
    });
  }
  // A seal's star is itself a compact red blob: keep only seals not inside another seal.
  return seals.filter(
    (s) =>
      !seals.some(
        (o) =>
          o !== s &&
          s.box[0] >= o.box[0] &&
          s.box[1] >= o.box[1] &&
          s.box[0] + s.box[2] <= o.box[0] + o.box[2] &&
          s.box[1] + s.box[3] <= o.box[1] + o.box[3],
      ),
  );
}
