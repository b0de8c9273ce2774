import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { classifyAnswer } from '@uplift/dialogue';
import type { ProposalKind } from '@uplift/domain';

// Replies to "shall I submit / withdraw?": only an explicit affirmative is a yes. Questions, hedges,
// conditions, deferrals, fillers, emoji, mixed or ambiguous replies are no answer at all.

const cases: [ProposalKind, string, 'yes' | 'no' | undefined][] = [
  ['submit', '好', 'yes'],
  ['submit', 'ok', 'yes'],
  ['submit', '確認提交', 'yes'],
  ['submit', '提交吧', 'yes'],
  ['submit', 'Yes, submit it now', 'yes'],
  ['submit', '对，就这些，提交', 'yes'],
  ['submit', 'go ahead', 'yes'],
  ['withdraw_consent', '确认撤回', 'yes'],
  ['withdraw_consent', 'confirm withdraw', 'yes'],
  ['withdraw_consent', '是的，撤回吧', 'yes'],
  ['withdraw_consent', 'yes, delete everything', 'yes'],
  ['withdraw_consent', '行吧行吧', 'yes'],
  ['submit', '不', 'no'],
  ['submit', '不要，还有资料', 'no'],
  ['submit', 'no, not yet', 'no'],
  ['submit', '先别，我还要传合同', 'no'],
  ['withdraw_consent', '不撤了', 'no'],
  ['withdraw_consent', 'no, keep my application', 'no'],
  ['withdraw_consent', '别删', 'no'],
  ['submit', 'Not now, tomorrow.', 'no'],
  ['withdraw_consent', '可别，俺不撤', 'no'],
  ['submit', '嗯', undefined],
  ['submit', '哦', undefined],
  ['submit', '👍', undefined],
  ['submit', '明天再说', undefined],
  ['submit', 'I guess?', undefined],
  ['submit', 'yes if the limit goes to 500k', undefined],
  ['submit', 'ok but first let me add the lease', undefined],
  ['submit', 'yes I mean no', undefined],
  ['submit', '是…不是，等一下', undefined],
  ['withdraw_consent', '取消', undefined],
  ['withdraw_consent', '算了', undefined],
  ['withdraw_consent', '我搞错了，继续吧', undefined],
  ['withdraw_consent', 'is it reversible?', undefined],
  ['submit', '嗯…让我想想', undefined],
  ['withdraw_consent', '随便', undefined],
  ['submit', '确认提交？', undefined],
  ['submit', 'yes yes whatever', undefined],
  ['withdraw_consent', 'ok delete it... actually wait', undefined],
  ['submit', '应该吧', undefined],
];

describe('answers to a confirmation question that names the step (plain mode)', () => {
  for (const [proposal, text, answer] of cases) {
    test(`${proposal}: "${text}" → ${answer ?? 'no answer'}`, () => assert.equal(classifyAnswer(text, proposal, 'plain'), answer));
  }
});

// The engine's own proposals ask for the exact words ("确认撤回", "yes, withdraw"): a yes must name the step.
const named: [ProposalKind, string, 'yes' | 'no' | undefined][] = [
  ['withdraw_consent', '好', undefined],
  ['withdraw_consent', 'yes', undefined],
  ['withdraw_consent', '确认', undefined],
  ['withdraw_consent', "yes I'm sure", undefined],
  ['withdraw_consent', '行吧行吧', undefined],
  ['submit', 'ok', undefined],
  ['submit', '行吧', undefined],
  ['submit', 'go ahead', undefined],
  ['withdraw_consent', '确认撤回', 'yes'],
  ['withdraw_consent', 'yes, withdraw', 'yes'],
  ['withdraw_consent', '是的，撤回吧', 'yes'],
  ['withdraw_consent', 'yes, delete everything', 'yes'],
  ['submit', '确认提交', 'yes'],
  ['submit', 'yes, submit', 'yes'],
  // rules-2.5.0: the bare order (提交吧, 交吧, "submit it") answers a request for the exact words with no confirmation.
  ['submit', '提交吧', undefined],
  ['submit', '不', 'no'],
  ['withdraw_consent', '别删', 'no'],
  ['submit', '确认提交？', undefined],
];

describe("answers to the engine's proposals (named mode, the default)", () => {
  for (const [proposal, text, answer] of named) {
    test(`${proposal}: "${text}" → ${answer ?? 'no answer'}`, () => assert.equal(classifyAnswer(text, proposal), answer));
  }
});

// rules-2.3.0: refusing to confirm is a no; "confirm <step>" with a leading ok or a trailing please names the step.
const more: [ProposalKind, string, 'yes' | 'no' | undefined][] = [
  ['submit', '我不同意', 'no'],
  ['withdraw_consent', 'not confirming that', 'no'],
  ['submit', 'no wait, there are two more receipts', 'no'],
  ['submit', 'we still have another contract', 'no'],
  ['withdraw_consent', "I don't confirm", 'no'],
  ['submit', 'okay confirm submission', 'yes'],
  ['withdraw_consent', 'yes confirm deletion please', 'yes'],
  ['submit', '就这么交', 'yes'],
  ['withdraw_consent', '我确认，删了吧', 'yes'],
  ['submit', 'okay confirm submission?', undefined],
  ['withdraw_consent', 'confirm deletion tomorrow', undefined],
  ['withdraw_consent', '我确认，不过先别删', undefined],
  ['withdraw_consent', 'no wait, delete it', undefined],
];

describe('answers in more words (named mode)', () => {
  for (const [proposal, text, answer] of more) {
    test(`${proposal}: "${text}" → ${answer ?? 'no answer'}`, () => assert.equal(classifyAnswer(text, proposal), answer));
  }
});
