import { DomainError, ErrorCode, isPhotoClassId, type PhotoClassId } from '@uplift/domain';
import type { DetectedObjects } from '../types';

/** Version tag of the JSON contract with an external model server (docs/adr/0009-recognition.md). */
export const EXTERNAL_MODEL_CONTRACT = 'uplift-vision-external/1';

/** What is POSTed to the external model server. */
export interface ExternalModelRequest {
  contract: typeof EXTERNAL_MODEL_CONTRACT;
  image: { mime: 'image/jpeg'; base64: string };
  declaredClass: PhotoClassId;
}

/** What the external model server answers. */
export interface ExternalModelResponse {
  model: { name: string; version: string };
  objects: DetectedObjects[];
  photoClass?: { class: PhotoClassId | 'unknown'; confidence: number };
}

function fail(message: string): DomainError {
  return new DomainError(ErrorCode.DependencyUnavailable, `external model server: ${message}`);
}

/** Checks an answer against the contract; throws DEPENDENCY_UNAVAILABLE on anything malformed. Pure. */
export function parseExternalModelResponse(body: unknown): ExternalModelResponse {
  if (typeof body !== 'object' || body === null) throw fail('answer is not a JSON object');
  const b = body as Record<string, unknown>;
  const model = b.model as Record<string, unknown> | undefined;
  if (!model || typeof model.name !== 'string' || typeof model.version !== 'string')
    throw fail('model.name and model.version are required');
  if (!Array.isArray(b.objects)) throw fail('objects must be an array');
  const objects = b.objects.map((o: unknown): DetectedObjects => {
    const x = o as Record<string, unknown>;
    if (typeof x.label !== 'string' || typeof x.count !== 'number' || !Number.isInteger(x.count) || x.count < 0)
      throw fail('each object needs label and integer count');
    if (typeof x.confidence !== 'number' || x.confidence < 0 || x.confidence > 1) throw fail('confidence must be in 0..1');
    const assetClass = typeof x.assetClass === 'string' && isPhotoClassId(x.assetClass) ? x.assetClass : null;
    return { label: x.label, assetClass, count: x.count, confidence: x.confidence };
  });
  const pc = b.photoClass as Record<string, unknown> | undefined;
  const photoClass =
    pc && typeof pc.class === 'string' && typeof pc.confidence === 'number'
      ? { class: isPhotoClassId(pc.class) ? pc.class : ('unknown' as const), confidence: pc.confidence }
      : undefined;
  return { model: { name: model.name, version: model.version }, objects, ...(photoClass ? { photoClass } : {}) };
}

/** Asks an external fine-grained model server (a bank's own) about a photo, over HTTP with a deadline. */
export async function callExternalModel(
  url: string,
  jpeg: Buffer,
  declaredClass: PhotoClassId,
  timeoutMs = 10_000,
): Promise<ExternalModelResponse> {
  const request: ExternalModelRequest = {
    contract: EXTERNAL_MODEL_CONTRACT,
    image: { mime: 'image/jpeg', base64: jpeg.toString('base64') },
    declaredClass,
  };
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(request),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    throw fail(`unreachable (${(error as Error).message})`);
  }
  if (!response.ok) throw fail(`HTTP ${response.status}`);
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw fail('answer is not JSON');
  }
  return parseExternalModelResponse(body);
}
