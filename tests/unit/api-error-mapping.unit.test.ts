import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import {
  ApplicationFailure,
  ServiceError,
  WorkflowNotFoundError,
  WorkflowUpdateFailedError,
  WorkflowUpdateRPCTimeoutOrCancelledError,
} from '@temporalio/client';
import { httpStatusForCode, temporalFailureToDomainError, toDomainError } from '@uplift/api';
import { ALL_ERROR_CODES, DomainError, ErrorCode, isDomainError } from '@uplift/domain';

const EXPECTED_STATUS: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  IDEMPOTENCY_KEY_MISSING: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  CASE_NOT_FOUND: 404,
  ROUTE_NOT_FOUND: 404,
  EVIDENCE_NOT_FOUND: 404,
  API_KEY_NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  CASE_CLOSED: 409,
  CASE_IN_REVIEW: 409,
  CASE_NOT_IN_REVIEW: 409,
  CONCURRENCY_CONFLICT: 409,
  DUPLICATE_MESSAGE: 409,
  DUPLICATE_EVIDENCE: 409,
  CASE_ALREADY_OPENED: 409,
  CONFIRMATION_REQUIRED: 409,
  ACTION_IN_PROGRESS: 409,
  API_KEY_REVOKED: 409,
  OPERATOR_ACTION_REJECTED: 409,
  REVIEW_CLAIMED: 409,
  SECOND_REVIEWER_REQUIRED: 409,
  EVIDENCE_KEY_SHREDDED: 410,
  CASE_ERASED: 410,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  IDEMPOTENCY_KEY_REUSED: 422,
  CONSENT_REQUIRED: 422,
  IMAGE_TOO_LARGE: 422,
  UNDECODABLE_FILE: 422,
  REQUEST_HEADERS_TOO_LARGE: 431,
  DEPENDENCY_UNAVAILABLE: 503,
  INTERNAL: 500,
};

describe('httpStatusForCode', () => {
  test('maps every error code to its HTTP status', () => {
    // The Record type above already fails compilation if a code is missing; this checks the values.
    assert.equal(ALL_ERROR_CODES.length, Object.keys(EXPECTED_STATUS).length);
    for (const code of ALL_ERROR_CODES) {
      assert.equal(httpStatusForCode(code), EXPECTED_STATUS[code], code);
    }
  });

  test('refuses a code outside the closed list instead of guessing', () => {
    assert.throws(() => httpStatusForCode('NOT_A_CODE' as ErrorCode), /unmapped error code NOT_A_CODE/);
  });
});

/** A gRPC error as @grpc/grpc-js produces it. */
function grpcError(code: number, details: string): Error {
  return Object.assign(new Error(`${code} ${details}`), { code, details, metadata: {} });
}

describe('temporalFailureToDomainError', () => {
  test('turns an update rejected with an ErrorCode-typed ApplicationFailure into that DomainError', () => {
    const failure = ApplicationFailure.create({ type: 'CASE_CLOSED', message: 'the case is decided', details: [{ status: 'decided' }] });
    const translated = temporalFailureToDomainError(new WorkflowUpdateFailedError('Workflow Update failed', failure));
    assert.ok(isDomainError(translated));
    assert.equal(translated.code, ErrorCode.CaseClosed);
    assert.equal(translated.message, 'the case is decided');
    assert.deepEqual(translated.details, { status: 'decided' });
  });

  test('keeps only object details (they are shown to clients)', () => {
    const failure = ApplicationFailure.create({ type: 'VALIDATION_FAILED', message: 'text is empty', details: ['raw string'] });
    const translated = temporalFailureToDomainError(new WorkflowUpdateFailedError('Workflow Update failed', failure));
    assert.ok(isDomainError(translated));
    assert.deepEqual(translated.details, {});
  });

  test('leaves a failure whose type is not an ErrorCode untouched (the filter reports INTERNAL)', () => {
    const error = new WorkflowUpdateFailedError(
      'Workflow Update failed',
      ApplicationFailure.create({ type: 'TypeError', message: 'boom' }),
    );
    assert.equal(temporalFailureToDomainError(error), error);
  });

  test('maps a missing workflow to CASE_NOT_FOUND and a finished one to CASE_CLOSED', () => {
    const missing = temporalFailureToDomainError(new WorkflowNotFoundError('workflow not found for ID: case-x', 'case-x', undefined));
    assert.ok(isDomainError(missing));
    assert.equal(missing.code, ErrorCode.CaseNotFound);
    const finished = temporalFailureToDomainError(new WorkflowNotFoundError('workflow execution already completed', 'case-x', undefined));
    assert.ok(isDomainError(finished));
    assert.equal(finished.code, ErrorCode.CaseClosed);
  });

  test('maps an unreachable or timed-out Temporal to DEPENDENCY_UNAVAILABLE', () => {
    const unreachable = temporalFailureToDomainError(
      new ServiceError('Workflow Update failed', { cause: grpcError(14, 'No connection established') }),
    );
    assert.ok(isDomainError(unreachable));
    assert.equal(unreachable.code, ErrorCode.DependencyUnavailable);
    const timedOut = temporalFailureToDomainError(new WorkflowUpdateRPCTimeoutOrCancelledError('deadline exceeded'));
    assert.ok(isDomainError(timedOut));
    assert.equal(timedOut.code, ErrorCode.DependencyUnavailable);
  });

  test('passes DomainErrors and unrelated errors through unchanged', () => {
    const domain = new DomainError(ErrorCode.Forbidden, 'no');
    assert.equal(temporalFailureToDomainError(domain), domain);
    const other = new TypeError('bug');
    assert.equal(temporalFailureToDomainError(other), other);
    const invalid = new ServiceError('start failed', { cause: grpcError(3, 'search attribute CaseStatus is not defined') });
    assert.equal(temporalFailureToDomainError(invalid), invalid);
  });
});

describe('database outages', () => {
  test('connection-level PostgreSQL failures are 503 DEPENDENCY_UNAVAILABLE, other errors stay INTERNAL', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    assert.equal(toDomainError(refused).error.code, ErrorCode.DependencyUnavailable);
    const adminShutdown = Object.assign(new Error('terminating connection due to administrator command'), {
      driverError: { code: '57P01' },
    });
    assert.equal(toDomainError(adminShutdown).error.code, ErrorCode.DependencyUnavailable);
    assert.equal(httpStatusForCode(toDomainError(refused).error.code), 503);
    const bug = Object.assign(new Error('syntax error'), { driverError: { code: '42601' } });
    assert.equal(toDomainError(bug).error.code, ErrorCode.Internal);
  });
});
