import { renderAction } from '@uplift/dialogue';
import { DomainError, ERASED_TEXT, ErrorCode, isDomainError, type AnsweredTurn, type CaseState } from '@uplift/domain';
import { turnReplyOf, type TurnReply } from '@uplift/workflows';

/**
 * Asks the case, and when it refuses as closed (CASE_CLOSED: its workflow has ended, or the request
 * was already applied by an attempt whose answer was lost) answers from the read model what that
 * first attempt recorded (`recall`); the refusal stands when nothing was recorded for it.
 */
export async function askOrRecall<T>(
  ask: () => Promise<T>,
  readState: () => Promise<CaseState>,
  recall: (state: CaseState) => T | undefined,
): Promise<T> {
  try {
    return await ask();
  } catch (error) {
    if (!isDomainError(error) || error.code !== ErrorCode.CaseClosed) throw error;
    const recalled = recall(await readState());
    if (recalled === undefined) throw error;
    return recalled;
  }
}

/**
 * askOrRecall for a message or action: resending an id returns the first reply, even after the case
 * closed. The id sent again with another request (`digest`, requestDigest of the text or step) is
 * refused with IDEMPOTENCY_KEY_REUSED instead of being answered with the first request's reply: the
 * case's reply says which request it recorded, and a reply recalled from the read model is checked
 * against the request recorded in the case's events (`recordedDigest`, read only then; undefined once
 * the text is erased, when a recalled reply is all that is left to give).
 */
export async function askOrRecorded(
  ask: () => Promise<TurnReply>,
  readState: () => Promise<CaseState>,
  pick: (state: CaseState) => AnsweredTurn | undefined,
  digest: string,
  recordedDigest: () => Promise<string | undefined>,
): Promise<TurnReply> {
  let recalled = false;
  const picked = (state: CaseState): AnsweredTurn | undefined => {
    const turn = pick(state);
    recalled = turn !== undefined;
    return turn;
  };
  const { answersRequest, ...reply } = await recorded(ask, readState, picked);
  const vouched = answersRequest ?? (recalled ? await recordedDigest() : undefined);
  if (vouched !== undefined && vouched !== digest) {
    throw new DomainError(
      ErrorCode.IdempotencyKeyReused,
      'This id was already used for a different request: a retry must resend the same request, a new request needs a new id.',
    );
  }
  return reply;
}

function recorded(
  ask: () => Promise<TurnReply>,
  readState: () => Promise<CaseState>,
  pick: (state: CaseState) => AnsweredTurn | undefined,
): Promise<TurnReply> {
  return askOrRecall(ask, readState, (state) => {
    const turn = pick(state);
    if (!turn) return undefined;
    // Replies are erased with the case; after a withdrawal a resent message is told what happened.
    const erasedReply = turn.replyText === ERASED_TEXT && state.erasure?.reason === 'consent_withdrawn';
    return turnReplyOf(
      state,
      erasedReply ? { ...turn, replyText: renderAction({ kind: 'confirm_withdrawal' }, state, state.language) } : turn,
    );
  });
}
