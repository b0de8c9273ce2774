import { DomainError, ErrorCode } from '@uplift/domain';
import type { DataSource } from 'typeorm';
import { withSql, type Sql } from '../db/sql';

/** A claim attempt on an Idempotency-Key. */
export interface IdempotencyClaimInput {
  channel: string;
  key: string;
  requestHash: string;
  caseId: string;
}

/**
 * claimed: this request is the first with the key and should run. replay: the same request ran
 * before (response is null while the first run has not saved one). mismatch: the key was used
 * for a different request.
 */
export type IdempotencyClaim =
  { status: 'claimed'; caseId: string } | { status: 'replay'; caseId: string; response: unknown } | { status: 'mismatch' };

const MAX_KEY_CHARS = 255;

function assertText(value: unknown, field: string, max = MAX_KEY_CHARS): void {
  if (typeof value !== 'string' || value.length === 0 || value.length > max) {
    throw new DomainError(ErrorCode.ValidationFailed, `${field} must have 1 to ${max} characters`, { field });
  }
}

/** Idempotency-Key bookkeeping per channel. The primary key decides races: the first insert wins. */
export class IdempotencyStore {
  constructor(private readonly ds: DataSource) {}

  /** Claims (channel, key) for a request, or reports how an earlier claim relates to it. */
  async claim(input: IdempotencyClaimInput): Promise<IdempotencyClaim> {
    assertText(input.channel, 'channel');
    assertText(input.key, 'key');
    assertText(input.requestHash, 'requestHash', 1024);
    assertText(input.caseId, 'caseId');
    return withSql(this.ds, (sql) => claimOn(sql, input));
  }

  /** Records the response of the claimed request, for replays. */
  async saveResponse(channel: string, key: string, response: unknown): Promise<void> {
    const json = JSON.stringify(response ?? null);
    const updated = await withSql(this.ds, (sql) =>
      sql.run('UPDATE idempotency_keys SET response = $3::jsonb WHERE channel = $1 AND key = $2', [channel, key, json]),
    );
    if (updated === 0) {
      throw new DomainError(ErrorCode.ValidationFailed, 'no request has claimed this idempotency key', { field: 'key' });
    }
  }
}

async function claimOn(sql: Sql, input: IdempotencyClaimInput): Promise<IdempotencyClaim> {
  const inserted = await sql.rows<{ caseId: string }>(
    `INSERT INTO idempotency_keys (channel, key, request_hash, case_id) VALUES ($1, $2, $3, $4)
     ON CONFLICT (channel, key) DO NOTHING RETURNING case_id AS "caseId"`,
    [input.channel, input.key, input.requestHash, input.caseId],
  );
  if (inserted[0]) return { status: 'claimed', caseId: inserted[0].caseId };
  // ON CONFLICT waited for the winner to commit, so this separate statement sees its row.
  const existing = await sql.one<{ requestHash: string; caseId: string; response: unknown }>(
    `SELECT request_hash AS "requestHash", case_id AS "caseId", response FROM idempotency_keys WHERE channel = $1 AND key = $2`,
    [input.channel, input.key],
  );
  if (!existing) throw new Error('idempotency key conflicted but its row is not visible');
  if (existing.requestHash !== input.requestHash) return { status: 'mismatch' };
  return { status: 'replay', caseId: existing.caseId, response: existing.response ?? null };
}
