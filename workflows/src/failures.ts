import { ApplicationFailure } from '@temporalio/common';
import { ErrorCode, isDomainError } from '@uplift/domain';

/**
 * The one mapping from domain errors to Temporal failures: the failure type is the ErrorCode, so
 * the API can map it back. Domain errors are not retryable (same input, same answer), except an
 * unavailable dependency, which may come back.
 */
export function toApplicationFailure(error: unknown): unknown {
  if (!isDomainError(error)) return error;
  return ApplicationFailure.create({
    type: error.code,
    message: error.message,
    nonRetryable: error.code !== ErrorCode.DependencyUnavailable,
    details: [error.details],
  });
}

/** A validation failure for input the workflow rejects before it reaches history. */
export function invalidInput(message: string): ApplicationFailure {
  return ApplicationFailure.create({ type: ErrorCode.ValidationFailed, message, nonRetryable: true });
}
