import { analyseImage, type AnalyseImageOptions, type ImageAnalysis } from './analyse-image';

/** One image to analyse in a pool thread (see analysis-pool.ts); the bytes arrive as a copy. */
export interface AnalysisTask {
  bytes: Uint8Array;
  options: AnalyseImageOptions;
}

/** The task function the pool's threads run: the single-image checks, off the worker's event loop. */
export function analyseInThread(task: AnalysisTask): Promise<ImageAnalysis> {
  return analyseImage(Buffer.from(task.bytes.buffer, task.bytes.byteOffset, task.bytes.byteLength), task.options);
}
