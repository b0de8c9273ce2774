import { status as GrpcStatus } from '@grpc/grpc-js';
import {
  ApplicationFailure,
  isGrpcServiceError,
  ServiceError,
  WorkflowExecutionAlreadyStartedError,
  WorkflowNotFoundError,
  WorkflowUpdateFailedError,
  WorkflowUpdateRPCTimeoutOrCancelledError,
} from '@temporalio/client';
import { ALL_ERROR_CODES, DomainError, ErrorCode, isDomainError } from '@uplift/domain';

// gRPC statuses that mean "Temporal is not reachable or too slow right now".
const UNAVAILABLE_STATUSES: ReadonlySet<GrpcStatus> = new Set([GrpcStatus.UNAVAILABLE, GrpcStatus.DEADLINE_EXCEEDED, GrpcStatus.CANCELLED]);

/**
 * The one translation of Temporal client failures into DomainErrors, so the HTTP filter maps them
 * like any other error. The case workflow rejects updates with an ApplicationFailure whose `type` is
 * an ErrorCode; unknown failures are returned unchanged (the filter turns them into INTERNAL).
 */
export function temporalFailureToDomainError(thrown: unknown): unknown {
  if (isDomainError(thrown)) return thrown;
  if (thrown instanceof WorkflowUpdateFailedError) return fromApplicationFailure(thrown.cause) ?? thrown;
  if (thrown instanceof WorkflowNotFoundError) {
    // The server answers an update or signal to a finished run with NOT_FOUND "workflow execution already completed".
    return /already completed/i.test(thrown.message)
      ? new DomainError(ErrorCode.CaseClosed, 'The case is closed.')
      : new DomainError(ErrorCode.CaseNotFound, 'Case not found.');
  }
  if (thrown instanceof WorkflowExecutionAlreadyStartedError) {
    return new DomainError(ErrorCode.CaseAlreadyOpened, 'The case was already opened and has finished.');
  }
  if (thrown instanceof WorkflowUpdateRPCTimeoutOrCancelledError || isUnavailable(thrown)) {
    return new DomainError(ErrorCode.DependencyUnavailable, 'The workflow service did not answer in time.');
  }
  return thrown;
}

/** Runs a Temporal client call and rethrows its failure translated by temporalFailureToDomainError. */
export async function callTemporal<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw temporalFailureToDomainError(error);
  }
}

function fromApplicationFailure(cause: unknown): DomainError | null {
  if (!(cause instanceof ApplicationFailure)) return null;
  const code = ALL_ERROR_CODES.find((candidate) => candidate === cause.type);
  if (!code) return null;
  const first: unknown = cause.details?.[0];
  const details = isPlainRecord(first) ? first : {};
  return new DomainError(code, cause.message, details);
}

function isUnavailable(thrown: unknown): boolean {
  const grpc = thrown instanceof ServiceError ? thrown.cause : thrown;
  return isGrpcServiceError(grpc) && UNAVAILABLE_STATUSES.has(grpc.code);
}

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
