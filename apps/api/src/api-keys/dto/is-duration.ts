import type { ValidationOptions } from 'class-validator';
import { registerDecorator } from 'class-validator';
import { parseDuration } from '@uplift/config';
import { WHITESPACE } from '../../http/text-rules';

/** OpenAPI `format` of durations; `x-minimum-ms` / `x-maximum-ms` bound them (the contract test reads both). */
export const DURATION_FORMAT = 'uplift-duration';

/** The OpenAPI description of a duration property between `minMs` and `maxMs` (spread into @ApiProperty). */
export function durationSchema(minMs: number, maxMs: number): Record<string, unknown> {
  return {
    type: 'string',
    format: DURATION_FORMAT,
    // The syntax of parseDuration (500ms, 30s, 15m, 24h, 7d; no unit means ms), at most 32 characters.
    pattern: `^[${WHITESPACE}]*[0-9]+(?:\\.[0-9]+)?[${WHITESPACE}]*(?:ms|s|m|h|d)?[${WHITESPACE}]*$`,
    maxLength: 32,
    'x-minimum-ms': minMs,
    'x-maximum-ms': maxMs,
  };
}

/** Milliseconds of a duration text ("90d", "1h", "30s"), or null when it is not one. */
export function durationMs(text: unknown): number | null {
  if (typeof text !== 'string' || text.length > 32) return null;
  try {
    return parseDuration(text);
  } catch {
    return null;
  }
}

/** Validates a duration written as elsewhere in Uplift (500ms, 30s, 15m, 24h, 7d) between `minMs` and `maxMs`. */
export function IsDuration(minMs: number, maxMs: number, options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    registerDecorator({
      name: 'isDuration',
      target: target.constructor,
      propertyName: String(propertyName),
      constraints: [minMs, maxMs],
      options: {
        message: `$property must be a duration such as 30s, 15m, 24h or 90d, from ${minMs} ms to ${maxMs / 86_400_000} days`,
        ...options,
      },
      validator: {
        validate(value: unknown): boolean {
          const ms = durationMs(value);
          return ms !== null && ms >= minMs && ms <= maxMs;
        },
      },
    });
  };
}
