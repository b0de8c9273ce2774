import { analyseImage, type AnalyseImageOptions, type ImageAnalysis } from './analyse-image';
import type { Comparable } from './reuse/fingerprint-image';
import { decodeReuseReference } from './reuse/reuse-reference';
import { verifyReuseCandidates } from './reuse/verify-reuse';

/** One image to analyse in a pool thread (see analysis-pool.ts); the bytes arrive as a copy. */
export interface AnalysisTask {
  bytes: Uint8Array;
  options: AnalyseImageOptions;
}

/** The task function the pool's threads run: the single-image checks, off the worker's event loop. */
export function analyseInThread(task: AnalysisTask): Promise<ImageAnalysis> {
  return analyseImage(Buffer.from(task.bytes.buffer, task.bytes.byteOffset, task.bytes.byteLength), task.options);
}

/** Candidates of the reuse lookup to verify in a pool thread: references as the store keeps them (encoded). */
export interface VerifyTask {
  upload: Comparable;
  candidates: Array<{ reference: Uint8Array; keyNo: number | null; turn: number | null }>;
}

/** The second stage of the reuse lookup, off the worker's event loop: verified scores in candidate order. */
export function verifyInThread(task: VerifyTask): number[] {
  return verifyReuseCandidates(
    task.upload,
    task.candidates.map((c) => ({
      reference: decodeReuseReference(Buffer.from(c.reference.buffer, c.reference.byteOffset, c.reference.byteLength)),
      keyNo: c.keyNo,
      turn: c.turn,
    })),
  );
}
