// The recogniser the benchmark measures runs in a process of its own, as it does in the worker: its CPU
// seconds and its peak resident memory are then the recogniser's, not the document generators' that
// draw the pages in the benchmark's process (the held-out renderer alone adds several hundred MB).
import { fork, type ChildProcess } from 'node:child_process';
import type { RecognitionInput, RecognitionResult, RecogniserOptions } from '@uplift/vision';

/** What the child answers for one document. */
export interface TimedRecognition {
  result: RecognitionResult;
  /** Wall seconds inside the child. */
  seconds: number;
  /** CPU seconds of the child (all threads) while it read the document. */
  cpuSeconds: number;
  /** OCR passes (0° and any orientation retries). */
  passes: number;
}

/** Messages between the benchmark and its recogniser process. */
export type ToChild =
  { id: number; kind: 'recognise'; input: RecognitionInput } | { id: number; kind: 'peak' } | { id: number; kind: 'close' };
export type FromChild =
  | { id: number; kind: 'ready' }
  | { id: number; kind: 'recognised'; timed: TimedRecognition }
  | { id: number; kind: 'peak'; peakRssMb: number }
  | { id: number; kind: 'failed'; message: string };

/** A message before its id is given. */
type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

/** A recogniser in its own process. */
export interface RecogniserProcess {
  recognise(input: RecognitionInput): Promise<TimedRecognition>;
  /** The process's peak resident memory so far (MB). */
  peakRssMb(): Promise<number>;
  /** Closes the recogniser and ends the process; resolves with its final peak resident memory (MB). */
  close(): Promise<number>;
}

/** Starts the child (recogniser-child.js) with `options`; resolves once its models are loaded. */
export async function startRecogniserProcess(options: RecogniserOptions): Promise<RecogniserProcess> {
  const child: ChildProcess = fork(require.resolve('./recogniser-child'), [JSON.stringify(options)], { serialization: 'advanced' });
  const waiting = new Map<number, { resolve: (m: FromChild) => void; reject: (e: Error) => void }>();
  let next = 1;
  let exited: Error | null = null;
  child.on('message', (m: FromChild) => {
    const w = waiting.get(m.id);
    if (!w) return;
    waiting.delete(m.id);
    if (m.kind === 'failed') w.reject(new Error(`recogniser process: ${m.message}`));
    else w.resolve(m);
  });
  child.on('exit', (code, signal) => {
    exited = new Error(`recogniser process exited (${code ?? signal})`);
    for (const w of waiting.values()) w.reject(exited);
    waiting.clear();
  });
  const ask = (message: WithoutId<ToChild> | null, id = next++): Promise<FromChild> =>
    new Promise((resolve, reject) => {
      if (exited) return reject(exited);
      waiting.set(id, { resolve, reject });
      if (message) child.send({ ...message, id });
    });
  await ask(null, 0); // the child says ready (id 0) once its recogniser is created
  return {
    async recognise(input) {
      const m = await ask({ kind: 'recognise', input });
      if (m.kind !== 'recognised') throw new Error(`unexpected answer ${m.kind}`);
      return m.timed;
    },
    async peakRssMb() {
      const m = await ask({ kind: 'peak' });
      if (m.kind !== 'peak') throw new Error(`unexpected answer ${m.kind}`);
      return m.peakRssMb;
    },
    async close() {
      const m = await ask({ kind: 'close' });
      if (m.kind !== 'peak') throw new Error(`unexpected answer ${m.kind}`);
      return m.peakRssMb;
    },
  };
}
