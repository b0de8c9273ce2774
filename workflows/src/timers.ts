import type { CaseState } from '@uplift/domain';
import type { CaseTimers } from './definitions';

/** The next inactivity timer of an open case: a reminder, the final deadline, or none. */
export type DueTimer = { kind: 'none' } | { kind: 'remind' | 'deadline'; atMs: number };

/**
 * Pure timer arithmetic: a reminder once per idle spell (after `reminderAfterMs` without merchant
 * activity), and the deadline after `abandonAfterMs`, when the case is decided or abandoned.
 */
export function nextTimer(state: CaseState, timers: CaseTimers): DueTimer {
  if (!state.lastMerchantActivityAt) return { kind: 'none' };
  const lastActivity = Date.parse(state.lastMerchantActivityAt);
  const deadline = lastActivity + timers.abandonAfterMs;
  const remindedThisSpell = state.lastReminderAt !== null && Date.parse(state.lastReminderAt) >= lastActivity;
  const reminder = lastActivity + timers.reminderAfterMs;
  if (!remindedThisSpell && reminder < deadline) return { kind: 'remind', atMs: reminder };
  return { kind: 'deadline', atMs: deadline };
}
