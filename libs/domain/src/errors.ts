/**
 * Every failure the engine reports carries a code from this closed list. Each transport maps it
 * exactly once (HTTP: the API's exception filter; Temporal: ApplicationFailure types in activities).
 */
export const ErrorCode = {
  ValidationFailed: 'VALIDATION_FAILED',
  CaseNotFound: 'CASE_NOT_FOUND',
  RouteNotFound: 'ROUTE_NOT_FOUND',
  MethodNotAllowed: 'METHOD_NOT_ALLOWED',
  RequestHeadersTooLarge: 'REQUEST_HEADERS_TOO_LARGE',
  ApiKeyNotFound: 'API_KEY_NOT_FOUND',
  ApiKeyRevoked: 'API_KEY_REVOKED',
  OperatorActionRejected: 'OPERATOR_ACTION_REJECTED',
  ReviewClaimed: 'REVIEW_CLAIMED',
  SecondReviewerRequired: 'SECOND_REVIEWER_REQUIRED',
  CaseClosed: 'CASE_CLOSED',
  CaseInReview: 'CASE_IN_REVIEW',
  CaseNotInReview: 'CASE_NOT_IN_REVIEW',
  CaseAlreadyOpened: 'CASE_ALREADY_OPENED',
  ConfirmationRequired: 'CONFIRMATION_REQUIRED',
  ActionInProgress: 'ACTION_IN_PROGRESS',
  DuplicateMessage: 'DUPLICATE_MESSAGE',
  DuplicateEvidence: 'DUPLICATE_EVIDENCE',
  EvidenceNotFound: 'EVIDENCE_NOT_FOUND',
  ConsentRequired: 'CONSENT_REQUIRED',
  UnsupportedMediaType: 'UNSUPPORTED_MEDIA_TYPE',
  PayloadTooLarge: 'PAYLOAD_TOO_LARGE',
  ImageTooLarge: 'IMAGE_TOO_LARGE',
  UndecodableFile: 'UNDECODABLE_FILE',
  ConcurrencyConflict: 'CONCURRENCY_CONFLICT',
  IdempotencyKeyMissing: 'IDEMPOTENCY_KEY_MISSING',
  IdempotencyKeyReused: 'IDEMPOTENCY_KEY_REUSED',
  Unauthenticated: 'UNAUTHENTICATED',
  Forbidden: 'FORBIDDEN',
  EvidenceKeyShredded: 'EVIDENCE_KEY_SHREDDED',
  CaseErased: 'CASE_ERASED',
  DependencyUnavailable: 'DEPENDENCY_UNAVAILABLE',
  Internal: 'INTERNAL',
} as const;

/** A code from the closed list of engine errors. */
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Every error code, for exhaustive mappings and tests. */
export const ALL_ERROR_CODES: readonly ErrorCode[] = Object.values(ErrorCode);

/** An expected, explainable failure of a domain rule. `details` must be safe to show to a client. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** True when `value` is a DomainError (also across bundle boundaries, where instanceof fails). */
export function isDomainError(value: unknown): value is DomainError {
  return (
    value instanceof DomainError ||
    (typeof value === 'object' &&
      value !== null &&
      (value as { name?: unknown }).name === 'DomainError' &&
      ALL_ERROR_CODES.includes((value as { code?: ErrorCode }).code as ErrorCode))
  );
}
