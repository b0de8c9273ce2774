import type { ErrorCode } from '@uplift/domain';

/** The one error shape every endpoint returns. */
export interface ErrorBody {
  error: {
    code: ErrorCode;
    message: string;
    details?: Readonly<Record<string, unknown>>;
    requestId: string;
  };
}

/** Builds the error body; empty details are left out. */
export function errorBody(code: ErrorCode, message: string, details: Readonly<Record<string, unknown>>, requestId: string): ErrorBody {
  return {
    error: { code, message, ...(Object.keys(details).length > 0 ? { details } : {}), requestId },
  };
}
