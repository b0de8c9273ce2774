import { allHandlersFinished, condition } from '@temporalio/workflow';
import { renderAction } from '@uplift/dialogue';
import { isClosed, type CaseState } from '@uplift/domain';
import type { CaseSettings, CaseTimers, CaseWorkflowInput, CaseWorkflowResult, TurnReply } from '../definitions';
import { nextTimer } from '../timers';
import { EvidencePipeline } from './evidence-pipeline';
import { registerHandlers } from './handlers';
import { openCase } from './opening';
import { carryOutConfirmed, decideNow, type OutcomeDeps } from './outcomes';
import { assistantReply } from './replies';
import { CaseRuntime } from './runtime';

const DEFAULT_SETTINGS: CaseSettings = {
  proposalTtlMs: 15 * 60_000,
  assessmentConcurrency: 3,
  assessmentGraceMs: 10 * 60_000,
  languageModel: false,
};

/** One case, from opening to its end: wiring of the runtime, the handlers and the loop below. */
export async function runCase(input: CaseWorkflowInput): Promise<CaseWorkflowResult> {
  const settings: CaseSettings = { ...DEFAULT_SETTINGS, ...input.settings };
  const rt = new CaseRuntime(input.open.caseId);
  const evidence = new EvidencePipeline(rt, input.evidenceTaskQueue, settings.assessmentConcurrency);
  const deps: OutcomeDeps = { rt, evidence, evidenceTaskQueue: input.evidenceTaskQueue, assessmentGraceMs: settings.assessmentGraceMs };
  let greeting: TurnReply | null = null;
  registerHandlers({ rt, evidence, greeting: () => greeting, settings });
  greeting = await openCase(rt, input.open);
  evidence.kick();

  while (!isClosed(rt.state)) {
    evidence.throwIfFailed();
    const confirmed = rt.state.confirmedAction;
    if (confirmed) {
      await carryOutConfirmed(deps, confirmed);
      if (rt.state.confirmedAction?.reference === confirmed.reference)
        throw new Error(`confirmed ${confirmed.proposal} ${confirmed.reference} was not carried out`);
      continue;
    }
    if (!(await waitForWork(rt, evidence, input.timers))) await onInactivity(deps, input.timers);
  }
  evidence.cancelAll();
  await condition(allHandlersFinished);
  const status = rt.state.status === 'new' ? 'collecting' : rt.state.status;
  return { caseId: rt.caseId, status, decision: rt.state.decision };
}

/** Sleeps until there is work (a confirmation, a failure, the case closed) or the next timer is due; false on the timer. */
async function waitForWork(rt: CaseRuntime, evidence: EvidencePipeline, timers: CaseTimers): Promise<boolean> {
  const due = nextTimer(rt.state, timers);
  const wake = () => isClosed(rt.state) || rt.state.confirmedAction !== null || evidence.failed;
  if (due.kind === 'none') return condition(wake).then(() => true);
  return condition(wake, Math.max(1, due.atMs - Date.now()));
}

/** The merchant (or reviewer) has been silent: escalate, remind, or decide on what the case has. */
async function onInactivity(deps: OutcomeDeps, timers: CaseTimers): Promise<void> {
  const { rt, evidence } = deps;
  const due = nextTimer(rt.state, timers);
  if (due.kind === 'none' || due.atMs > Date.now()) return;
  if (due.kind === 'escalate') {
    const referredAt = Date.parse(rt.state.review?.referredAt ?? new Date().toISOString());
    await rt.step((tx) => tx.apply({ type: 'EscalateReview', waitedMs: Date.now() - referredAt }));
  } else if (due.kind === 'remind') {
    await rt.step((tx) =>
      tx
        .apply({ type: 'RemindMerchant' })
        .apply(assistantReply({ kind: 'remind' }, renderAction({ kind: 'remind' }, tx.draft, tx.draft.language), tx.draft.language, null)),
    );
  } else if (rt.state.facts.monthlyRevenue !== undefined || rt.state.evidenceOrder.length > 0) {
    await evidence.settled(deps.assessmentGraceMs);
    await decideNow(rt, 'deadline', null, (state) => deadlinePassed(state, timers));
  } else {
    await rt.step((tx) => {
      if (deadlinePassed(tx.draft, timers)) tx.apply({ type: 'AbandonCase' });
    });
  }
}

/** Still silent past the deadline, and no confirmed step waiting (the merchant may have spoken meanwhile). */
function deadlinePassed(state: CaseState, timers: CaseTimers): boolean {
  const due = nextTimer(state, timers);
  return due.kind === 'deadline' && due.atMs <= Date.now() && state.confirmedAction === null;
}
