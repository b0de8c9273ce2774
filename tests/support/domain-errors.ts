import assert from 'node:assert/strict';
import { DomainError } from '@uplift/domain';

/** Runs `run`, which must throw a DomainError, and returns its code (fails the test otherwise). */
export function domainErrorCode(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    assert.ok(error instanceof DomainError, `expected a DomainError, got ${String(error)}`);
    return error.code;
  }
  assert.fail('expected a DomainError');
}
