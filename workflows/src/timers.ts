import type { CaseState } from '@uplift/domain';
import type { CaseTimers } from './definitions';

/** The next inactivity timer of an open case: a reminder, the final deadline, or none. */
export type DueTimer = { kind: 'none' } | { kind: 'remind' | 'deadline' | 'escalate'; atMs: number };

/** Default wait for a reviewer before a referred case is escalated. */
export const DEFAULT_REVIEW_ESCALATE_AFTER_MS = 24 * 3_600_000;

/**
 * Pure timer arithmetic: a reminder once per idle spell (after `reminderAfterMs` without merchant
 * activity), and the deadline after `abandonAfterMs`, when the case is decided or abandoned.
 */
export function nextTimer(state: CaseState, timers: CaseTimers): DueTimer {
  if (state.status === 'in_review') {
    // A referred case waits for its reviewer, not for the merchant: one escalation, then it keeps waiting.
    if (!state.review || state.review.escalatedAt) return { kind: 'none' };
    return {
      kind: 'escalate',
      atMs: Date.parse(state.review.referredAt) + (timers.reviewEscalateAfterMs ?? DEFAULT_REVIEW_ESCALATE_AFTER_MS),
    };
  }
  if (!state.lastMerchantActivityAt) return { kind: 'none' };
  const lastActivity = Date.parse(state.lastMerchantActivityAt);
  const deadline = lastActivity + timers.abandonAfterMs;
  const remindedThisSpell = state.lastReminderAt !== null && Date.parse(state.lastReminderAt) >= lastActivity;
  const reminder = lastActivity + timers.reminderAfterMs;
  if (!remindedThisSpell && reminder < deadline) return { kind: 'remind', atMs: reminder };
  return { kind: 'deadline', atMs: deadline };
}
