import type { ValidationOptions } from 'class-validator';
import { registerDecorator } from 'class-validator';

/**
 * JavaScript's whitespace (`\s`, what String.prototype.trim removes) as a character-class body, spelled
 * out so that every engine reading an OpenAPI pattern (ECMA-262 here, Python's in test generators)
 * means the same set.
 */
export const WHITESPACE = '\\t\\n\\v\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff';

/** Text PostgreSQL can store: no NUL (unpaired surrogates are refused too, but no pattern can say so). */
// eslint-disable-next-line no-control-regex -- NUL is exactly the character this pattern exists to refuse.
export const STORABLE_TEXT = new RegExp('^[^\\u0000]*$');

/** Storable text with at least one character that is not whitespace (it is trimmed before use). */
export const NON_BLANK_TEXT = new RegExp(`^[^\\u0000]*[^${WHITESPACE}\\u0000][^\\u0000]*$`);

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Validates a string against `pattern` (STORABLE_TEXT or NON_BLANK_TEXT, the same one its OpenAPI
 * `pattern` declares) and refuses unpaired surrogates, which PostgreSQL cannot store either.
 */
export function IsText(pattern: RegExp, options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    registerDecorator({
      name: 'isText',
      target: target.constructor,
      propertyName: String(propertyName),
      constraints: [pattern.source],
      options: {
        message:
          pattern === NON_BLANK_TEXT
            ? '$property must not be blank and must not contain NUL characters'
            : '$property must not contain NUL characters',
        ...options,
      },
      validator: {
        validate(value: unknown): boolean {
          return typeof value === 'string' && pattern.test(value) && !LONE_SURROGATE.test(value);
        },
      },
    });
  };
}
