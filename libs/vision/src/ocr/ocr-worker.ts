// Worker-thread task module (run by piscina, see worker-pool.ts): PP-OCR through onnxruntime, tesseract.js
// as fallback, COCO detection on demand. The engines load on first use and stay loaded in this thread's
// module state for every later task. OpenCV.js (pulled in by the OCR package) installs process-wide
// error handlers, so it lives only here.
import { workerData } from 'node:worker_threads';
import type { OcrLine } from '../types';
import type { OcrReply, OcrRequest, OcrWorkerConfig, RawDetection } from './ocr-protocol';
import { loadObjectDetector, type ObjectDetector } from '../objects/coco-detector';
import { loadPpCellReader, type PpCellReader } from './pp-cells';

interface TesseractWorker {
  recognize(image: Buffer): Promise<{ data: { text: string; confidence: number } }>;
}

const config = workerData as OcrWorkerConfig;
let pp: Promise<PpCellReader> | null = null;
let tesseract: Promise<TesseractWorker> | null = null;
let detector: Promise<ObjectDetector> | null = null;

// The OCR package is ESM-only and this file compiles to CommonJS, where tsc would turn import() into
// require(); a real dynamic import needs the Function constructor (fixed string, no user input).
// eslint-disable-next-line @typescript-eslint/no-implied-eval
const importEsm = new Function('s', 'return import(s)') as (s: string) => Promise<Record<string, unknown>>;

async function loadTesseract(): Promise<TesseractWorker> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { createWorker } = require('tesseract.js') as {
    createWorker: (l: string, oem: number, o: Record<string, unknown>) => Promise<TesseractWorker>;
  };
  return createWorker('chi_sim+eng', 1, { langPath: config.tessdataDir, cacheMethod: 'none', gzip: true });
}

function toBox(points: number[][] | undefined): [number, number, number, number] {
  if (!points || points.length === 0) return [0, 0, 0, 0];
  const xs = points.map((p) => p[0] ?? 0);
  const ys = points.map((p) => p[1] ?? 0);
  const left = Math.min(...xs);
  const top = Math.min(...ys);
  return [Math.round(left), Math.round(top), Math.round(Math.max(...xs) - left), Math.round(Math.max(...ys) - top)];
}

async function runOcr(engine: 'pp-ocrv4' | 'tesseract', image: Buffer): Promise<OcrLine[]> {
  if (engine === 'pp-ocrv4') {
    pp ??= loadPpCellReader(importEsm, config.models, config.onnxThreads);
    const raw = await (await pp).read(image);
    return raw
      .filter((r) => r.text.trim() !== '')
      .map((r) => ({ text: r.text, confidence: Math.round(r.mean * 1000) / 1000, box: toBox(r.box) }));
  }
  tesseract ??= loadTesseract();
  const { data } = await (await tesseract).recognize(image);
  return data.text
    .split('\n')
    .filter((t) => t.trim() !== '')
    .map((text) => ({ text, confidence: data.confidence / 100, box: [0, 0, 0, 0] as const }));
}

/** Runs one task in this thread; the pool (worker-pool.ts) calls it by name. A thrown error rejects the task. */
export async function runOcrTask(req: OcrRequest): Promise<OcrReply> {
  if (req.op === 'ocr') {
    const lines = await runOcr(req.engine, Buffer.from(req.image));
    return { lines, engine: req.engine };
  }
  detector ??= loadObjectDetector(config.objectModelDir);
  const detections: RawDetection[] = await (await detector).detect(req.image, req.width, req.height);
  return { detections, engine: 'centernet' };
}
