import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** AES-256-GCM output: a fresh 96-bit IV, the ciphertext and the 128-bit authentication tag. */
export interface Sealed {
  iv: Buffer;
  ciphertext: Buffer;
  tag: Buffer;
}

/**
 * Encrypts under a 32-byte key. `aad` binds the ciphertext to where it is stored (case, evidence
 * id), so a row copied to another case or id fails to decrypt instead of leaking into it.
 */
export function seal(key: Buffer, plaintext: Buffer, aad: string): Sealed {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return { iv, ciphertext, tag: cipher.getAuthTag() };
}

/** Decrypts and authenticates; throws when the key, the AAD or any byte is wrong. */
export function open(key: Buffer, sealed: Sealed, aad: string): Buffer {
  const decipher = createDecipheriv('aes-256-gcm', key, sealed.iv);
  decipher.setAAD(Buffer.from(aad, 'utf8'));
  decipher.setAuthTag(sealed.tag);
  try {
    return Buffer.concat([decipher.update(sealed.ciphertext), decipher.final()]);
  } catch {
    // Deliberately vague and free of data: which part failed is no business of a log line.
    throw new Error('evidence decryption failed: wrong master key or tampered ciphertext');
  }
}

/** AAD of a wrapped case data key. */
export function caseKeyAad(caseId: string): string {
  return `uplift/case-key/v1\u0000${caseId}`;
}

/** AAD of one evidence ciphertext. */
export function evidenceAad(caseId: string, evidenceId: string): string {
  return `uplift/evidence/v1\u0000${caseId}\u0000${evidenceId}`;
}
