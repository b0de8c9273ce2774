import { ValidateIf } from 'class-validator';

/**
 * A body member that may be left out (then its default applies) but, when present, must be valid:
 * unlike @IsOptional(), null is not "absent" here, since the document declares no member nullable.
 */
export function IsOmittable(): PropertyDecorator {
  return ValidateIf((_object: object, value: unknown) => value !== undefined);
}
