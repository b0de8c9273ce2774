import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { METADATA_ENCODING_KEY, type Payload, type PayloadCodec } from '@temporalio/common';
import { temporal } from '@temporalio/proto';

/** Metadata of an encrypted payload. */
const ENCODING = 'binary/encrypted';
const KEY_ID = 'encryption-key-id';
const CIPHER = 'encryption-cipher';
const DEFLATED = 'AES-256-GCM+deflate';
const STORED = 'AES-256-GCM';
/**
 * Payloads smaller than this are sealed without compression: most of a turn's payloads are a few
 * hundred bytes, where deflate gains little and its setup (a fresh zlib stream each time) was a
 * measurable part of a turn's worker CPU.
 */
export const DEFLATE_FROM_BYTES = 1024;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** A payload key and its public id (a fingerprint: it says which key, nothing about it). */
export interface PayloadKey {
  id: string;
  key: Buffer;
}

/** The payload key derived from a master key (HKDF-SHA256): a master key is never used directly. */
export function payloadKeyFrom(master: Buffer): PayloadKey {
  const key = Buffer.from(hkdfSync('sha256', master, Buffer.from('uplift'), Buffer.from('temporal-payload-codec/v1'), 32));
  return { id: createHash('sha256').update(key).digest('hex').slice(0, 16), key };
}

/**
 * Compresses (from DEFLATE_FROM_BYTES) then encrypts every payload (AES-256-GCM, a fresh IV each
 * time) under the newest key, naming the key and the cipher in the metadata so payloads written
 * under earlier keys, or compressed, still decode after a rotation. Payloads that are not encrypted
 * pass through decode unchanged (histories from before).
 */
export class EncryptionCodec implements PayloadCodec {
  private readonly byId: Map<string, Buffer>;

  constructor(
    private readonly current: PayloadKey,
    previous: readonly PayloadKey[] = [],
  ) {
    this.byId = new Map([current, ...previous].map((k) => [k.id, k.key]));
  }

  // async: a payload that cannot be sealed or opened rejects the promise instead of throwing.
  async encode(payloads: Payload[]): Promise<Payload[]> {
    return Promise.resolve(
      payloads.map((payload) => {
        const serialised = temporal.api.common.v1.Payload.encode(payload).finish();
        const deflate = serialised.length >= DEFLATE_FROM_BYTES;
        const plain = deflate ? deflateRawSync(serialised) : serialised;
        const iv = randomBytes(12);
        const cipher = createCipheriv('aes-256-gcm', this.current.key, iv);
        cipher.setAAD(Buffer.from(this.current.id));
        const body = Buffer.concat([cipher.update(plain), cipher.final()]);
        return {
          metadata: {
            [METADATA_ENCODING_KEY]: encoder.encode(ENCODING),
            [KEY_ID]: encoder.encode(this.current.id),
            [CIPHER]: encoder.encode(deflate ? DEFLATED : STORED),
          },
          data: Buffer.concat([iv, cipher.getAuthTag(), body]),
        };
      }),
    );
  }

  async decode(payloads: Payload[]): Promise<Payload[]> {
    return Promise.resolve(
      payloads.map((payload) => {
        const encoding = payload.metadata?.[METADATA_ENCODING_KEY];
        if (!encoding || decoder.decode(encoding) !== ENCODING) return payload;
        const id = decoder.decode(payload.metadata?.[KEY_ID] ?? new Uint8Array());
        const key = this.byId.get(id);
        if (!key)
          throw new Error(`payload encrypted under unknown key ${id}: add the master key that made it to UPLIFT_MASTER_KEY_PREVIOUS`);
        const data = Buffer.from(payload.data ?? new Uint8Array());
        const decipher = createDecipheriv('aes-256-gcm', key, data.subarray(0, 12));
        decipher.setAAD(Buffer.from(id));
        decipher.setAuthTag(data.subarray(12, 28));
        const plain = Buffer.concat([decipher.update(data.subarray(28)), decipher.final()]);
        const cipher = decoder.decode(payload.metadata?.[CIPHER] ?? encoder.encode(DEFLATED));
        if (cipher !== DEFLATED && cipher !== STORED) throw new Error(`payload sealed with an unknown cipher ${cipher}`);
        return temporal.api.common.v1.Payload.decode(cipher === DEFLATED ? inflateRawSync(plain) : plain);
      }),
    );
  }
}

/** The codec of the engine's master keys (current first). */
export function payloadCodecFor(masters: { current: Buffer; previous: readonly Buffer[] }): EncryptionCodec {
  return new EncryptionCodec(payloadKeyFrom(masters.current), masters.previous.map(payloadKeyFrom));
}
