import sharp from 'sharp';
import type { OcrLine } from '../types';
import type { OcrWorkerPool } from './worker-pool';
import { readingScore, rotationsToTry } from './orientation';

/** Lines read from an image, the engine that read them, and the rotation that read best. */
export interface OcrReading {
  lines: OcrLine[];
  engine: 'pp-ocrv4' | 'tesseract';
  rotation: number;
}

/** OCR with orientation handling: read at 0°, try other rotations when the reading is weak, keep the best. */
export async function readText(pool: OcrWorkerPool, jpeg: Buffer, onProgress: (stage: string) => void): Promise<OcrReading> {
  let engine: OcrReading['engine'] = 'pp-ocrv4';
  const ocr = async (image: Buffer): Promise<OcrLine[]> => {
    try {
      return (await pool.run({ op: 'ocr', engine, image })).lines ?? [];
    } catch (error) {
      if (engine === 'tesseract') throw error;
      // PP-OCR failed to load or run: the tesseract fallback reads the same image.
      engine = 'tesseract';
      return (await pool.run({ op: 'ocr', engine, image })).lines ?? [];
    }
  };
  let best: OcrReading = { lines: await ocr(jpeg), engine, rotation: 0 };
  onProgress('ocr:0');
  for (const angle of rotationsToTry(best.lines)) {
    const rotated = await sharp(jpeg).rotate(angle).jpeg({ quality: 92 }).toBuffer();
    const lines = await ocr(rotated);
    onProgress(`ocr:${angle}`);
    if (readingScore(lines) > readingScore(best.lines) * 1.15) best = { lines, engine, rotation: angle };
    if (rotationsToTry(best.lines).length === 0) break;
  }
  return best;
}
