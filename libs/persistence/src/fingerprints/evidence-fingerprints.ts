import type { DataSource } from 'typeorm';
import { inTransaction, withSql, type Sql } from '../db/sql';
import { keyRing, sealForWrite, sealsForRead, type MasterKeys } from '../privacy/case-seals';
import type { MasterKeyRing } from '../evidence/case-key-store';
import { bandProbes, bands, bigintToHex, hexToBigint } from './hash-sql';

/** What to store for one evidence image. Hashes are 16 hex digits (see @uplift/authenticity). */
export interface FingerprintInput {
  caseId: string;
  evidenceId: string;
  channel: string;
  phash: string;
  dhash: string;
  /** Document numbers recognition read from it, e.g. { type: 'invoice_no', number: '0123…' }. */
  documentNumbers?: ReadonlyArray<{ type: string; number: string }>;
  /**
   * What the two-stage lookup needs (docs/adr/0037): the method version, the lookup keys (pHashes of
   * parts, in key order) and the reference bytes, sealed here with the case key. Without it the row is
   * an old-version one (whole-picture hashes only).
   */
  reuse?: { methodVersion: string; keys: readonly string[]; reference: Buffer };
}

/** The method version of rows stored without lookup keys or a reference (whole-picture hashes only). */
export const WHOLE_PICTURE_FINGERPRINT_VERSION = 'phash-64-variants/2';

/** A stored picture the lookup keys nominated, with its reference opened (null once its case's key is shredded). */
export interface ReuseCandidateRow {
  caseId: string;
  evidenceId: string;
  channel: string;
  createdAt: Date;
  methodVersion: string;
  /** Nearest key distance, the stored key's number and the probe's (0-based, in the order given). */
  distance: number;
  keyNo: number;
  probeNo: number;
  /** The opened reference bytes; null when its case's key was shredded (nothing left to verify against). */
  reference: Buffer | null;
}

/** Where a fingerprint's sealed reference lives (bound into its AAD). */
const referencePlace = (evidenceId: string): string => `fingerprint/${evidenceId}`;

/** A stored image close to the probe. */
export interface NearDuplicate {
  caseId: string;
  evidenceId: string;
  channel: string;
  phash: string;
  dhash: string;
  phashDistance: number;
  dhashDistance: number;
  createdAt: Date;
  methodVersion: string;
}

/** Another evidence carrying the same document number. */
export interface DocumentNumberMatch {
  caseId: string;
  evidenceId: string;
  channel: string;
  createdAt: Date;
}

/** Largest pHash radius the band index answers exactly (⌊11/4⌋ = 2 bits per band). */
export const MAX_NEAR_DUPLICATE_DISTANCE = 11;

/** Canonical form of a document number: upper case, no spaces or separators. */
export const normaliseDocumentNumber = (n: string): string => n.replace(/[\s\-_/·.]/g, '').toUpperCase();

/**
 * Perceptual fingerprints and document numbers of every evidence image, across all cases and
 * channels, with indexed near-duplicate and number-reuse lookups.
 */
export class EvidenceFingerprints {
  readonly #keys: MasterKeyRing;

  constructor(
    private readonly ds: DataSource,
    keys: MasterKeys,
  ) {
    this.#keys = keyRing(keys);
  }

  /**
   * Stores an image's hashes and document numbers; repeating it (activity retry) changes nothing.
   * Nothing is stored for a case already erased (an examination that outlived its withdrawal): the
   * case key row is locked FOR SHARE, so an erasure either waits for this or is seen by it.
   */
  async record(input: FingerprintInput): Promise<void> {
    const [p0, p1, p2, p3] = bands(input.phash);
    await inTransaction(this.ds, async (sql) => {
      let sealed: Buffer | null = null;
      if (input.reuse) {
        const seal = await sealForWrite(sql, this.#keys, input.caseId);
        if (!seal) return;
        sealed = seal.sealBytes(referencePlace(input.evidenceId), input.reuse.reference);
      } else if (await shredded(sql, input.caseId)) return;
      const inserted = await sql.run(
        `INSERT INTO evidence_fingerprints (evidence_id, case_id, channel, phash, dhash, p0, p1, p2, p3, method_version, sealed_reference) ` +
          `VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT (evidence_id) DO NOTHING`,
        [
          input.evidenceId,
          input.caseId,
          input.channel,
          hexToBigint(input.phash),
          hexToBigint(input.dhash),
          p0,
          p1,
          p2,
          p3,
          input.reuse?.methodVersion ?? WHOLE_PICTURE_FINGERPRINT_VERSION,
          sealed,
        ],
      );
      if (inserted > 0 && input.reuse) await insertKeys(sql, input.evidenceId, input.caseId, input.reuse.keys);
      for (const d of input.documentNumbers ?? []) {
        const number = normaliseDocumentNumber(d.number);
        if (number === '') continue;
        await sql.run(
          `INSERT INTO evidence_document_numbers (evidence_id, number_type, number, case_id, channel) ` +
            `VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
          [input.evidenceId, d.type, number, input.caseId, input.channel],
        );
      }
    });
  }

  /**
   * First stage of the reuse lookup (docs/adr/0037): stored pictures of other cases with a lookup key
   * within a probe's radius (0..11) of that probe, nearest first (then oldest), at most `limit`, each
   * with its nearest key and probe, and its reference opened with its case key. Exact like
   * findNearDuplicates: each probe's bands are probed within ⌊radius/4⌋ bits through their index, and
   * only the probe whose band matched is compared, so the rows read stay few with many probes.
   */
  async findReuseCandidates(
    probes: ReadonlyArray<{ hash: string; radius: number }>,
    options: { excludeCaseId?: string; limit: number },
  ): Promise<ReuseCandidateRow[]> {
    if (probes.some((p) => !Number.isInteger(p.radius) || p.radius < 0 || p.radius > MAX_NEAR_DUPLICATE_DISTANCE)) {
      throw new RangeError(`a probe's radius must be an integer 0..${MAX_NEAR_DUPLICATE_DISTANCE}`);
    }
    if (probes.length === 0) return [];
    // One row per (probe, band, value): the probe's band and every value within ⌊radius/4⌋ bits of it.
    const probeNo: number[] = [];
    const bandNo: number[] = [];
    const value: number[] = [];
    probes.forEach((p, n) =>
      bands(p.hash).forEach((b, i) => {
        for (const v of bandProbes(b, Math.floor(p.radius / 4))) {
          probeNo.push(n);
          bandNo.push(i);
          value.push(v);
        }
      }),
    );
    return withSql(this.ds, async (sql) => {
      const rows = await sql.rows<{
        caseId: string;
        evidenceId: string;
        channel: string;
        createdAt: Date;
        methodVersion: string;
        sealed: Buffer | null;
        distance: number;
        keyNo: number;
        probeNo: number;
      }>(
        `WITH probe AS (SELECT n - 1 AS n, h, r FROM unnest($1::bigint[], $2::int[]) WITH ORDINALITY AS p(h, r, n)),
         pb AS (SELECT * FROM unnest($3::int[], $4::int[], $5::int[]) AS t(n, i, v)),
         matched AS (
           SELECT k.evidence_id, k.key_no, k.hash, pb.n FROM pb JOIN evidence_fingerprint_keys k ON pb.i = 0 AND k.b0 = pb.v
           UNION ALL SELECT k.evidence_id, k.key_no, k.hash, pb.n FROM pb JOIN evidence_fingerprint_keys k ON pb.i = 1 AND k.b1 = pb.v
           UNION ALL SELECT k.evidence_id, k.key_no, k.hash, pb.n FROM pb JOIN evidence_fingerprint_keys k ON pb.i = 2 AND k.b2 = pb.v
           UNION ALL SELECT k.evidence_id, k.key_no, k.hash, pb.n FROM pb JOIN evidence_fingerprint_keys k ON pb.i = 3 AND k.b3 = pb.v),
         hit AS (
           SELECT m.evidence_id, m.key_no, m.n, bit_count((m.hash # probe.h)::bit(64))::int AS d
           FROM matched m JOIN probe ON probe.n = m.n
           WHERE bit_count((m.hash # probe.h)::bit(64)) <= probe.r),
         best AS (SELECT DISTINCT ON (evidence_id) evidence_id, key_no, n, d FROM hit ORDER BY evidence_id, d, key_no, n)
         SELECT f.case_id AS "caseId", f.evidence_id AS "evidenceId", f.channel, f.created_at AS "createdAt",
                f.method_version AS "methodVersion", f.sealed_reference AS sealed, b.d AS distance, b.key_no AS "keyNo", b.n::int AS "probeNo"
         FROM best b JOIN evidence_fingerprints f ON f.evidence_id = b.evidence_id
         WHERE $6::text IS NULL OR f.case_id <> $6::text
         ORDER BY b.d, f.created_at, f.evidence_id LIMIT $7`,
        [
          probes.map((p) => hexToBigint(p.hash)),
          probes.map((p) => p.radius),
          probeNo,
          bandNo,
          value,
          options.excludeCaseId ?? null,
          options.limit,
        ],
      );
      const seals = await sealsForRead(
        sql,
        this.#keys,
        rows.map((r) => r.caseId),
      );
      return rows.map((r) => {
        const seal = seals.get(r.caseId)?.seal ?? null;
        return {
          caseId: r.caseId,
          evidenceId: r.evidenceId,
          channel: r.channel,
          createdAt: r.createdAt,
          methodVersion: r.methodVersion,
          distance: r.distance,
          keyNo: r.keyNo,
          probeNo: r.probeNo,
          reference: seal && r.sealed ? seal.openBytes(referencePlace(r.evidenceId), r.sealed) : null,
        };
      });
    });
  }

  /**
   * Images whose pHash is within `maxDistance` (0..11, default 8) bits of `phash`, nearest first,
   * other than those of `excludeCaseId` (and only those made by `methodVersion`, when given). Exact:
   * every band within ⌊maxDistance/4⌋ bits is probed through its index, then bit_count verifies the
   * full distance.
   */
  async findNearDuplicates(
    phash: string,
    dhash: string,
    options: { excludeCaseId?: string; maxDistance?: number; limit?: number; methodVersion?: string } = {},
  ): Promise<NearDuplicate[]> {
    const maxDistance = options.maxDistance ?? 8;
    if (!Number.isInteger(maxDistance) || maxDistance < 0 || maxDistance > MAX_NEAR_DUPLICATE_DISTANCE) {
      throw new RangeError(`maxDistance must be an integer 0..${MAX_NEAR_DUPLICATE_DISTANCE}`);
    }
    const radius = Math.floor(maxDistance / 4);
    const probes = bands(phash).map((b) => bandProbes(b, radius));
    const rows = await this.ds.query<
      Array<{
        case_id: string;
        evidence_id: string;
        channel: string;
        phash: string;
        dhash: string;
        pd: number;
        dd: number;
        created_at: Date;
        method_version: string;
      }>
    >(
      `SELECT case_id, evidence_id, channel, phash::text AS phash, dhash::text AS dhash, created_at, method_version, ` +
        `bit_count((phash # $1::bigint)::bit(64))::int AS pd, bit_count((dhash # $2::bigint)::bit(64))::int AS dd ` +
        `FROM evidence_fingerprints ` +
        `WHERE (p0 = ANY($3::int[]) OR p1 = ANY($4::int[]) OR p2 = ANY($5::int[]) OR p3 = ANY($6::int[])) ` +
        `AND ($7::text IS NULL OR case_id <> $7::text) ` +
        `AND bit_count((phash # $1::bigint)::bit(64)) <= $8 ` +
        `AND ($10::text IS NULL OR method_version = $10::text) ` +
        `ORDER BY pd, dd, created_at LIMIT $9`,
      [
        hexToBigint(phash),
        hexToBigint(dhash),
        probes[0],
        probes[1],
        probes[2],
        probes[3],
        options.excludeCaseId ?? null,
        maxDistance,
        options.limit ?? 20,
        options.methodVersion ?? null,
      ],
    );
    return rows.map((r) => ({
      caseId: r.case_id,
      evidenceId: r.evidence_id,
      channel: r.channel,
      phash: bigintToHex(r.phash),
      dhash: bigintToHex(r.dhash),
      phashDistance: r.pd,
      dhashDistance: r.dd,
      createdAt: r.created_at,
      methodVersion: r.method_version,
    }));
  }

  /** Evidence of other cases (all cases when `excludeCaseId` is null) carrying the same document number. */
  async findDocumentNumber(type: string, number: string, excludeCaseId: string | null): Promise<DocumentNumberMatch[]> {
    const rows = await this.ds.query<Array<{ case_id: string; evidence_id: string; channel: string; created_at: Date }>>(
      `SELECT case_id, evidence_id, channel, created_at FROM evidence_document_numbers ` +
        `WHERE number_type = $1 AND number = $2 AND ($3::text IS NULL OR case_id <> $3::text) ORDER BY created_at LIMIT 50`,
      [type, normaliseDocumentNumber(number), excludeCaseId],
    );
    return rows.map((r) => ({ caseId: r.case_id, evidenceId: r.evidence_id, channel: r.channel, createdAt: r.created_at }));
  }
}

async function shredded(sql: Sql, caseId: string): Promise<boolean> {
  const key = await sql.one<{ shredded: boolean }>(
    'SELECT shredded_at IS NOT NULL AS shredded FROM case_keys WHERE case_id = $1 FOR SHARE',
    [caseId],
  );
  return key?.shredded ?? false;
}

/** One row per lookup key (key_no = its index), banded like the whole-picture hash. */
async function insertKeys(sql: Sql, evidenceId: string, caseId: string, keys: readonly string[]): Promise<void> {
  if (keys.length === 0) return;
  const banded = keys.map((k) => bands(k));
  await sql.run(
    `INSERT INTO evidence_fingerprint_keys (evidence_id, key_no, case_id, hash, b0, b1, b2, b3)
     SELECT $1, k.n - 1, $2, k.h, k.b0, k.b1, k.b2, k.b3
     FROM unnest($3::bigint[], $4::int[], $5::int[], $6::int[], $7::int[]) WITH ORDINALITY AS k(h, b0, b1, b2, b3, n)
     ON CONFLICT DO NOTHING`,
    [evidenceId, caseId, keys.map(hexToBigint), ...[0, 1, 2, 3].map((i) => banded.map((b) => b[i] as number))],
  );
}
