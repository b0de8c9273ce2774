import { createHash, createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import { canonicalJson, type MasterKeyRing } from '@uplift/persistence';

/** How a report proves it is unchanged: a digest anyone can recompute, and an HMAC only the engine can. */
export interface ReportIntegrity {
  algorithm: 'sha256+hmac-sha256/v1';
  /** SHA-256 (hex) of the canonical JSON of the report without `integrity`. */
  digest: string;
  /** HMAC-SHA256 of the digest under a key derived from the master key (hex). */
  signature: string;
}

function signingKey(masterKey: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), Buffer.from('uplift/audit-report/v1'), 32));
}

const digestOf = (body: unknown) => createHash('sha256').update(canonicalJson(body)).digest('hex');

/** Seals a report body: its digest, signed with the current master key. */
export function signReport(body: unknown, keys: MasterKeyRing): ReportIntegrity {
  const digest = digestOf(body);
  return {
    algorithm: 'sha256+hmac-sha256/v1',
    digest,
    signature: createHmac('sha256', signingKey(keys.current)).update(digest).digest('hex'),
  };
}

/** Whether a report is as the engine issued it: the digest recomputes and the signature verifies under a current or previous key. */
export function verifyReport(
  report: { integrity: ReportIntegrity } & Record<string, unknown>,
  keys: MasterKeyRing,
): { digestMatches: boolean; signatureValid: boolean } {
  const { integrity, ...body } = report;
  const digestMatches = digestOf(body) === integrity.digest;
  const given = Buffer.from(integrity.signature, 'hex');
  const signatureValid = [keys.current, ...keys.previous].some((key) => {
    const expected = createHmac('sha256', signingKey(key)).update(integrity.digest).digest();
    return expected.length === given.length && timingSafeEqual(expected, given);
  });
  return { digestMatches, signatureValid: digestMatches && signatureValid };
}
