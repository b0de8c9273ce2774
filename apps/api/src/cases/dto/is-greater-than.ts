import type { ValidationArguments, ValidationOptions } from 'class-validator';
import { registerDecorator } from 'class-validator';

/** A cross-field rule "`property` > `other`" of a DTO, as the OpenAPI document declares it (`x-greater-than`). */
export interface GreaterThanRule {
  schema: string;
  property: string;
  other: string;
}

const rules: GreaterThanRule[] = [];

/** Every IsGreaterThan rule declared so far (read when the OpenAPI document is built). */
export function greaterThanRules(): readonly GreaterThanRule[] {
  return rules;
}

/** Validates that a number property is strictly greater than another number property of the same object. */
export function IsGreaterThan(otherProperty: string, options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    // JSON Schema cannot compare two properties: the document carries the rule as an extension.
    rules.push({ schema: target.constructor.name, property: String(propertyName), other: otherProperty });
    registerDecorator({
      name: 'isGreaterThan',
      target: target.constructor,
      propertyName: String(propertyName),
      constraints: [otherProperty],
      options: { message: `$property must be greater than ${otherProperty}`, ...options },
      validator: {
        validate(value: unknown, args: ValidationArguments): boolean {
          const other = (args.object as Record<string, unknown>)[otherProperty];
          // When the other field is itself invalid its own rule reports it; do not pile on.
          if (typeof other !== 'number') return true;
          return typeof value === 'number' && value > other;
        },
      },
    });
  };
}
