import { createRecogniser, type Recogniser, type RecogniserOptions } from '@uplift/vision';

/**
 * One recogniser per worker process, created on first use: loading the OCR models takes seconds and
 * hundreds of MB, which a worker that never sees an upload should not pay.
 */
export class LazyRecogniser {
  private instance: Promise<Recogniser> | undefined;

  constructor(private readonly options: RecogniserOptions = {}) {}

  /** The recogniser, created (once) if needed. A failed creation is retried on the next call. */
  get(): Promise<Recogniser> {
    this.instance ??= createRecogniser(this.options).catch((error: unknown) => {
      this.instance = undefined;
      throw error;
    });
    return this.instance;
  }

  /** Stops the OCR threads, if they were ever started. */
  async close(): Promise<void> {
    const instance = this.instance;
    this.instance = undefined;
    if (instance) await (await instance).close();
  }
}
