import type { ProposalKind, ReviewerVerdict } from '@uplift/domain';
import type { CaseActionInput, EvidenceSubmittedInput, MerchantMessageInput } from '../definitions';
import { invalidInput } from '../failures';

// Update payloads come from outside, so they arrive as unknown. These guards check only their shape;
// what the values may be is the decider's to say (docs/adr/0017: the decider is the one gatekeeper).

const isRecord = (raw: unknown): raw is Record<string, unknown> => typeof raw === 'object' && raw !== null && !Array.isArray(raw);

/** A merchant message: messageId and text, both strings. */
export function asMessage(raw: unknown): MerchantMessageInput {
  if (!isRecord(raw) || typeof raw['messageId'] !== 'string' || typeof raw['text'] !== 'string')
    throw invalidInput('a message needs messageId and text');
  return { messageId: raw['messageId'], text: raw['text'] };
}

const PROPOSALS: readonly ProposalKind[] = ['submit', 'withdraw_consent'];

/** A structured action: actionId and one of the irreversible steps. */
export function asAction(raw: unknown): CaseActionInput {
  if (!isRecord(raw) || typeof raw['actionId'] !== 'string') throw invalidInput('an action needs actionId and action');
  const action = PROPOSALS.find((p) => p === raw['action']);
  if (!action) throw invalidInput(`action must be one of ${PROPOSALS.join(', ')}`);
  return { actionId: raw['actionId'], action };
}

/** A reviewer's verdict: reviewerId, outcome, grantedLimit and note. */
export function asVerdict(raw: unknown): ReviewerVerdict {
  if (!isRecord(raw)) throw invalidInput('a review needs reviewerId, outcome, grantedLimit and note');
  const { reviewerId, outcome, grantedLimit, note } = raw;
  if (typeof reviewerId !== 'string' || typeof note !== 'string' || typeof grantedLimit !== 'number')
    throw invalidInput('a review needs reviewerId, outcome, grantedLimit and note');
  if (outcome !== 'approved' && outcome !== 'partial' && outcome !== 'declined')
    throw invalidInput('outcome must be approved, partial or declined');
  return { reviewerId, outcome, grantedLimit, note };
}

/** A stored upload's reference: its id and digest are enough to accept it. */
export function asEvidence(raw: unknown): EvidenceSubmittedInput {
  if (
    !isRecord(raw) ||
    typeof raw['evidenceId'] !== 'string' ||
    typeof raw['sha256'] !== 'string' ||
    typeof raw['mediaType'] !== 'string' ||
    typeof raw['sizeBytes'] !== 'number' ||
    !isRecord(raw['declared'])
  ) {
    throw invalidInput('evidence needs evidenceId, declared, mediaType, sizeBytes and sha256');
  }
  return raw as unknown as EvidenceSubmittedInput;
}
