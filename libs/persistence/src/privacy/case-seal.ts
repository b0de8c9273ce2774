import { createCipheriv, createDecipheriv, createHmac, hkdfSync } from 'node:crypto';

const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * Seals a case's personal JSON (events, its read-model state) under keys derived from the case's
 * data key, so shredding that one key erases all of it at once (docs/adr/0020). The IV is derived
 * from the content (HMAC under a separate derived key: a synthetic IV), so sealing the same content
 * at the same place twice gives the same bytes: a retried append is recognised as a replay and the
 * hash chain can cover the ciphertext. `place` (e.g. "event/<eventId>") is bound in as AAD.
 */
export class CaseSeal {
  readonly #encryption: Buffer;
  readonly #ivKey: Buffer;

  constructor(
    private readonly caseId: string,
    caseDataKey: Buffer,
  ) {
    this.#encryption = Buffer.from(hkdfSync('sha256', caseDataKey, Buffer.alloc(0), Buffer.from('uplift/case-seal/v1/enc'), 32));
    this.#ivKey = Buffer.from(hkdfSync('sha256', caseDataKey, Buffer.alloc(0), Buffer.from('uplift/case-seal/v1/iv'), 32));
  }

  seal(place: string, json: string): Buffer {
    return this.sealBytes(place, Buffer.from(json, 'utf8'));
  }

  open(place: string, sealed: Buffer): string {
    return this.openBytes(place, sealed).toString('utf8');
  }

  /** Seals any bytes (an archived history) at `place`. */
  sealBytes(place: string, plain: Buffer): Buffer {
    const aad = this.aad(place);
    const iv = createHmac('sha256', this.#ivKey).update(aad).update(plain).digest().subarray(0, IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.#encryption, iv);
    cipher.setAAD(aad);
    const body = Buffer.concat([cipher.update(plain), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), body]);
  }

  openBytes(place: string, sealed: Buffer): Buffer {
    const decipher = createDecipheriv('aes-256-gcm', this.#encryption, sealed.subarray(0, IV_BYTES));
    decipher.setAAD(this.aad(place));
    decipher.setAuthTag(sealed.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    try {
      return Buffer.concat([decipher.update(sealed.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]);
    } catch {
      throw new Error('sealed case data failed to open: wrong key or tampered bytes');
    }
  }

  private aad(place: string): Buffer {
    return Buffer.from(`uplift/case-seal/v1\u0000${this.caseId}\u0000${place}`, 'utf8');
  }
}

/** Where an event's sealed data lives (bound into its AAD). */
export const eventPlace = (eventId: string): string => `event/${eventId}`;
/** Where the read model's sealed state lives. */
export const STATE_PLACE = 'read-model/state';
/** Where an archived history lives (its SHA-256 bound in, so rows cannot be swapped). */
export const archivePlace = (sha256: string): string => `archive/${sha256}`;
