import { status } from '@grpc/grpc-js';
import { isGrpcServiceError } from '@temporalio/client';

/** True when `error` is a gRPC error with the given status code (also when wrapped as a cause). */
export function hasGrpcStatus(error: unknown, code: status): boolean {
  if (isGrpcServiceError(error)) return error.code === code;
  if (error instanceof Error && error.cause !== undefined) return hasGrpcStatus(error.cause, code);
  return false;
}

export { status as GrpcStatus };
