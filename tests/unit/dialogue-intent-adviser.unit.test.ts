import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import {
  ADVICE_THRESHOLD,
  adviseIntent,
  canonicalText,
  classifyIntent,
  INTENT_ADVISER,
  intentFeatures,
  normaliseText,
  scoreIntents,
  understand,
  UNDERSTANDING_VERSION,
  type IntentAdviserModel,
} from '@uplift/dialogue';
import { INTENTS, type Intent } from '@uplift/domain';
import { caseOpenedMidJune } from '../support/understanding-facts';

// The learned intent adviser (docs/adr/0035): shipped data that loads as a model, and the guard the
// rules keep around it. The wordings below were written for these tests, not taken from a corpus.

const IRREVERSIBLE: Intent[] = ['done', 'withdraw_consent'];

/** A model that is certain of `intent` whatever the text says (bias only, no feature weights). */
function certainOf(intent: Intent): IntentAdviserModel {
  return { version: 'test', labels: INTENTS, scale: 1, bias: INTENTS.map((i) => (i === intent ? 50 : 0)), weights: {} };
}

describe('the shipped adviser data', () => {
  test('has a version recorded in the understanding version, every intent, and a weight per intent for each feature', () => {
    assert.ok(UNDERSTANDING_VERSION.endsWith(`+${INTENT_ADVISER.version}`), UNDERSTANDING_VERSION);
    assert.deepEqual([...INTENT_ADVISER.labels].sort(), [...INTENTS].sort());
    assert.equal(INTENT_ADVISER.bias.length, INTENTS.length);
    for (const row of Object.values(INTENT_ADVISER.weights)) assert.equal(row.length, INTENTS.length);
    assert.ok(Object.keys(INTENT_ADVISER.weights).length > 500);
  });

  test('gives probabilities that sum to 1, the same ones every time', () => {
    for (const text of ['我们店有十二个员工', 'what else do you need from me?', '', '👍👍']) {
      const scores = scoreIntents(canonicalText(normaliseText(text)));
      const sum = Object.values(scores).reduce((a, p) => a + p, 0);
      assert.ok(Math.abs(sum - 1) < 1e-9, `${text}: ${sum}`);
      assert.deepEqual(scoreIntents(canonicalText(normaliseText(text))), scores);
    }
  });

  test('reads Chinese characters and English words, with the question mark as a feature', () => {
    const features = intentFeatures(canonicalText(normaliseText('还要交啥? need what docs')));
    for (const f of ['c:还', 'c:还要', 'w:need', 'w:need what', '#question-mark']) assert.ok(features.includes(f), f);
    assert.ok(!features.includes('c:啥need'));
  });
});

describe('the rules keep the guard', () => {
  test('the adviser never yields an irreversible intent, however sure of one it is', () => {
    fc.assert(
      fc.property(fc.constantFrom(...IRREVERSIBLE), fc.constantFrom(...INTENTS), fc.string(), (favourite, rules, text) => {
        const advised = adviseIntent(rules, {}, normaliseText(text), certainOf(favourite));
        assert.equal(advised, rules);
      }),
    );
  });

  test('an irreversible reading of the rules is never overridden, however sure the adviser is of another', () => {
    fc.assert(
      fc.property(fc.constantFrom(...IRREVERSIBLE), fc.constantFrom(...INTENTS), fc.string(), (rules, favourite, text) => {
        assert.equal(adviseIntent(rules, {}, normaliseText(text), certainOf(favourite)), rules);
      }),
    );
  });

  test('the shipped adviser turns no message into an irreversible intent the rules did not find', () => {
    const pieces = [
      '提交',
      '撤回',
      '删除',
      '资料',
      '不',
      '吗',
      '？',
      '算了',
      '都传了',
      'submit',
      'delete',
      'my data',
      "don't",
      '?',
      'done',
      'withdraw',
      ' ',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 8 }), (parts) => {
        const text = normaliseText(parts.join(''));
        const rules = classifyIntent(text, {});
        const advised = adviseIntent(rules, {}, text);
        if (IRREVERSIBLE.includes(advised)) assert.equal(advised, rules);
      }),
      { numRuns: 2000 },
    );
  });

  test('only a bare statement or a question is advised on; stated facts, off-topic and the rest stay the rules', () => {
    const human = certainOf('ask_human');
    assert.equal(adviseIntent('provide_info', {}, 'x', human), 'ask_human');
    assert.equal(adviseIntent('ask_question', {}, 'x', human), 'ask_human');
    assert.equal(adviseIntent('provide_info', { employees: 3 }, 'x', human), 'provide_info');
    for (const rules of ['off_topic', 'greeting', 'decline', 'ask_what_to_upload'] as Intent[])
      assert.equal(adviseIntent(rules, {}, 'x', human), rules);
  });

  test('a refusal needs the rules too, and a question the rules read stays a question', () => {
    assert.equal(adviseIntent('provide_info', {}, 'x', certainOf('decline')), 'provide_info');
    assert.equal(adviseIntent('ask_question', {}, 'x', certainOf('greeting')), 'ask_question');
    assert.equal(adviseIntent('ask_question', {}, 'x', certainOf('off_topic')), 'off_topic');
    // Why a document is needed is a question about the request, not about what to send.
    assert.equal(
      adviseIntent('ask_question', {}, normaliseText('why would you want my lease?'), certainOf('ask_what_to_upload')),
      'ask_question',
    );
  });

  test('an unsure adviser leaves the rules alone', () => {
    // Even odds over the seven reversible intents: each below the threshold.
    const unsure: IntentAdviserModel = { version: 'test', labels: INTENTS, scale: 1, bias: INTENTS.map(() => 0), weights: {} };
    assert.ok(1 / INTENTS.length < ADVICE_THRESHOLD);
    assert.equal(adviseIntent('provide_info', {}, 'x', unsure), 'provide_info');
  });
});

describe('understanding with the adviser', () => {
  const state = () => caseOpenedMidJune('adviser');
  // Negated, questioned, hypothetical, conditional and reported forms of both irreversible steps.
  const neverAct = [
    '我可没说要撤回授权',
    '资料先留着，别给我删',
    '删了资料以后还能恢复吗？',
    '假如我撤回，之前交的都没了吧',
    '万一额度太低我再考虑取消',
    'please keep my files, no deleting',
    'what happens to my uploads if I withdraw?',
    'suppose I cancel next week, is that ok',
    'if the offer is poor I may pull out later',
    'my accountant reckons I should withdraw, not sure yet',
    '先别提交，我还有合同',
    '提交了会怎么样？',
    '要是材料够了我明天再交',
    'not finished, hold the submission',
    'have I sent enough to submit?',
    'once the lease is in, then submit',
    '老婆说赶紧交了算了，我还想再传点',
  ];
  for (const text of neverAct)
    test(`never acts: ${text}`, () => {
      const u = understand(text, state());
      assert.ok(!IRREVERSIBLE.includes(u.intent), `${text} → ${u.intent}`);
    });

  test('names the kind of question the rules left generic', () => {
    assert.equal(understand('你们负责人在吗', state()).intent, 'ask_human');
    assert.equal(understand('不晓得要交啥子', state()).intent, 'ask_what_to_upload');
  });

  test('records the understanding version with the adviser in it', () => {
    assert.equal(understand('hello', state()).understandingVersion, UNDERSTANDING_VERSION);
  });
});
