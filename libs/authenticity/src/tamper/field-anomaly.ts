import type { Box, OcrLine, RecognisedField } from '@uplift/domain';
import type { Plane } from '../image/raster';

/** A numeric field whose glyphs differ from the rest of its text line. */
export interface FieldAnomaly {
  field: string;
  score: number;
  box: [number, number, number, number];
  detail: string;
}

interface GlyphMetrics {
  inkHeight: number;
  stroke: number;
  darkness: number;
  inkPixels: number;
}

function metrics(p: Plane, [bx, by, bw, bh]: Box): GlyphMetrics {
  const x0 = Math.max(0, Math.floor(bx));
  const y0 = Math.max(0, Math.floor(by));
  const x1 = Math.min(p.width, Math.ceil(bx + bw));
  const y1 = Math.min(p.height, Math.ceil(by + bh));
  let sum = 0;
  let n = 0;
  for (let y = y0; y < y1; y += 1)
    for (let x = x0; x < x1; x += 1) {
      sum += p.data[y * p.width + x] as number;
      n += 1;
    }
  // Ink is what is clearly darker than the box's mean (paper dominates the mean).
  const cut = n > 0 ? (sum / n) * 0.6 : 0;
  let top = Infinity;
  let bottom = -Infinity;
  let runs = 0;
  let runPixels = 0;
  let dark = 0;
  let ink = 0;
  for (let y = y0; y < y1; y += 1) {
    let inRun = false;
    for (let x = x0; x < x1; x += 1) {
      const v = p.data[y * p.width + x] as number;
      const isInk = v < cut;
      if (isInk) {
        ink += 1;
        dark += v;
        runPixels += 1;
        top = Math.min(top, y);
        bottom = Math.max(bottom, y);
        if (!inRun) runs += 1;
      }
      inRun = isInk;
    }
  }
  return {
    inkHeight: Number.isFinite(top) ? bottom - top + 1 : 0,
    stroke: runs > 0 ? runPixels / runs : 0,
    darkness: ink > 0 ? dark / ink : 0,
    inkPixels: ink,
  };
}

const rel = (a: number, b: number): number => (Math.max(a, b) > 0 ? Math.abs(a - b) / Math.max(a, b) : 0);

/**
 * Compares each digit-bearing field with the rest of its OCR line: ink height, stroke width and
 * darkness. `scale` maps recognition-box pixels to the plane's pixels.
 */
export function fieldAnomalies(grey: Plane, fields: readonly RecognisedField[], lines: readonly OcrLine[], scale: number): FieldAnomaly[] {
  const out: FieldAnomaly[] = [];
  for (const field of fields) {
    if (!field.box || !/\d/.test(field.value)) continue;
    const fb = field.box.map((v) => v * scale) as unknown as Box;
    const line = lines.find((l) => {
      const lb = l.box.map((v) => v * scale);
      const overlap = Math.min(fb[1] + fb[3], (lb[1] as number) + (lb[3] as number)) - Math.max(fb[1], lb[1] as number);
      return overlap > 0.5 * fb[3] && (lb[2] as number) > fb[2] * 1.3;
    });
    if (!line) continue;
    const lb = line.box.map((v) => v * scale) as unknown as Box;
    // The rest of the line: the wider of the parts left or right of the field.
    const leftW = fb[0] - lb[0];
    const rightW = lb[0] + lb[2] - (fb[0] + fb[2]);
    const rest: Box = leftW >= rightW ? [lb[0], lb[1], leftW, lb[3]] : [fb[0] + fb[2], lb[1], rightW, lb[3]];
    if (rest[2] < fb[3]) continue;
    const a = metrics(grey, fb);
    const b = metrics(grey, rest);
    if (a.inkPixels < 20 || b.inkPixels < 20) continue;
    const diff = Math.max(rel(a.inkHeight, b.inkHeight) * 0.8, rel(a.stroke, b.stroke), rel(a.darkness, b.darkness) * 1.5);
    const score = 1 / (1 + Math.exp(-(diff - 0.35) / 0.08));
    out.push({
      field: field.name,
      score,
      box: fb.map(Math.round) as [number, number, number, number],
      detail: `field ${field.name}: glyph height ${a.inkHeight}/${b.inkHeight} px, stroke ${a.stroke.toFixed(1)}/${b.stroke.toFixed(1)} px, ink ${a.darkness.toFixed(0)}/${b.darkness.toFixed(0)} against the rest of its line`,
    });
  }
  return out;
}
