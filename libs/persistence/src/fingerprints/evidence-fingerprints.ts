import type { DataSource } from 'typeorm';
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
}

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
  constructor(private readonly ds: DataSource) {}

  /**
   * Stores an image's hashes and document numbers; repeating it (activity retry) changes nothing.
   * Nothing is stored for a case already erased (an examination that outlived its withdrawal): the
   * case key row is locked FOR SHARE, so an erasure either waits for this or is seen by it.
   */
  async record(input: FingerprintInput): Promise<void> {
    const [p0, p1, p2, p3] = bands(input.phash);
    await this.ds.transaction(async (m) => {
      const key = (
        await m.query<{ shredded: boolean }[]>('SELECT shredded_at IS NOT NULL AS shredded FROM case_keys WHERE case_id = $1 FOR SHARE', [
          input.caseId,
        ])
      )[0];
      if (key?.shredded) return;
      await m.query(
        `INSERT INTO evidence_fingerprints (evidence_id, case_id, channel, phash, dhash, p0, p1, p2, p3) ` +
          `VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (evidence_id) DO NOTHING`,
        [input.evidenceId, input.caseId, input.channel, hexToBigint(input.phash), hexToBigint(input.dhash), p0, p1, p2, p3],
      );
      for (const d of input.documentNumbers ?? []) {
        const number = normaliseDocumentNumber(d.number);
        if (number === '') continue;
        await m.query(
          `INSERT INTO evidence_document_numbers (evidence_id, number_type, number, case_id, channel) ` +
            `VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
          [input.evidenceId, d.type, number, input.caseId, input.channel],
        );
      }
    });
  }

  /**
   * Images whose pHash is within `maxDistance` (0..11, default 8) bits of `phash`, nearest first,
   * other than those of `excludeCaseId`. Exact: every band within ⌊maxDistance/4⌋ bits is probed
   * through its index, then bit_count verifies the full distance.
   */
  async findNearDuplicates(
    phash: string,
    dhash: string,
    options: { excludeCaseId?: string; maxDistance?: number; limit?: number } = {},
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
      }>
    >(
      `SELECT case_id, evidence_id, channel, phash::text AS phash, dhash::text AS dhash, created_at, ` +
        `bit_count((phash # $1::bigint)::bit(64))::int AS pd, bit_count((dhash # $2::bigint)::bit(64))::int AS dd ` +
        `FROM evidence_fingerprints ` +
        `WHERE (p0 = ANY($3::int[]) OR p1 = ANY($4::int[]) OR p2 = ANY($5::int[]) OR p3 = ANY($6::int[])) ` +
        `AND ($7::text IS NULL OR case_id <> $7::text) ` +
        `AND bit_count((phash # $1::bigint)::bit(64)) <= $8 ` +
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
