import type { Payload } from '@temporalio/common';
import { BASE64_PATTERN, MAX_CODEC_PAYLOADS, type CodecPayloadsDto } from './codec-payload.dto';
import { validationFailed } from '../errors/field-problems';

const PAYLOAD_MEMBERS: ReadonlySet<string> = new Set(['metadata', 'data']);

/**
 * The payloads of a codec request, checked member by member as the document declares them (an
 * object with base64 `metadata` values and optional base64 `data`, nothing else); 400 otherwise.
 */
export function payloadsFromJson(body: CodecPayloadsDto | undefined): Payload[] {
  const payloads: unknown = body?.payloads ?? [];
  if (!Array.isArray(payloads) || payloads.length > MAX_CODEC_PAYLOADS) {
    throw validationFailed([{ field: 'payloads', problems: [`must be an array of at most ${MAX_CODEC_PAYLOADS} payloads`] }]);
  }
  return payloads.map((payload: unknown, index) => readPayload(payload, `payloads.${index}`));
}

/** Payloads in the codec protocol's JSON form. */
export function payloadsToJson(payloads: Payload[]): CodecPayloadsDto {
  return {
    payloads: payloads.map((p) => ({
      metadata: Object.fromEntries(
        Object.entries(p.metadata ?? {}).map(([k, v]) => [k, Buffer.from(v ?? new Uint8Array()).toString('base64')]),
      ),
      data: Buffer.from(p.data ?? new Uint8Array()).toString('base64'),
    })),
  };
}

function readPayload(payload: unknown, field: string): Payload {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) throw invalid(field, 'must be an object');
  const members = payload as Record<string, unknown>;
  const unknown = Object.keys(members).filter((key) => !PAYLOAD_MEMBERS.has(key));
  if (unknown.length > 0) throw invalid(field, `unknown members: ${unknown.join(', ')}`);
  const { metadata, data } = members;
  if (typeof metadata !== 'object' || metadata === null || Array.isArray(metadata))
    throw invalid(`${field}.metadata`, 'must be an object of base64 strings');
  const decoded: Record<string, Uint8Array> = {};
  for (const [key, value] of Object.entries(metadata as Record<string, unknown>)) {
    decoded[key] = bytes(value, `${field}.metadata.${key}`);
  }
  return { metadata: decoded, data: data === undefined ? new Uint8Array() : bytes(data, `${field}.data`) };
}

function bytes(value: unknown, field: string): Uint8Array {
  if (typeof value !== 'string' || !BASE64_PATTERN.test(value)) throw invalid(field, 'must be a base64 string');
  return Buffer.from(value, 'base64');
}

function invalid(field: string, problem: string) {
  return validationFailed([{ field, problems: [problem] }]);
}
