import { Piscina } from 'piscina';
import { pinOnnxRuntime } from './onnx-runtime-pin';
import type { OcrReply, OcrRequest, OcrWorkerConfig } from './ocr-protocol';

/** The worker-thread export piscina calls for every task (see ocr-worker.ts). */
const TASK_FUNCTION = 'runOcrTask';
/** Heap limit per OCR thread: the models sit outside the JS heap, an image's work inside it. */
const HEAP_LIMIT_MB = 2048;

/**
 * A fixed-size pool of OCR worker threads (piscina): at most `size` images are recognised at once and
 * the rest queue. Every thread loads its engines on first use and keeps them; a thread that crashes or
 * runs out of heap fails its task and piscina starts a fresh one, which loads them again.
 */
export class OcrWorkerPool {
  private readonly pool: Piscina<OcrRequest, OcrReply>;
  private closed = false;

  constructor(script: string, size: number, config: OcrWorkerConfig) {
    pinOnnxRuntime();
    this.pool = new Piscina({
      filename: script,
      name: TASK_FUNCTION,
      // All threads start at once and none is retired while idle: loading the models takes seconds.
      minThreads: size,
      maxThreads: size,
      idleTimeout: Number.POSITIVE_INFINITY,
      concurrentTasksPerWorker: 1,
      // Between tasks the thread's event loop keeps running (tesseract.js and onnxruntime finish work there).
      atomics: 'disabled',
      workerData: config,
      resourceLimits: { maxOldGenerationSizeMb: HEAP_LIMIT_MB },
    });
    // A thread can fail between tasks (OpenCV.js turns a late rejection into an abort). Piscina has already
    // replaced it and failed any task it ran; it reports the rest as an 'error' event, which unheard would
    // end the whole process.
    this.pool.on('error', () => undefined);
  }

  /** Runs one request on the next free thread; the image is copied to it. */
  async run(request: OcrRequest): Promise<OcrReply> {
    if (this.closed) throw new Error('OCR pool is closed');
    try {
      return await this.pool.run(request);
    } catch (error) {
      throw error instanceof Error ? error : new Error(String(error));
    }
  }

  /** Stops every thread; queued and running requests fail. */
  async close(): Promise<void> {
    this.closed = true;
    await this.pool.destroy();
  }
}
