import { DomainError, ErrorCode } from '@uplift/domain';

/** One invalid input field and what is wrong with it. */
export interface FieldProblem {
  field: string;
  problems: string[];
}

/** A VALIDATION_FAILED error listing each field problem, so clients can show them next to the field. */
export function validationFailed(fields: FieldProblem[], message = 'The request is invalid.'): DomainError {
  return new DomainError(ErrorCode.ValidationFailed, message, { fields });
}
