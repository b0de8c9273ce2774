import { CASE_LIMITS } from '@uplift/domain';
import type { ReviewerVerdict } from '@uplift/domain';
import type { MerchantMessageInput } from '../definitions';
import { invalidInput } from '../failures';

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

/** Checks a reviewer's verdict payload; the domain then checks it against the case. */
export function assertValidVerdict(raw: unknown): asserts raw is ReviewerVerdict {
  if (typeof raw !== 'object' || raw === null) throw invalidInput('a review needs reviewerId, outcome, grantedLimit and note');
  const { reviewerId, outcome, grantedLimit, note } = raw as Record<string, unknown>;
  if (typeof reviewerId !== 'string' || !CASE_LIMITS.idPattern.test(reviewerId))
    throw invalidInput('reviewerId must be 1-128 characters of letters, digits and ._:-');
  if (outcome !== 'approved' && outcome !== 'partial' && outcome !== 'declined')
    throw invalidInput('outcome must be approved, partial or declined');
  if (typeof grantedLimit !== 'number' || !Number.isSafeInteger(grantedLimit) || grantedLimit < 0)
    throw invalidInput('grantedLimit must be a whole CNY amount');
  if (typeof note !== 'string' || note.length > CASE_LIMITS.maxMessageChars)
    throw invalidInput(`note must be text of at most ${CASE_LIMITS.maxMessageChars} characters`);
}
