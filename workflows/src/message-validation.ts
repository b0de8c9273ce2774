import { CASE_LIMITS } from '@uplift/domain';
import type { MerchantMessageInput } from './definitions';
import { invalidInput } from './failures';

/** Checks a turn's payload (it comes from outside, so it is treated as unknown). Throws VALIDATION_FAILED. */
export function assertValidMessage(raw: unknown): asserts raw is MerchantMessageInput {
  if (typeof raw !== 'object' || raw === null) throw invalidInput('a message needs messageId and text');
  const { messageId, text } = raw as Record<string, unknown>;
  if (typeof messageId !== 'string' || !CASE_LIMITS.idPattern.test(messageId)) {
    throw invalidInput('messageId must be 1-128 characters of letters, digits and ._:-');
  }
  const trimmed = typeof text === 'string' ? text.trim() : '';
  if (trimmed.length === 0 || trimmed.length > CASE_LIMITS.maxMessageChars) {
    throw invalidInput(`text must have 1 to ${CASE_LIMITS.maxMessageChars} characters`);
  }
}
