/**
 * Why a reviewer decided as they did: a closed list, so decisions can be counted by reason. The code
 * leads the note in the ReviewCompleted event ("CODE: note"), which keeps the case workflow's review
 * update unchanged (docs/adr/0023).
 */
export const REVIEWER_REASON_CODES = [
  'ENGINE_FIGURE_CONFIRMED',
  'EVIDENCE_SUPPORTS_REQUEST',
  'EVIDENCE_SUPPORTS_PART',
  'EVIDENCE_INSUFFICIENT',
  'EVIDENCE_NOT_AUTHENTIC',
  'IDENTITY_MISMATCH',
  'POLICY_EXCEPTION',
] as const;

/** One of REVIEWER_REASON_CODES. */
export type ReviewerReasonCode = (typeof REVIEWER_REASON_CODES)[number];

/** Longest note a reviewer may write (the event's note also carries the code and the four-eyes trail). */
export const MAX_REVIEWER_NOTE_CHARS = 1_500;

/** The note as the case's events record it. */
export function recordedNote(code: string, note: string, fourEyes?: { proposedBy: string; confirmedBy: string }): string {
  const trail = fourEyes ? ` [four eyes: proposed by ${fourEyes.proposedBy}, confirmed by ${fourEyes.confirmedBy}]` : '';
  return `${code}: ${note}${trail}`;
}
