import { ErrorCode } from '@uplift/domain';

/** The HTTP status of every error code: the single ErrorCode → HTTP mapping of this transport. */
export function httpStatusForCode(code: ErrorCode): number {
  switch (code) {
    case ErrorCode.ValidationFailed:
    case ErrorCode.IdempotencyKeyMissing:
      return 400;
    case ErrorCode.Unauthenticated:
      return 401;
    case ErrorCode.Forbidden:
      return 403;
    case ErrorCode.CaseNotFound:
    case ErrorCode.RouteNotFound:
    case ErrorCode.EvidenceNotFound:
    case ErrorCode.ApiKeyNotFound:
      return 404;
    case ErrorCode.MethodNotAllowed:
      return 405;
    case ErrorCode.CaseClosed:
    case ErrorCode.CaseInReview:
    case ErrorCode.CaseNotInReview:
    case ErrorCode.ConcurrencyConflict:
    case ErrorCode.DuplicateMessage:
    case ErrorCode.DuplicateEvidence:
    case ErrorCode.CaseAlreadyOpened:
    case ErrorCode.ConfirmationRequired:
    case ErrorCode.ActionInProgress:
    case ErrorCode.ApiKeyRevoked:
    case ErrorCode.OperatorActionRejected:
    case ErrorCode.ReviewClaimed:
    case ErrorCode.SecondReviewerRequired:
      return 409;
    case ErrorCode.EvidenceKeyShredded:
    case ErrorCode.CaseErased:
      return 410;
    case ErrorCode.PayloadTooLarge:
      return 413;
    case ErrorCode.UnsupportedMediaType:
      return 415;
    case ErrorCode.IdempotencyKeyReused:
    case ErrorCode.ConsentRequired:
    case ErrorCode.ImageTooLarge:
    case ErrorCode.UndecodableFile:
      return 422;
    case ErrorCode.RequestHeadersTooLarge:
      return 431;
    case ErrorCode.DependencyUnavailable:
      return 503;
    case ErrorCode.Internal:
      return 500;
    default: {
      // A new code added to the enum fails compilation here until it is mapped.
      const unmapped: never = code;
      throw new Error(`unmapped error code ${String(unmapped)}`);
    }
  }
}
