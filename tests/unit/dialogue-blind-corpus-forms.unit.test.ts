import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { classifyAnswer, understand } from '@uplift/dialogue';
import type { ProposalKind } from '@uplift/domain';
import { caseOpenedMidJune } from '../support/understanding-facts';

// rules-2.5.0 (docs/adr/0018): forms the fourth corpus's dev split showed missing, each tested with
// wordings written for these tests (not the corpus's).

const state = () => caseOpenedMidJune('u6');

// Confirmations in plain mode (the question already names the step).
const plain: [ProposalKind, string, 'yes' | 'no' | undefined][] = [
  // A word said twice for emphasis, Sichuan 莫 as a prohibition.
  ['submit', '提交提交，没啥要补的了', 'yes'],
  ['withdraw_consent', '删吧删吧', 'yes'],
  ['withdraw_consent', '莫删莫删', 'no'],
  ['submit', '甭交，还缺合同', 'no'],
  // A refusal that takes back the yes before it, whatever follows.
  ['submit', '提交…还是不要了，合同还没拍', 'no'],
  ['withdraw_consent', 'withdraw... actually no, I changed my mind', 'no'],
  ['submit', "hold off, we're still uploading more invoices", 'no'],
  ['withdraw_consent', "no don't erase anything", 'no'],
  // Support after the yes: decided, nothing left to add, a dash between clauses, kindly, a complement.
  ['withdraw_consent', '是的，我决定了', 'yes'],
  ['submit', 'ok, nothing else to add — submit', 'yes'],
  ['submit', 'yes, kindly submit it', 'yes'],
  ['submit', '好的，帮我提交上去', 'yes'],
  ['withdraw_consent', 'sure, delete all', 'yes'],
  // Still no answer: a mere "wait" after a yes, a mixed reply, a yes with a plan to upload first.
  ['submit', '好…不对，等等', undefined],
  ['submit', 'ok but let me add one more photo first', undefined],
];

describe('confirmations, plain mode (rules-2.5.0)', () => {
  for (const [proposal, text, answer] of plain) {
    test(`${proposal}: "${text}" → ${answer ?? 'no answer'}`, () => assert.equal(classifyAnswer(text, proposal, 'plain'), answer));
  }
});

// The engine's mode: its question asks for the exact words, so the bare order is no confirmation.
const named: [ProposalKind, string, 'yes' | 'no' | undefined][] = [
  ['submit', '交吧', undefined],
  ['submit', '提交提交', undefined],
  ['withdraw_consent', '删了吧删了吧', undefined],
  ['withdraw_consent', 'just withdraw it', undefined],
  ['submit', 'submit it please', undefined],
  ['submit', '好的，提交吧', 'yes'],
  ['withdraw_consent', 'yes, withdraw it', 'yes'],
  ['withdraw_consent', '确认撤回，多谢', 'yes'],
  ['submit', 'everything is fine, confirm submit', undefined],
  ['submit', 'all good, confirm submit', 'yes'],
];

describe('confirmations, named mode (rules-2.5.0)', () => {
  for (const [proposal, text, answer] of named) {
    test(`${proposal}: "${text}" → ${answer ?? 'no answer'}`, () => assert.equal(classifyAnswer(text, proposal), answer));
  }
});

// Sarcasm: praise of a plan that is plainly not meant never submits.
describe('sarcastic praise never acts (rules-2.5.0)', () => {
  for (const text of ['sure, submit it with half the papers missing, great plan', '直接交吧，真是好主意啊，啥都没传']) {
    test(`"${text}" is not done`, () => assert.notEqual(understand(text, state()).intent, 'done'));
  }
});
