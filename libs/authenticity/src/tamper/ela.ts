import sharp from 'sharp';
import { robustZ } from '../image/grid';

/** Error-level analysis outcome: score 0..1, a block map of anomaly 0..1 and where it peaks. */
export interface ElaResult {
  score: number;
  /** Largest robust z-score of a block's recompression error relative to its edge energy. */
  maxZ: number;
  heatmap: number[][];
  block: number;
  /** Working size over original size. */
  scale: number;
}

const BLOCK = 32;
const RESAVE_QUALITY = 90;
const MAX_SIDE = 2048;
/** Logistic calibration of maxZ (fitted on bench development seeds). */
export const ELA_CALIBRATION = { centre: 9, width: 2 } as const;

async function grey(input: sharp.Sharp): Promise<{ data: Buffer; width: number; height: number }> {
  const { data, info } = await input.greyscale().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/**
 * Resaves the image at quality 90 and compares: regions that went through fewer (or different)
 * compressions than the rest, such as pasted or re-typed text, recompress with a different error.
 * The error is divided by the block's edge energy, since sharp edges always recompress worse.
 */
export async function errorLevelAnalysis(bytes: Buffer): Promise<ElaResult> {
  const meta = await sharp(bytes, { failOn: 'none' }).metadata();
  const longer = Math.max(meta.width ?? 1, meta.height ?? 1);
  const scale = longer > MAX_SIDE ? MAX_SIDE / longer : 1;
  const base = scale < 1 ? await sharp(bytes).rotate().resize({ width: Math.round((meta.width ?? 1) * scale) }).png().toBuffer() : await sharp(bytes).rotate().png().toBuffer();
  const original = await grey(sharp(base));
  const resaved = await grey(sharp(await sharp(base).jpeg({ quality: RESAVE_QUALITY }).toBuffer()));
  const { width, height } = original;
  const cols = Math.floor(width / BLOCK);
  const rows = Math.floor(height / BLOCK);
  const ratios: number[] = [];
  for (let by = 0; by < rows; by += 1) {
    for (let bx = 0; bx < cols; bx += 1) {
      let err = 0;
      let edge = 0;
      for (let y = by * BLOCK; y < (by + 1) * BLOCK; y += 1) {
        for (let x = bx * BLOCK; x < (bx + 1) * BLOCK; x += 1) {
          const i = y * width + x;
          const o = original.data[i] as number;
          err += Math.abs(o - (resaved.data[i] as number));
          if (x + 1 < width && y + 1 < height) edge += Math.abs(o - (original.data[i + 1] as number)) + Math.abs(o - (original.data[i + width] as number));
        }
      }
      const n = BLOCK * BLOCK;
      ratios.push(err / n / (edge / n + 4));
    }
  }
  const z = robustZ(ratios, 0.01);
  const heatmap: number[][] = [];
  let maxZ = 0;
  for (let by = 0; by < rows; by += 1) {
    const row: number[] = [];
    for (let bx = 0; bx < cols; bx += 1) {
      const v = z[by * cols + bx] as number;
      maxZ = Math.max(maxZ, v);
      row.push(Math.round((1 / (1 + Math.exp(-(v - ELA_CALIBRATION.centre) / ELA_CALIBRATION.width))) * 1000) / 1000);
    }
    heatmap.push(row);
  }
  const score = 1 / (1 + Math.exp(-(maxZ - ELA_CALIBRATION.centre) / ELA_CALIBRATION.width));
  return { score, maxZ, heatmap, block: BLOCK, scale };
}
