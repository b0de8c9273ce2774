export { understand, UNDERSTANDING_VERSION } from './understand';
export { nextAction, outstandingEvidence, DIALOGUE_POLICY_VERSION } from './policy';
export { renderAction, renderTurnReply, renderEvidenceFeedback, renderDecision } from './replies';
export { findNumbers, parseChineseNumeral } from './numbers';
export { detectLanguage } from './language';
export { extractFacts } from './facts';
