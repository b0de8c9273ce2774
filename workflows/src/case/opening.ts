import { joinSentences, nextAction, renderAction } from '@uplift/dialogue';
import { decide, foldCase, initialCaseState, type AssistantAction, type CaseState } from '@uplift/domain';
import type { OpenCaseInput, TurnReply } from '../definitions';
import { assistantReply, turnReplyOf } from './replies';
import type { CaseRuntime } from './runtime';

/**
 * Opens the case and greets the merchant; the opened update returns the greeting. When an earlier
 * attempt already opened it (adopted from the stream), the same greeting is answered: it depends on
 * the opening alone.
 */
export function openCase(rt: CaseRuntime, open: OpenCaseInput): Promise<TurnReply> {
  return rt.step((tx) => {
    if (tx.draft.status !== 'new') return turnReplyOf(tx.draft, greeting(justOpened(tx.now, open), open));
    tx.apply({ type: 'OpenCase', ...open });
    const turn = greeting(tx.draft, open);
    tx.apply(assistantReply(turn.action, turn.replyText, open.language, null));
    return turnReplyOf(tx.draft, turn);
  });
}

/** The state right after the opening, whatever happened since. */
function justOpened(now: string, open: OpenCaseInput): CaseState {
  const initial = initialCaseState(open.caseId);
  return foldCase(initial, decide({ type: 'OpenCase', ...open }, initial, { now }));
}

/** A welcome and the first question or request. */
function greeting(opened: CaseState, open: OpenCaseInput): { messageId: null; replyText: string; action: AssistantAction } {
  const first = nextAction(opened, null);
  const replyText = joinSentences(open.language, [
    renderAction({ kind: 'greet' }, opened, open.language),
    renderAction(first, opened, open.language),
  ]);
  return { messageId: null, replyText, action: first };
}
