import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nextAction, renderTurnReply, understand } from '@uplift/dialogue';
import { INDUSTRIES, initialCaseState, type CaseState } from '@uplift/domain';

/** mulberry32: a deterministic PRNG so a failure reproduces. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const PIECES = [
  '万', '十', '一', '两', '几', '半', '辆', '台', '个', '月', '年', '天', '多', '来', '流水', '回款', '员工', '座位', '没有', '好了', '撤回授权',
  '9', '0', '.', ',', '-', '~', ' ', 'k', 'm', 'million', 'half', 'a', 'truck', 'seats', 'net', 'since', 'March', '2025', '?', '？',
  '\u0000', '\u0007', '\u001b', '\u200b', '\u202e', '\ufeff', '\uD83D', '\uDE00', '😀', '🚚', '👨‍👩‍👧', 'é', 'ß', 'Ω', 'ش', 'क', 'ｱ', '２０万',
  '99999999999999999999999', '1e308', 'NaN', 'Infinity', '-5', '0.0000001', '٣', '\n', '\t', '%', '$', '¥',
];

test('any input gets an understanding, a next step and a reply, never an error (fuzz, 5,000 inputs)', () => {
  const random = prng(20_260_315);
  const industries = [null, ...INDUSTRIES.map((i) => i.id)];
  for (let i = 0; i < 5_000; i += 1) {
    const length = Math.floor(random() * 60);
    const text = Array.from({ length }, () => PIECES[Math.floor(random() * PIECES.length)] ?? '').join(random() < 0.3 ? ' ' : '');
    const industry = industries[i % industries.length] ?? null;
    const state: CaseState = {
      ...initialCaseState('fuzz'), status: 'collecting', currentLimit: 100_000, requestedLimit: 200_000, industry,
      facts: industry ? { industry } : {}, language: i % 2 === 0 ? 'zh' : 'en', updatedAt: '2026-03-15T08:00:00.000Z',
      actions: i % 3 === 0 ? [{ kind: 'ask_fact', fact: 'monthlyRevenue' }] : [],
    };
    const u = understand(text, state);
    assert.ok(u.language === 'zh' || u.language === 'en');
    for (const value of Object.values(u.facts)) {
      if (typeof value === 'number') assert.ok(Number.isFinite(value) && value >= 0 && value <= 1e12, `bad fact ${value} from ${JSON.stringify(text)}`);
    }
    const action = nextAction({ ...state, facts: { ...state.facts, ...u.facts } }, u.intent);
    const reply = renderTurnReply(action, state, u.facts, u.language, { intent: u.intent, text });
    assert.ok(reply.length > 0, `empty reply for ${JSON.stringify(text)}`);
  }
});

test('a very long message is understood quickly', () => {
  const text = '月流水二十万，'.repeat(2_000);
  const started = process.hrtime.bigint();
  understand(text, { ...initialCaseState('x'), status: 'collecting' });
  assert.ok(Number(process.hrtime.bigint() - started) / 1e6 < 2_000);
});
