import { QueryFailedError } from 'typeorm';

/** SQLSTATE of a failed query (from the pg driver error TypeORM wraps), or null. */
export function sqlState(error: unknown): string | null {
  if (error instanceof QueryFailedError) {
    const code = (error.driverError as { code?: unknown }).code;
    return typeof code === 'string' ? code : null;
  }
  return null;
}

/** True for a unique_violation (23505): another writer took the same key first. */
export function isUniqueViolation(error: unknown): boolean {
  return sqlState(error) === '23505';
}

/**
 * Drops the bound parameters TypeORM copies onto a QueryFailedError, so an error that escapes to
 * a logger cannot carry ciphertext or key material. Returns the same error for rethrowing.
 */
export function withoutQueryParameters(error: unknown): unknown {
  if (error instanceof QueryFailedError) {
    (error as { parameters?: unknown }).parameters = undefined;
  }
  return error;
}
