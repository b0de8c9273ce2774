// PP-OCR that keeps every detected text box as its own cell. The OCR package's own `detect` merges all
// boxes whose midlines are close into one line, which joins neighbouring table cells (and, on a tilted
// photo, cells of two rows); field reading needs the cells, so detection and recognition run here.
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { binariseMap, decodeCtc, type ModelOutput } from './model-output';
import type { OcrModelFiles } from './ocr-protocol';
import { planarInput, type RgbaRaster } from './planar-input';

/** A recognised text box: text, mean character confidence, and its four corner points. */
export interface PpCell {
  text: string;
  mean: number;
  box: number[][];
}

interface LineImage {
  image: { resize(o: { height: number }): Promise<unknown> };
  box: number[][];
}
/** The OCR package's raster (its Node backend's, on sharp): resize replaces its pixels and returns it. */
interface PackageImage extends RgbaRaster {
  resize(o: { width: number; height: number }): Promise<PackageImage>;
}
interface DetectionModel {
  imageToInput: typeof planarInput;
  runModel(o: { modelData: unknown }): Promise<ModelOutput & { data: Float32Array }>;
}
interface RecognitionModel {
  imageToInput: typeof planarInput;
  runModel(o: { modelData: unknown }): Promise<ModelOutput>;
  decodeText(output: unknown): Array<{ text: string; mean: number }>;
}
interface ModelClasses {
  Detection: { create(o: Record<string, unknown>): Promise<DetectionModel> };
  Recognition: { create(o: Record<string, unknown>): Promise<RecognitionModel> };
}
/** What the package's Node backend registered: its raster class, its box finder and its default model files. */
interface PackageBackend {
  ImageRaw: { open(image: Buffer): Promise<PackageImage>; new (raster: RgbaRaster): PackageImage };
  splitIntoLineImages(mask: PackageImage, source: PackageImage): Promise<LineImage[]>;
  defaultModels: { dictionaryPath: string };
}

/** Reads every text box of an image separately. */
export interface PpCellReader {
  read(image: Buffer): Promise<PpCell[]>;
}

/** Characters recognised with less mean confidence than this are noise (the package's own cut-off). */
const MIN_MEAN = 0.5;

/** The probability at which the package's detection binarises its map (PaddleOCR's own default is 0.3). */
const PACKAGE_THRESHOLD = 0.03;

/** Detection input sides are multiples of this (the package's BASE_SIZE). */
const BASE_SIZE = 32;

/**
 * onnxruntime's threads busy-wait for work by default. Beside the workflow threads, the authenticity
 * pool, other OCR threads and PostgreSQL that burns CPU others need: on two cores, three photos read
 * together cost 14.5 and 13.8 CPU-seconds spinning against 10.9 and 11.9 without, and finished sooner
 * (bench:load upload phase, two runs each).
 */
const NO_SPINNING = { session: { intra_op: { allow_spinning: '0' }, inter_op: { allow_spinning: '0' } } };

/**
 * onnxruntime's memory pattern plans one block for all of a run's tensors and keeps that plan per input shape. Every
 * page (detection) and every text box (recognition, height 48, any width) has a shape of its own, so no plan is ever
 * reused, and the blocks of ever new sizes fragment the CPU arena, which grows page after page and never gives back:
 * reading 156 dev and dev-b pages the recogniser's process rose to 1,401 MB, and 12 dev-b pages took it from 644 to
 * 1,047 MB against a flat 815 MB without the pattern, for the same readings (ADR 0036, addendum on memory).
 */
const MEMORY_PATTERN = false;

/**
 * Loads PP-OCR detection and recognition. `importEsm` imports an ES module (the package is ESM-only);
 * importing @gutenye/ocr-node first registers its Node backend, which the model classes use.
 */
export async function loadPpCellReader(
  importEsm: (s: string) => Promise<Record<string, unknown>>,
  models: OcrModelFiles | null,
  onnxThreads: number,
): Promise<PpCellReader> {
  await importEsm('@gutenye/ocr-node');
  // The model classes are not in the package's exports map; the same file, by URL, is the same module instance.
  const common = require.resolve('@gutenye/ocr-common');
  const classes = (await importEsm(pathToFileURL(join(dirname(common), 'models', 'index.js')).href)) as unknown as ModelClasses;
  const backend = (await importEsm(pathToFileURL(join(dirname(common), 'backend', 'index.js')).href)) as unknown as PackageBackend;
  const options = {
    models: models ?? undefined,
    onnxOptions: {
      executionProviders: ['cpu'],
      intraOpNumThreads: onnxThreads,
      interOpNumThreads: 1,
      enableMemPattern: MEMORY_PATTERN,
      extra: NO_SPINNING,
    },
  };
  const detection = await classes.Detection.create(options);
  const recognition = await classes.Recognition.create(options);
  // The package's own input builder, replaced on these two instances by one that gives the same numbers faster
  // (and, for model sets trained on other input, normalises as they were trained).
  detection.imageToInput = (image) => planarInput(image, models?.detectionInput ?? {});
  recognition.imageToInput = (image) => planarInput(image, models?.recognitionInput ?? {});
  const threshold = models?.detectionThreshold;
  if (threshold !== undefined && threshold !== PACKAGE_THRESHOLD) {
    // The package binarises the probability map at a fixed 0.03; the map scaled by 0.03 / t is binarised at t.
    const run = detection.runModel.bind(detection);
    detection.runModel = async (o) => {
      const output = await run(o);
      const scale = PACKAGE_THRESHOLD / threshold;
      for (let i = 0; i < output.data.length; i += 1) output.data[i] = (output.data[i] as number) * scale;
      return output;
    };
  }
  // The dictionary as the package's Recognition.create reads it, for decodeCtc.
  const dictionaryText = await readFile(models?.dictionaryPath ?? backend.defaultModels.dictionaryPath, 'utf8');
  const dictionary = [...dictionaryText.split('\n'), ' '];
  /** The package's Detection.run, step for step, with its map binarised by binariseMap. */
  async function detectLines(image: Buffer): Promise<LineImage[]> {
    const source = await backend.ImageRaw.open(image);
    const input = await source.resize({
      width: Math.max(Math.ceil(source.width / BASE_SIZE) * BASE_SIZE, BASE_SIZE),
      height: Math.max(Math.ceil(source.height / BASE_SIZE) * BASE_SIZE, BASE_SIZE),
    });
    const output = await detection.runModel({ modelData: detection.imageToInput(input, {}) });
    return backend.splitIntoLineImages(new backend.ImageRaw(binariseMap(output, PACKAGE_THRESHOLD)), input);
  }
  return {
    async read(image) {
      const cells: PpCell[] = [];
      for (const line of await detectLines(image)) {
        const resized = await line.image.resize({ height: 48 });
        const output = await recognition.runModel({ modelData: recognition.imageToInput(resized as RgbaRaster, {}) });
        const decoded = decodeCtc(output, dictionary) ?? recognition.decodeText(output)[0];
        if (decoded && decoded.mean >= MIN_MEAN && decoded.text.trim() !== '')
          cells.push({ text: decoded.text, mean: decoded.mean, box: line.box });
      }
      return cells;
    },
  };
}
