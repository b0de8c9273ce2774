import { explainDecision } from '@uplift/decision';
import { renderAction, renderDecision } from '@uplift/dialogue';
import { isClosed, type AssistantAction, type CaseState, type ConfirmedAction, type DecisionTrigger } from '@uplift/domain';
import { caseDecisions, evidenceWork } from './activities';
import type { EvidencePipeline } from './evidence-pipeline';
import { assistantReply, type ReplyTarget } from './replies';
import type { CaseRuntime } from './runtime';

/** What carrying out a confirmed step needs. */
export interface OutcomeDeps {
  rt: CaseRuntime;
  evidence: EvidencePipeline;
  evidenceTaskQueue: string;
  assessmentGraceMs: number;
}

/** Carries out the step the merchant confirmed; its reply answers the confirming message or action. */
export async function carryOutConfirmed(deps: OutcomeDeps, confirmed: ConfirmedAction): Promise<void> {
  const target: ReplyTarget = { via: confirmed.via, reference: confirmed.reference };
  if (confirmed.proposal === 'withdraw_consent') return withdrawConsent(deps, target);
  await deps.evidence.settled(deps.assessmentGraceMs);
  return decideNow(deps.rt, 'merchant_confirmed', target);
}

/**
 * Decides the limit from what the case holds (read by the activity from the stream at this version),
 * with the cross-document findings it rests on, and explains it.
 */
export async function decideNow(
  rt: CaseRuntime,
  trigger: DecisionTrigger,
  target: ReplyTarget | null,
  stillDue: (state: CaseState) => boolean = () => true,
): Promise<void> {
  await rt.step(async (tx) => {
    if (isClosed(tx.draft) || tx.draft.status === 'in_review' || !stillDue(tx.draft)) return;
    const { consistency, record } = await caseDecisions.decideCase({ caseId: rt.caseId, throughVersion: tx.base.version, asOf: tx.now });
    if (consistency.findings.length > 0) tx.apply({ type: 'RecordConsistency', ...consistency });
    tx.apply({ type: 'RecordDecision', decision: record.decision, record, trigger });
    const language = tx.draft.language;
    const text = renderDecision(record.decision, language, explainDecision(record.decision, language));
    tx.apply(assistantReply({ kind: 'explain_decision' }, text, language, target));
  });
}

/** Erases every upload (crypto-shredding) and closes the case; examinations in flight are stopped first. */
async function withdrawConsent(deps: OutcomeDeps, target: ReplyTarget): Promise<void> {
  deps.evidence.cancelAll();
  await evidenceWork(deps.evidenceTaskQueue).eraseCaseEvidence({ caseId: deps.rt.caseId });
  await deps.rt.step((tx) => {
    if (isClosed(tx.draft)) return;
    tx.apply({ type: 'WithdrawConsent', messageId: target.reference, erasedEvidence: tx.draft.evidenceOrder.length });
    const action: AssistantAction = { kind: 'confirm_withdrawal' };
    tx.apply(assistantReply(action, renderAction(action, tx.draft, tx.draft.language), tx.draft.language, target));
  });
}
