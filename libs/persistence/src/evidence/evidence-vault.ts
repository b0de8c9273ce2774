import { createHash, randomUUID } from 'node:crypto';
import { DomainError, ErrorCode, type ErasureReason } from '@uplift/domain';
import type { DataSource } from 'typeorm';
import { withoutQueryParameters } from '../db/pg-errors';
import { inTransaction, withSql, type Sql } from '../db/sql';
import { isCanonicalUuid } from '../formats';
import { evidenceAad, open, seal } from './aes-gcm';
import { shredCase } from '../privacy/shred-case';
import { keyShredded, lockCaseKeyForWrite, unwrapCaseKey, type CaseKeyRow, type MasterKeyRing } from './case-key-store';
import { assertValidUpload, type EvidenceUpload } from './evidence-input';

/** What store() reports; `duplicate` means these exact bytes were already in the case. */
export interface StoredEvidence {
  evidenceId: string;
  sha256: string;
  sizeBytes: number;
  duplicate: boolean;
}

/** Decrypted evidence with the metadata it was stored under. */
export interface EvidenceContent {
  bytes: Buffer;
  mediaType: string;
  declaredKind: string;
  sha256: string;
}

interface ExistingEvidence {
  evidenceId: string;
  sha256: string;
  sizeBytes: number;
}

/**
 * Evidence bytes, kept only in PostgreSQL and only encrypted: AES-256-GCM under a random per-case
 * data key, which is itself stored wrapped by the master key. Destroying a case's wrapped key
 * (shredCase) makes every copy of its evidence unreadable, backups included. Never logs bytes or keys.
 */
export class EvidenceVault {
  // An ES private field, so inspecting or logging the vault object cannot print the key.
  readonly #keys: MasterKeyRing;

  /** `keys`: the master key, or the ring of the current and previous master keys during a rotation. */
  constructor(
    private readonly ds: DataSource,
    keys: Buffer | MasterKeyRing,
  ) {
    const ring = Buffer.isBuffer(keys) ? { current: keys, previous: [] } : keys;
    if ([ring.current, ...ring.previous].some((key) => !Buffer.isBuffer(key) || key.length !== 32)) {
      throw new DomainError(ErrorCode.ValidationFailed, 'the evidence master key must be exactly 32 bytes');
    }
    this.#keys = { current: Buffer.from(ring.current), previous: ring.previous.map((key) => Buffer.from(key)) };
  }

  /** Encrypts and stores an upload, or returns the evidence already holding the same bytes in this case. */
  async store(input: EvidenceUpload): Promise<StoredEvidence> {
    assertValidUpload(input);
    const sha256 = createHash('sha256').update(input.bytes).digest('hex');
    try {
      return await inTransaction(this.ds, async (sql) => {
        const dataKey = await lockCaseKeyForWrite(sql, this.#keys, input.caseId);
        try {
          const existing = await findBySha(sql, input.caseId, sha256);
          if (existing) return { ...existing, duplicate: true };
          return await insertEvidence(sql, dataKey, input, sha256);
        } finally {
          dataKey.fill(0);
        }
      });
    } catch (error) {
      throw withoutQueryParameters(error);
    }
  }

  /** Decrypts one piece of evidence of a case. */
  async read(caseId: string, evidenceId: string): Promise<EvidenceContent> {
    const notFound = () => new DomainError(ErrorCode.EvidenceNotFound, 'no such evidence in this case', { evidenceId });
    // Key and ciphertext come from one statement, so a concurrent shred reads as shredded, not missing.
    const row = await withSql(this.ds, (sql) =>
      sql.one<CaseKeyRow & Partial<EvidenceRow>>(
        `SELECT k.wrapped_key AS "wrappedKey", k.wrap_iv AS "wrapIv", k.wrap_tag AS "wrapTag", k.shredded_at AS "shreddedAt",
                e.ciphertext, e.iv, e.auth_tag AS "authTag", e.sha256, e.media_type AS "mediaType",
                e.declared_kind AS "declaredKind"
         FROM case_keys k
         LEFT JOIN evidence e ON e.case_id = k.case_id AND e.evidence_id = $2
         WHERE k.case_id = $1`,
        [caseId, isCanonicalUuid(evidenceId) ? evidenceId : null],
      ),
    );
    if (!row) throw notFound();
    if (row.shreddedAt !== null) throw keyShredded(caseId);
    if (!row.ciphertext || !row.iv || !row.authTag || !row.sha256 || !row.mediaType || !row.declaredKind) throw notFound();
    const dataKey = unwrapCaseKey(this.#keys, caseId, row).key;
    try {
      const bytes = open(dataKey, { ciphertext: row.ciphertext, iv: row.iv, tag: row.authTag }, evidenceAad(caseId, evidenceId));
      return { bytes, mediaType: row.mediaType, declaredKind: row.declaredKind, sha256: row.sha256 };
    } finally {
      dataKey.fill(0);
    }
  }

  /** Deletes one stored upload the case refused (it never became evidence); a no-op when it is gone. */
  async discard(caseId: string, evidenceId: string): Promise<void> {
    await withSql(this.ds, (sql) => sql.run('DELETE FROM evidence WHERE case_id = $1 AND evidence_id = $2', [caseId, evidenceId]));
  }

  /** Crypto-shreds a case (see shredCase): every copy of its evidence and personal data becomes unreadable. */
  async shredCase(caseId: string, reason: ErasureReason = 'consent_withdrawn'): Promise<number> {
    return inTransaction(this.ds, (sql) => shredCase(sql, caseId, reason));
  }
}

interface EvidenceRow {
  ciphertext: Buffer;
  iv: Buffer;
  authTag: Buffer;
  sha256: string;
  mediaType: string;
  declaredKind: string;
}

async function findBySha(sql: Sql, caseId: string, sha256: string): Promise<ExistingEvidence | null> {
  return sql.one<ExistingEvidence>(
    `SELECT evidence_id AS "evidenceId", sha256, size_bytes AS "sizeBytes" FROM evidence WHERE case_id = $1 AND sha256 = $2`,
    [caseId, sha256],
  );
}

/** Inserts the ciphertext; a concurrent upload of the same bytes that won the race turns this into a duplicate. */
async function insertEvidence(sql: Sql, dataKey: Buffer, input: EvidenceUpload, sha256: string): Promise<StoredEvidence> {
  const evidenceId = randomUUID();
  const sealed = seal(dataKey, input.bytes, evidenceAad(input.caseId, evidenceId));
  const inserted = await sql.rows<{ evidenceId: string }>(
    `INSERT INTO evidence (evidence_id, case_id, sha256, media_type, declared_kind, size_bytes, ciphertext, iv, auth_tag)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
     ON CONFLICT (case_id, sha256) DO NOTHING
     RETURNING evidence_id AS "evidenceId"`,
    [evidenceId, input.caseId, sha256, input.mediaType, input.declaredKind, input.bytes.length, sealed.ciphertext, sealed.iv, sealed.tag],
  );
  if (inserted.length > 0) return { evidenceId, sha256, sizeBytes: input.bytes.length, duplicate: false };
  const winner = await findBySha(sql, input.caseId, sha256);
  if (!winner) throw new Error('evidence insert conflicted but no conflicting row is visible');
  return { ...winner, duplicate: true };
}
