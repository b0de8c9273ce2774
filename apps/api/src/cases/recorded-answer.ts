import { renderAction } from '@uplift/dialogue';
import { ERASED_TEXT, ErrorCode, isDomainError, type AnsweredTurn, type CaseState } from '@uplift/domain';
import { turnReplyOf, type TurnReply } from '@uplift/workflows';

/**
 * Asks the case, and when its workflow has already ended (CASE_CLOSED) answers a resent message or
 * action from the read model: resending an id returns the first reply, even after the case closed.
 */
export async function askOrRecorded(
  ask: () => Promise<TurnReply>,
  readState: () => Promise<CaseState>,
  pick: (state: CaseState) => AnsweredTurn | undefined,
): Promise<TurnReply> {
  try {
    return await ask();
  } catch (error) {
    if (!isDomainError(error) || error.code !== ErrorCode.CaseClosed) throw error;
    const state = await readState();
    const turn = pick(state);
    if (!turn) throw error;
    // Replies are erased with the case; after a withdrawal a resent message is told what happened.
    const erasedReply = turn.replyText === ERASED_TEXT && state.erasure?.reason === 'consent_withdrawn';
    return turnReplyOf(
      state,
      erasedReply ? { ...turn, replyText: renderAction({ kind: 'confirm_withdrawal' }, state, state.language) } : turn,
    );
  }
}
