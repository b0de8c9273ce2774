export {
  understand,
  understandInContext,
  readMessage,
  dialogueContext,
  normaliseText,
  UNDERSTANDING_VERSION,
  type DialogueUnderstanding,
} from './understand';
export {
  nextAction,
  rankActions,
  readyToDecide,
  pendingAsk,
  declinedAsks,
  sameAsk,
  outstandingEvidence,
  DIALOGUE_POLICY_VERSION,
  POLICY_PARAMETERS,
  type ScoredAction,
} from './policy';
export { renderAction, renderTurnReply, renderEvidenceFeedback, renderDecision, type TurnContext } from './replies';
export { upliftHint, renderHint, type UpliftHint } from './recommend';
export { varianceOf, beliefOf, ESTIMATE_PARAMETERS, type VarianceParts, type Belief } from './estimate';
export { findNumbers, parseChineseNumeral, parseEnglishNumberWord, type FoundNumber } from './numbers';
export { findDurations, findDates, type FoundDuration, type FoundDate } from './quantities';
export { detectLanguage } from './language';
export { canonicalText } from './canonical';
export { toSimplified } from './traditional';
export { TRADITIONAL, SIMPLIFIED } from './traditional-chars';
export { extractFacts, type SlotContext } from './slots';
export { classifyIntent } from './intents';
export { answerQuestion } from './faq';
export { rephraseReply, validateRephrasing, type Rephraser, type RephraseRequest, type RephraseResult } from './rephrase';
export { renderRecognitionFeedback, renderAuthenticityFeedback, joinSentences } from './recognition-feedback';
export { renderProposal, renderProposalReminder, renderProposalDeclined } from './proposals';
export { classifyAnswer, type ConfirmationMode } from './answers';
export { guardProposal } from './model-guard';
export { intentFeatures } from './intent-features';
export { adviseIntent, scoreIntents, INTENT_ADVISER, ADVICE_THRESHOLD, type IntentAdviserModel, type IntentScores } from './intent-adviser';
