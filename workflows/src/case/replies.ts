import { KNOWLEDGE_BASE_VERSION } from '@uplift/domain';
import { DIALOGUE_POLICY_VERSION } from '@uplift/dialogue';
import type { AnsweredTurn, AssistantAction, CaseCommand, CaseState, ConfirmationChannel, Language } from '@uplift/domain';
export { turnReplyOf } from '../definitions';

/** Whom a reply answers: a message, a structured action, or nobody (the assistant speaks first). */
export interface ReplyTarget {
  via: ConfirmationChannel;
  reference: string;
}

/** The command that records an assistant reply. */
export function assistantReply(action: AssistantAction, text: string, language: Language, to: ReplyTarget | null): CaseCommand {
  return {
    type: 'RecordAssistantReply',
    inReplyTo: to?.via === 'message' ? to.reference : null,
    ...(to?.via === 'action' ? { inReplyToAction: to.reference } : {}),
    action,
    text,
    language,
    policyVersion: DIALOGUE_POLICY_VERSION,
    knowledgeVersion: KNOWLEDGE_BASE_VERSION,
  };
}

/** The recorded answer to a message or action, once there is one. */
export function answered(state: CaseState, to: ReplyTarget): AnsweredTurn | undefined {
  return to.via === 'message' ? state.turns[to.reference] : state.actionTurns[to.reference];
}
