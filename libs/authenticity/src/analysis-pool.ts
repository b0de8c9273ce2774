import { join } from 'node:path';
import { Piscina } from 'piscina';
import type { AnalyseImageOptions, ImageAnalysis } from './analyse-image';
import type { AnalysisTask, VerifyTask } from './analysis-thread';

/** Runs the single-image checks (recapture, compression traces, copy-move, hashes) somewhere. */
export interface ImageAnalyser {
  analyse(bytes: Buffer, options: AnalyseImageOptions): Promise<ImageAnalysis>;
  /** Verifies reuse candidates (the lookup's second stage, tens of milliseconds of CPU): scores in candidate order. */
  verifyReuse(task: VerifyTask): Promise<number[]>;
}

/**
 * The single-image checks in worker threads (piscina). They are about a second of synchronous CPU per
 * photo; on the worker's main thread that second blocks every workflow activation, local activity and
 * heartbeat of the process. Threads start on the first image and stay (loading the recapture model
 * costs each thread a moment); at most `size` images are analysed at once, the rest queue. After
 * `close()` a later image starts them again (a worker restarted in the same process).
 */
export class ImageAnalysisPool implements ImageAnalyser {
  private pool: Piscina<AnalysisTask | VerifyTask, ImageAnalysis | number[]> | undefined;

  constructor(private readonly size: number) {
    if (!Number.isInteger(size) || size < 1) throw new Error(`image analysis threads must be a positive integer, not ${size}`);
  }

  async analyse(bytes: Buffer, options: AnalyseImageOptions): Promise<ImageAnalysis> {
    return (await this.threads().run({ bytes, options })) as ImageAnalysis;
  }

  async verifyReuse(task: VerifyTask): Promise<number[]> {
    if (task.candidates.length === 0) return [];
    return (await this.threads().run(task, { name: 'verifyInThread' })) as number[];
  }

  /** Stops the threads, if they were started; queued and running analyses fail. */
  async close(): Promise<void> {
    const pool = this.pool;
    this.pool = undefined;
    await pool?.destroy();
  }

  private threads(): Piscina<AnalysisTask | VerifyTask, ImageAnalysis | number[]> {
    if (this.pool) return this.pool;
    const pool = new Piscina<AnalysisTask | VerifyTask, ImageAnalysis | number[]>({
      filename: join(__dirname, 'analysis-thread.js'),
      name: 'analyseInThread',
      minThreads: this.size,
      maxThreads: this.size,
      idleTimeout: Number.POSITIVE_INFINITY,
      concurrentTasksPerWorker: 1,
    });
    // A thread that dies fails its task (the activity retries); piscina replaces it and reports the
    // death as an 'error' event too, which unheard would end the whole process.
    pool.on('error', () => undefined);
    this.pool = pool;
    return pool;
  }
}
