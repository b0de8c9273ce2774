import { ErrorCode, isDomainError, type AnsweredTurn, type CaseState } from '@uplift/domain';
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
    return turnReplyOf(state, turn);
  }
}
