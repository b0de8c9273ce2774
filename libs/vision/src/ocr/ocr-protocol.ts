import type { OcrLine } from '../types';

/** Which OCR engine a worker runs. */
export type OcrEngine = 'pp-ocrv4' | 'tesseract';

/** Settings each OCR worker starts with. */
export interface OcrWorkerConfig {
  onnxThreads: number;
  modelDir: string | null;
  tessdataDir: string;
  objectModelDir: string | null;
}

/** Requests the main thread sends to an OCR worker. */
export type OcrRequest =
  | { id: number; op: 'ocr'; engine: OcrEngine; image: Uint8Array }
  | { id: number; op: 'detect'; image: Uint8Array; width: number; height: number };

/** A COCO detection from the worker: label, score and box in pixels. */
export interface RawDetection {
  label: string;
  score: number;
  box: [number, number, number, number];
}

/** Replies from an OCR worker. */
export type OcrReply =
  | { id: number; ok: true; lines?: OcrLine[]; detections?: RawDetection[]; engine: string }
  | { id: number; ok: false; error: string };
