import { condition, patched } from '@temporalio/workflow';
import {
  dialogueContext,
  joinSentences,
  nextAction,
  pendingAsk,
  renderAction,
  renderProposalDeclined,
  renderProposalReminder,
  renderTurnReply,
  understand,
} from '@uplift/dialogue';
import {
  openProposal,
  type AssistantAction,
  type CaseState,
  type ModelProposal,
  requestDigest,
  type ProposalKind,
  type Understanding,
} from '@uplift/domain';
import { languageModel, understanding as understandingActivity } from './activities';
import type { CaseTransaction } from '../case-transaction';
import type { CaseActionInput, CaseSettings, MerchantMessageInput, TurnReply } from '../definitions';
import { answered, assistantReply, turnReplyOf, type ReplyTarget } from './replies';
import type { CaseRuntime } from './runtime';

/**
 * One merchant turn. Irreversible steps are only ever proposed here; the merchant's clear "yes" to
 * the open proposal confirms it, and the confirmed step is then carried out by the case loop, whose
 * outcome is this turn's reply. Idempotent by messageId.
 */
export async function handleMessage(rt: CaseRuntime, message: MerchantMessageInput, settings: CaseSettings): Promise<TurnReply> {
  const advice = settings.languageModel ? await modelAdvice(rt.state, message) : null;
  // A message already received answers as it did (null: it confirmed a step still being carried out).
  const received = (tx: CaseTransaction): { reply: TurnReply | null } | undefined => {
    const known = tx.draft.turns[message.messageId];
    if (known) return { reply: turnReplyOf(tx.draft, known) };
    return tx.draft.messageOrder.includes(message.messageId) ? { reply: null } : undefined;
  };
  // Whether this call recorded the message: only then does its reply vouch for the text (answersRequest).
  let recorded = false;
  const record = (tx: CaseTransaction, understanding: Understanding): TurnReply | null => {
    recorded = true;
    return recordMessage(tx, message, settings.proposalTtlMs, understanding);
  };
  const reply = patched('understanding-recorded-with-commit')
    ? await rt.recordedStep(
        (state) => understand(message.text, state, advice),
        (tx, understanding) => {
          recorded = false;
          return (received(tx) ?? { reply: record(tx, understanding) }).reply;
        },
      )
    : await rt.step(async (tx) => {
        recorded = false;
        const known = received(tx);
        return known ? known.reply : record(tx, await understandMessage(tx.draft, message, advice));
      });
  const answer = reply ?? (await awaitOutcome(rt, { via: 'message', reference: message.messageId }));
  return recorded ? { ...answer, answersRequest: requestDigest('message', message.text) } : answer;
}

/** What the configured language model makes of a new message (null for one already received, or on failure). */
async function modelAdvice(state: CaseState, message: MerchantMessageInput): Promise<ModelProposal | null> {
  if (state.messageOrder.includes(message.messageId)) return null;
  const pending = pendingAsk(state);
  const today = (state.updatedAt ?? state.openedAt ?? new Date().toISOString()).slice(0, 10);
  return languageModel.proposeUnderstanding({
    text: message.text,
    language: state.language,
    pendingFact: pending?.kind === 'ask_fact' ? pending.fact : null,
    today,
  });
}

/** A structured action (a button): the confirmation itself. Idempotent by actionId. */
export async function handleAction(rt: CaseRuntime, input: CaseActionInput): Promise<TurnReply> {
  const target: ReplyTarget = { via: 'action', reference: input.actionId };
  // Whether this call confirmed the step: only then does its reply vouch for the step asked (answersRequest).
  let confirmed = false;
  const reply = await rt.step((tx) => {
    confirmed = false;
    const known = answered(tx.draft, target);
    if (known) return turnReplyOf(tx.draft, known);
    if (tx.draft.confirmedAction?.reference !== input.actionId) {
      tx.apply({ type: 'ConfirmAction', proposal: input.action, via: 'action', reference: input.actionId });
      confirmed = true;
    }
    return null;
  });
  const answer = reply ?? (await awaitOutcome(rt, target));
  return confirmed ? { ...answer, answersRequest: requestDigest('action', input.action) } : answer;
}

/** Waits for the case loop to carry out a confirmed step and answer it. */
async function awaitOutcome(rt: CaseRuntime, target: ReplyTarget): Promise<TurnReply> {
  await condition(() => answered(rt.state, target) !== undefined);
  const turn = answered(rt.state, target);
  if (!turn) throw new Error(`no answer recorded for ${target.via} ${target.reference}`);
  return turnReplyOf(rt.state, turn);
}

/**
 * What the message means, for histories made before patch `understanding-recorded-with-commit`
 * (which understands inline and keeps the understanding with the commit, docs/adr/0030): through a
 * local activity (patch `recorded-understanding`), or inline as the first histories did.
 */
async function understandMessage(state: CaseState, message: MerchantMessageInput, advice: ModelProposal | null): Promise<Understanding> {
  if (!patched('recorded-understanding')) return understand(message.text, state, advice);
  return understandingActivity.understandMessage({ text: message.text, context: dialogueContext(state), advice });
}

/** Records a new message and its answer; null when it confirmed a step (the outcome will answer it). */
function recordMessage(
  tx: CaseTransaction,
  message: MerchantMessageInput,
  proposalTtlMs: number,
  understanding: Understanding,
): TurnReply | null {
  const open = openProposal(tx.draft, tx.now);
  tx.apply({ type: 'RecordMerchantMessage', messageId: message.messageId, text: message.text, understanding });
  if (tx.draft.pendingProposal && !open) tx.apply({ type: 'CloseProposal', outcome: 'expired', messageId: null });
  if (open && understanding.answer === 'yes') {
    tx.apply({ type: 'ConfirmAction', proposal: open.proposal, via: 'message', reference: message.messageId });
    return null;
  }
  const declined = open && understanding.answer === 'no' ? open.proposal : null;
  if (declined) tx.apply({ type: 'CloseProposal', outcome: 'declined', messageId: message.messageId });

  const { intent, language } = understanding;
  const target: ReplyTarget = { via: 'message', reference: message.messageId };
  const proposal = proposalFor(intent, tx.draft);
  if (proposal) {
    const proposalId = `p-${message.messageId}`;
    tx.apply({
      type: 'ProposeAction',
      proposal,
      proposalId,
      inReplyTo: message.messageId,
      expiresAt: new Date(Date.parse(tx.now) + proposalTtlMs).toISOString(),
    });
    const action: AssistantAction = { kind: 'propose', proposal, proposalId };
    tx.apply(assistantReply(action, renderAction(action, tx.draft, language), language, target));
  } else if (tx.draft.status === 'in_review') {
    // The merchant can still talk while a reviewer decides; nothing they say changes the referral.
    const action: AssistantAction = { kind: 'review_pending' };
    tx.apply(assistantReply(action, renderAction(action, tx.draft, language), language, target));
  } else {
    if (intent === 'ask_human') tx.apply({ type: 'RequestHuman', messageId: message.messageId });
    const action = nextAction(tx.draft, intent);
    const text = renderTurnReply(action, tx.draft, understanding.facts, language, { intent, text: message.text });
    const stillOpen = openProposal(tx.draft, tx.now);
    const sentences = [
      declined ? renderProposalDeclined(declined, language) : '',
      text,
      stillOpen ? renderProposalReminder(stillOpen.proposal, language) : '',
    ];
    tx.apply(assistantReply(action, joinSentences(language, sentences), language, target));
  }
  const turn = tx.draft.turns[message.messageId];
  if (!turn) throw new Error(`turn ${message.messageId} was not answered`);
  return turnReplyOf(tx.draft, turn);
}

/** Which irreversible step a message asks for, if any: asking only ever leads to a proposal. */
function proposalFor(intent: string, state: CaseState): ProposalKind | null {
  if (intent === 'withdraw_consent') return 'withdraw_consent';
  if (intent === 'done' && state.status === 'collecting') return 'submit';
  return null;
}
