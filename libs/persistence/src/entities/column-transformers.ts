import type { ValueTransformer } from 'typeorm';

/**
 * Maps PostgreSQL bigint (which pg returns as a string) to a JS number. CNY amounts are whole
 * yuan bounded by CASE_LIMITS.maxLimitCny, far below 2^53, so a number is exact; anything larger
 * is a corrupted row and fails loudly instead of rounding.
 */
export const bigintAsNumber: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | number | null) => {
    if (value === null) return null;
    const parsed = Number(value);
    if (!Number.isSafeInteger(parsed)) throw new RangeError(`bigint column value ${String(value)} is not a safe integer`);
    return parsed;
  },
};
