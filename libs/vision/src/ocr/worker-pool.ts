import { Worker } from 'node:worker_threads';
import type { OcrReply, OcrRequest, OcrWorkerConfig } from './ocr-protocol';

type Job = { req: OcrRequest; resolve: (r: OcrReply & { ok: true }) => void; reject: (e: Error) => void };
type Slot = { worker: Worker; job: Job | null };
/** A request without its id; the pool numbers requests itself. */
export type PoolRequest = OcrRequest extends infer R ? (R extends OcrRequest ? Omit<R, 'id'> : never) : never;

/** A bounded pool of OCR worker threads: at most `size` images are recognised at once; the rest queue. */
export class OcrWorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;
  private closed = false;

  constructor(
    private readonly script: string,
    private readonly size: number,
    private readonly config: OcrWorkerConfig,
  ) {
    for (let i = 0; i < size; i += 1) this.slots.push(this.spawn());
  }

  /** Runs one request on the next free worker. A crashed worker fails its job and is replaced. */
  run(request: PoolRequest): Promise<OcrReply & { ok: true }> {
    if (this.closed) return Promise.reject(new Error('OCR pool is closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ req: { ...request, id: this.nextId++ }, resolve, reject });
      this.pump();
    });
  }

  /** Stops every worker; queued jobs fail. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new Error('OCR pool closed'));
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private spawn(): Slot {
    const worker = new Worker(this.script, { workerData: this.config, resourceLimits: { maxOldGenerationSizeMb: 2048 } });
    const slot: Slot = { worker, job: null };
    worker.on('message', (reply: OcrReply) => {
      const job = slot.job;
      slot.job = null;
      if (job && job.req.id === reply.id) {
        if (reply.ok) job.resolve(reply);
        else job.reject(new Error(reply.error));
      }
      this.pump();
    });
    const fail = (error: Error): void => {
      const job = slot.job;
      slot.job = null;
      job?.reject(error);
      if (this.closed) return;
      const index = this.slots.indexOf(slot);
      if (index >= 0) this.slots[index] = this.spawn();
      this.pump();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (!this.closed && code !== 0) fail(new Error(`OCR worker exited with code ${code}`));
    });
    return slot;
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (slot.job) continue;
      const job = this.queue.shift();
      if (!job) return;
      slot.job = job;
      slot.worker.postMessage(job.req);
    }
  }
}
