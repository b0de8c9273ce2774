import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { initialCaseState } from '@uplift/domain';
import { nextTimer } from '@uplift/workflows';

const timers = { reminderAfterMs: 1_000, abandonAfterMs: 5_000 };
const at = (ms: number) => new Date(Date.UTC(2026, 10, 22) + ms).toISOString();
const base = Date.UTC(2026, 10, 22);

describe('inactivity timers', () => {
  test('no activity yet, no timer', () => {
    assert.deepEqual(nextTimer(initialCaseState('c'), timers), { kind: 'none' });
  });

  test('a reminder comes first, once per idle spell, then the deadline', () => {
    const idle = { ...initialCaseState('c'), lastMerchantActivityAt: at(0) };
    assert.deepEqual(nextTimer(idle, timers), { kind: 'remind', atMs: base + 1_000 });
    const reminded = { ...idle, lastReminderAt: at(1_000), remindersSent: 1 };
    assert.deepEqual(nextTimer(reminded, timers), { kind: 'deadline', atMs: base + 5_000 });
    const activeAgain = { ...reminded, lastMerchantActivityAt: at(2_000) };
    assert.deepEqual(nextTimer(activeAgain, timers), { kind: 'remind', atMs: base + 3_000 });
  });
});
