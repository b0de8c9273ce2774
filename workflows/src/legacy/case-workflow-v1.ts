import { ActivityFailure, ApplicationFailure, rootCause } from '@temporalio/common';
import { allHandlersFinished, condition, log, patched, setHandler, upsertSearchAttributes, uuid4 } from '@temporalio/workflow';
import {
  renderAction,
  renderDecision,
  joinSentences,
  renderEvidenceFeedback,
  renderAuthenticityFeedback,
  renderRecognitionFeedback,
  renderTurnReply,
  nextAction,
  understand,
  DIALOGUE_POLICY_VERSION,
} from '@uplift/dialogue';
import {
  decide,
  ErrorCode,
  initialCaseState,
  isClosed,
  type AssistantAction,
  type CaseState,
  type Decision,
  type EvidenceAssessment,
  type EvidenceAuthenticity,
  type EvidenceRecognition,
  type Language,
  KNOWLEDGE_BASE_VERSION,
} from '@uplift/domain';
import { explainDecision } from '@uplift/decision';
import { decisions, eventStore, evidenceActivities } from './activity-proxies-v1';
import { CaseTransaction } from '../case-transaction';
import {
  caseStateQuery,
  evidenceSubmittedSignal,
  messageUpdate,
  openedUpdate,
  reviewUpdate,
  type CaseWorkflowInput,
  type CaseWorkflowResult,
  type EvidenceSubmittedInput,
  type MerchantMessageInput,
  type TurnReply,
} from '../definitions';
import { toApplicationFailure } from '../failures';
import { WorkflowLock } from '../lock';
import { assertValidMessage, assertValidVerdict } from './message-validation';
import { failedAssessment, failedRecognition } from './failed-assessment';
import { caseSearchAttributeUpdates } from '../search-attribute-updates';
import { nextTimer } from '../timers';

/** How long a "done" turn waits for uploads still being assessed before deciding without them. */
const ASSESSMENT_GRACE_MS = 10 * 60_000;

/**
 * FROZEN: the case workflow as it ran before confirmations and the thin re-cut (docs/adr/0017). Only
 * histories recorded before the `case-workflow-v2` patch run it; do not change what it does.
 */
export async function legacyCaseWorkflowV1(input: CaseWorkflowInput): Promise<CaseWorkflowResult> {
  const caseId = input.open.caseId;
  const assess = evidenceActivities(input.evidenceTaskQueue);
  const lock = new WorkflowLock();
  const pendingEvidence: EvidenceSubmittedInput[] = [];
  let state: CaseState = initialCaseState(caseId);
  let greeting: TurnReply | null = null;

  const begin = () => new CaseTransaction(state, new Date().toISOString(), () => uuid4(), 'v1');

  /** Stores a transaction's events, then adopts its draft as the workflow's state. */
  async function commit(tx: CaseTransaction): Promise<void> {
    if (tx.events.length === 0) return;
    const result = await eventStore.appendCaseEvents({ caseId, expectedVersion: tx.base.version, events: tx.events });
    const before = state;
    state = tx.draft;
    if (result.version !== state.version) {
      throw new Error(`event stream of ${caseId} is at ${result.version}, workflow expected ${state.version}`);
    }
    const updates = caseSearchAttributeUpdates(before, state);
    if (updates.length > 0) upsertSearchAttributes(updates);
  }

  const reply = (inReplyTo: string | null, action: AssistantAction, text: string, language: Language) => ({
    type: 'RecordAssistantReply' as const,
    inReplyTo,
    action,
    text,
    language,
    policyVersion: DIALOGUE_POLICY_VERSION,
    knowledgeVersion: KNOWLEDGE_BASE_VERSION,
  });

  const turnReply = (inReplyTo: string | null, text: string, action: AssistantAction): TurnReply => ({
    caseId,
    inReplyTo,
    reply: text,
    action,
    language: state.language,
    status: state.status === 'new' ? 'collecting' : state.status,
    decision: state.decision,
    version: state.version,
  });

  const unassessed = () => pendingEvidence.length > 0 || state.evidenceOrder.some((id) => state.evidence[id]?.assessment === null);

  /** Runs the limit decision and records it with its explanation. Call under the lock. */
  async function decideNow(inReplyTo: string | null): Promise<void> {
    let tx: CaseTransaction;
    let decision: Decision;
    if (patched('decision-record')) {
      // Cross-document consistency first: its findings join the evidence verdicts the policy reads.
      const consistency = await decisions.checkConsistency({ state });
      if (consistency.findings.length > 0) await commit(begin().apply({ type: 'RecordConsistency', ...consistency }));
      const record = await decisions.decideLimit({ state });
      decision = record.decision;
      tx = begin().apply({ type: 'RecordDecision', decision, record });
    } else {
      decision = await decisions.evaluateLimit({ state });
      tx = begin().apply({ type: 'RecordDecision', decision });
    }
    const text = renderDecision(decision, state.language, explainDecision(decision, state.language));
    tx.apply(reply(inReplyTo, { kind: 'explain_decision' }, text, state.language));
    await commit(tx);
  }

  /** Erases every upload (crypto-shredding) and closes the case; the merchant's choice is final. Under the lock. */
  async function withdrawConsent(messageId: string): Promise<void> {
    const { erased } = await assess.eraseCaseEvidence({ caseId });
    const tx = begin().apply({ type: 'WithdrawConsent', messageId, erasedEvidence: erased });
    const action: AssistantAction = { kind: 'confirm_withdrawal' };
    await commit(tx.apply(reply(messageId, action, renderAction(action, tx.draft, tx.draft.language), tx.draft.language)));
  }

  async function handleMessage(message: MerchantMessageInput): Promise<TurnReply> {
    const known = state.turns[message.messageId];
    if (known) return turnReply(known.messageId, known.replyText, known.action);
    if (isClosed(state))
      throw ApplicationFailure.create({ type: ErrorCode.CaseClosed, message: `the case is ${state.status}`, nonRetryable: true });
    const understanding = understand(message.text, state);
    const tx = begin().apply({ type: 'RecordMerchantMessage', messageId: message.messageId, text: message.text, understanding });
    if (state.status === 'in_review') {
      // The merchant can still talk while a reviewer decides; nothing they say changes the referral.
      const action: AssistantAction = { kind: 'review_pending' };
      const text = renderAction(action, tx.draft, understanding.language);
      await commit(tx.apply(reply(message.messageId, action, text, understanding.language)));
    } else if (understanding.intent === 'done') {
      await commit(tx);
      await decideNow(message.messageId);
    } else if (understanding.intent === 'withdraw_consent') {
      await commit(tx);
      await withdrawConsent(message.messageId);
    } else {
      if (understanding.intent === 'ask_human') tx.apply({ type: 'RequestHuman', messageId: message.messageId });
      const action = nextAction(tx.draft, understanding.intent);
      const text = renderTurnReply(action, tx.draft, understanding.facts, understanding.language, {
        intent: understanding.intent,
        text: message.text,
      });
      await commit(tx.apply(reply(message.messageId, action, text, understanding.language)));
    }
    const answered = state.turns[message.messageId];
    if (!answered) throw new Error(`turn ${message.messageId} was not recorded`);
    return turnReply(answered.messageId, answered.replyText, answered.action);
  }

  setHandler(caseStateQuery, () => state);
  setHandler(openedUpdate, async () => {
    await condition(() => greeting !== null);
    return greeting as TurnReply;
  });
  setHandler(
    messageUpdate,
    async (message) => {
      await condition(() => greeting !== null);
      // A "done" waits (outside the lock, so assessments can finish) until uploads are assessed.
      if (understand(message.text, state).intent === 'done') await condition(() => !unassessed(), ASSESSMENT_GRACE_MS);
      try {
        return await lock.run(() => handleMessage(message));
      } catch (error) {
        throw toApplicationFailure(error);
      }
    },
    {
      validator: (message: unknown) => {
        assertValidMessage(message);
        if (!state.turns[message.messageId] && isClosed(state)) {
          throw ApplicationFailure.create({ type: ErrorCode.CaseClosed, message: `the case is ${state.status}`, nonRetryable: true });
        }
      },
    },
  );
  setHandler(
    reviewUpdate,
    async (verdict) => {
      try {
        return await lock.run(async () => {
          const tx = begin().apply({ type: 'CompleteReview', verdict });
          const decision = tx.draft.decision;
          if (!decision) throw new Error('a completed review has a decision');
          const text = renderDecision(decision, tx.draft.language);
          await commit(tx.apply(reply(null, { kind: 'explain_decision' }, text, tx.draft.language)));
          return { caseId, decision, agreesWithEngine: state.review?.agreesWithEngine ?? false };
        });
      } catch (error) {
        throw toApplicationFailure(error);
      }
    },
    {
      validator: (verdict: unknown) => {
        assertValidVerdict(verdict);
        // The decider's own checks (limits, outcome, case waiting for review), so bad input never reaches history.
        try {
          decide({ type: 'CompleteReview', verdict }, state, { now: state.updatedAt ?? '1970-01-01T00:00:00.000Z' });
        } catch (error) {
          throw toApplicationFailure(error);
        }
      },
    },
  );
  setHandler(evidenceSubmittedSignal, (evidence) => {
    if (typeof evidence?.evidenceId !== 'string' || typeof evidence.sha256 !== 'string') {
      log.warn('ignored a malformed evidence signal', { caseId });
      return;
    }
    if (!pendingEvidence.some((e) => e.evidenceId === evidence.evidenceId)) pendingEvidence.push(evidence);
  });

  async function processEvidence(evidence: EvidenceSubmittedInput): Promise<void> {
    const accepted = await lock.run(async () => {
      // Uploads count only while the case collects evidence (not once closed or referred to a reviewer).
      if (state.status !== 'collecting' || state.evidence[evidence.evidenceId]) return false;
      await commit(begin().apply({ type: 'SubmitEvidence', ...evidence }));
      return true;
    });
    if (!accepted) return;
    let assessment: EvidenceAssessment;
    try {
      assessment = await assess.assessEvidence({ caseId, evidenceId: evidence.evidenceId });
    } catch (error) {
      if (!(error instanceof ActivityFailure)) throw error;
      const cause = rootCause(error) ?? 'unknown';
      const type = error.cause instanceof ApplicationFailure ? (error.cause.type ?? 'unknown') : 'unknown';
      log.warn('evidence assessment failed', { caseId, evidenceId: evidence.evidenceId, type, cause });
      assessment = failedAssessment(evidence.mediaType, type);
    }
    // Recognition came after the first recorded histories; patched() keeps those replaying.
    let recognition: EvidenceRecognition | null = null;
    if (assessment.verdict === 'readable' && patched('evidence-recognition')) {
      recognition = await recognise(evidence);
    }
    let authenticity: EvidenceAuthenticity | null = null;
    if (assessment.verdict === 'readable' && patched('evidence-authenticity')) {
      authenticity = await checkAuthenticity(evidence, recognition);
    }
    await lock.run(async () => {
      const tx = begin().apply({ type: 'RecordAssessment', evidenceId: evidence.evidenceId, assessment });
      if (recognition) tx.apply({ type: 'RecordRecognition', evidenceId: evidence.evidenceId, recognition });
      if (authenticity) tx.apply({ type: 'RecordAuthenticity', evidenceId: evidence.evidenceId, authenticity });
      if (!isClosed(tx.draft)) {
        const language = tx.draft.language;
        const next = nextAction(tx.draft, null);
        const text = joinSentences(language, [
          renderEvidenceFeedback(evidence.declared, assessment, language),
          recognition ? renderRecognitionFeedback(evidence.declared, recognition, language) : '',
          authenticity ? renderAuthenticityFeedback(evidence.declared, authenticity, language) : '',
          renderAction(next, tx.draft, language),
        ]);
        tx.apply(reply(null, { kind: 'evidence_feedback', evidenceId: evidence.evidenceId, next }, text, language));
      }
      await commit(tx);
    });
  }

  /** Recognition of a readable upload; a failure is recorded as "nothing recognised", never fatal. */
  async function recognise(evidence: EvidenceSubmittedInput): Promise<EvidenceRecognition> {
    try {
      const caseDate = new Date().toISOString().slice(0, 10);
      return await assess.recogniseEvidence({ caseId, evidenceId: evidence.evidenceId, declared: evidence.declared, caseDate });
    } catch (error) {
      if (!(error instanceof ActivityFailure)) throw error;
      const type = error.cause instanceof ApplicationFailure ? (error.cause.type ?? 'unknown') : 'unknown';
      log.warn('evidence recognition failed', { caseId, evidenceId: evidence.evidenceId, type });
      return failedRecognition(evidence.declared, type);
    }
  }

  /** Authenticity checks of a readable upload; a failure leaves the upload unchecked (logged), never fatal. */
  async function checkAuthenticity(
    evidence: EvidenceSubmittedInput,
    recognition: EvidenceRecognition | null,
  ): Promise<EvidenceAuthenticity | null> {
    try {
      const uploadedAt = state.evidence[evidence.evidenceId]?.submittedAt ?? new Date().toISOString();
      return await assess.checkAuthenticity({ caseId, evidenceId: evidence.evidenceId, channel: state.channel, uploadedAt, recognition });
    } catch (error) {
      if (!(error instanceof ActivityFailure)) throw error;
      log.warn('authenticity check failed', { caseId, evidenceId: evidence.evidenceId });
      return null;
    }
  }

  async function onInactivity(): Promise<void> {
    const due = nextTimer(state, input.timers);
    if (due.kind === 'none' || due.atMs > Date.now()) return;
    if (due.kind === 'escalate') {
      await commit(
        begin().apply({ type: 'EscalateReview', waitedMs: Date.now() - Date.parse(state.review?.referredAt ?? new Date().toISOString()) }),
      );
      return;
    }
    if (due.kind === 'remind') {
      const tx = begin().apply({ type: 'RemindMerchant' });
      await commit(tx.apply(reply(null, { kind: 'remind' }, renderAction({ kind: 'remind' }, tx.draft, state.language), state.language)));
      return;
    }
    const somethingToDecide = state.facts.monthlyRevenue !== undefined || state.evidenceOrder.length > 0;
    if (somethingToDecide) await decideNow(null);
    else await commit(begin().apply({ type: 'AbandonCase' }));
  }

  // Open the case and greet the merchant; the opened update returns this greeting.
  await lock.run(async () => {
    const tx = begin().apply({ type: 'OpenCase', ...input.open });
    const first = nextAction(tx.draft, null);
    const text = joinSentences(input.open.language, [
      renderAction({ kind: 'greet' }, tx.draft, input.open.language),
      renderAction(first, tx.draft, input.open.language),
    ]);
    await commit(tx.apply(reply(null, first, text, input.open.language)));
    greeting = turnReply(null, text, first);
  });

  while (!isClosed(state)) {
    const due = nextTimer(state, input.timers);
    const timeout = due.kind === 'none' ? undefined : Math.max(1, due.atMs - Date.now());
    const woke = await (timeout === undefined
      ? condition(() => pendingEvidence.length > 0 || isClosed(state)).then(() => true)
      : condition(() => pendingEvidence.length > 0 || isClosed(state), timeout));
    const next = pendingEvidence.shift();
    if (next) await processEvidence(next);
    else if (!woke && !isClosed(state)) await lock.run(onInactivity);
  }

  await condition(allHandlersFinished);
  return { caseId, status: state.status === 'new' ? 'collecting' : state.status, decision: state.decision };
}
