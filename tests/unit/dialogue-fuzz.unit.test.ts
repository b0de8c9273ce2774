import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { dialogueContext, nextAction, readMessage, renderTurnReply } from '@uplift/dialogue';
import { INDUSTRIES, initialCaseState, PROPOSAL_KINDS, type CaseState } from '@uplift/domain';

// Property tests of the rules without their safety net: readMessage throws on a rule bug (the
// workflow's understandInContext would hide it as "understood nothing"), so any input that breaks a
// rule fails here, shrunk by fast-check to the smallest such input.

const PIECES = [
  '万',
  '十',
  '一',
  '两',
  '几',
  '半',
  '辆',
  '台',
  '个',
  '月',
  '年',
  '天',
  '多',
  '来',
  '流水',
  '回款',
  '员工',
  '座位',
  '没有',
  '好了',
  '撤回授权',
  '不',
  '吗',
  '9',
  '0',
  '.',
  ',',
  '-',
  '~',
  ' ',
  'k',
  'm',
  'million',
  'half',
  'a',
  'truck',
  'seats',
  'net',
  'since',
  'March',
  '2025',
  '?',
  '？',
  "don't",
  '\u0000',
  '\u0007',
  '\u001b',
  '\u200b',
  '\u202e',
  '\ufeff',
  '\uD83D',
  '\uDE00',
  '😀',
  '🚚',
  '👨‍👩‍👧',
  'é',
  'ß',
  'Ω',
  'ش',
  'क',
  'ｱ',
  '２０万',
  '貳拾萬',
  '99999999999999999999999',
  '1e308',
  'NaN',
  'Infinity',
  '-5',
  '0.0000001',
  '٣',
  '\n',
  '\t',
  '%',
  '$',
  '¥',
];

const message = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join('')),
  fc.string({ maxLength: 80, unit: 'grapheme' }),
  fc.string({ maxLength: 80, unit: 'binary' }),
);

const caseState = fc
  .record({
    industry: fc.constantFrom(null, ...INDUSTRIES.map((i) => i.id)),
    language: fc.constantFrom('zh' as const, 'en' as const),
    asked: fc.boolean(),
    proposal: fc.constantFrom(null, ...PROPOSAL_KINDS),
  })
  .map(({ industry, language, asked, proposal }): CaseState => ({
    ...initialCaseState('fuzz'),
    status: 'collecting',
    currentLimit: 100_000,
    requestedLimit: 200_000,
    industry,
    facts: industry ? { industry } : {},
    language,
    updatedAt: '2026-03-15T08:00:00.000Z',
    actions: asked ? [{ kind: 'ask_fact', fact: 'monthlyRevenue' }] : [],
    pendingProposal: proposal
      ? { proposalId: 'p1', proposal, inReplyTo: null, proposedAt: '2026-03-15T08:00:00.000Z', expiresAt: '2026-03-15T08:15:00.000Z' }
      : null,
  }));

test('any message in any case state is read by the rules without an error, into plausible facts and a reply', () => {
  fc.assert(
    fc.property(message, caseState, (text, state) => {
      const u = readMessage(text, dialogueContext(state));
      assert.ok(u.language === 'zh' || u.language === 'en');
      for (const value of Object.values(u.facts)) {
        if (typeof value === 'number') assert.ok(Number.isFinite(value) && value >= 0 && value <= 1e12, `bad fact ${value}`);
      }
      const action = nextAction({ ...state, facts: { ...state.facts, ...u.facts } }, u.intent);
      assert.ok(renderTurnReply(action, state, u.facts, u.language, { intent: u.intent, text }).length > 0, 'an empty reply');
    }),
    { numRuns: 3_000, seed: 20_260_315 },
  );
});

test('a negated or questioned irreversible wish is never read as a yes to that very step', () => {
  const wish = fc.constantFrom('撤回授权', '删除我的资料', '提交', 'withdraw my consent', 'delete my data', 'submit');
  const framing = fc.constantFrom(
    (w: string) => `不要${w}`,
    (w: string) => `${w}吗？`,
    (w: string) => `我不想${w}`,
    (w: string) => `don't ${w}`,
    (w: string) => `should I ${w}?`,
    (w: string) => `will you ${w}?`,
  );
  fc.assert(
    fc.property(wish, framing, fc.constantFrom(...PROPOSAL_KINDS), (w, frame, proposal) => {
      const state: CaseState = {
        ...initialCaseState('fuzz'),
        status: 'collecting',
        pendingProposal: {
          proposalId: 'p',
          proposal,
          inReplyTo: null,
          proposedAt: '2026-03-15T08:00:00.000Z',
          expiresAt: '2026-03-15T08:15:00.000Z',
        },
      };
      assert.notEqual(readMessage(frame(w), dialogueContext(state)).answer, 'yes', frame(w));
    }),
    { seed: 20_261_129 },
  );
});

test('a very long message is read, and its facts are right', () => {
  const u = readMessage('月流水二十万，'.repeat(2_000), dialogueContext({ ...initialCaseState('x'), status: 'collecting' }));
  assert.equal(u.facts.monthlyRevenue, 200_000);
});
