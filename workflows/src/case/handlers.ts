import { ApplicationFailure, condition, setHandler } from '@temporalio/workflow';
import { decide, isDomainError, type CaseCommand } from '@uplift/domain';
import {
  actionUpdate,
  caseStateQuery,
  evidenceSubmittedSignal,
  evidenceUpdate,
  messageUpdate,
  openedUpdate,
  reviewUpdate,
  type CaseSettings,
  type TurnReply,
} from '../definitions';
import { toApplicationFailure } from '../failures';
import { handleAction, handleMessage } from './conversation';
import { acceptEvidence } from './evidence-intake';
import type { EvidencePipeline } from './evidence-pipeline';
import { asAction, asEvidence, asMessage, asVerdict } from './inputs';
import { completeReview } from './review';
import type { CaseRuntime } from './runtime';

/** What the handlers share with the case loop. */
export interface HandlerDeps {
  rt: CaseRuntime;
  evidence: EvidencePipeline;
  greeting: () => TurnReply | null;
  settings: CaseSettings;
}

/** Asks the decider whether `command` would be accepted now; its refusal rejects the update before it reaches history. */
function refuseEarly(deps: HandlerDeps, command: CaseCommand): void {
  if (deps.rt.state.status === 'new') return; // not open yet: the handler waits for the opening and decides then
  try {
    decide(command, deps.rt.state, { now: new Date().toISOString() });
  } catch (error) {
    throw toApplicationFailure(error);
  }
}

/** Domain refusals answer the caller as a failed update; anything else fails the workflow task. */
async function answering<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toApplicationFailure(error);
  }
}

/** Registers the case's query, updates and the legacy evidence signal. */
export function registerHandlers(deps: HandlerDeps): void {
  const { rt } = deps;
  // Once open (every turn but the first few), no condition to register and unblock.
  const opened = async (): Promise<void> => {
    if (deps.greeting() === null) await condition(() => deps.greeting() !== null);
  };
  setHandler(caseStateQuery, () => rt.state);
  setHandler(openedUpdate, async () => {
    await opened();
    const greeting = deps.greeting();
    if (!greeting) throw new Error('opened without a greeting');
    return greeting;
  });
  setHandler(
    messageUpdate,
    async (raw) =>
      answering(async () => {
        await opened();
        return handleMessage(rt, asMessage(raw), deps.settings);
      }),
    {
      validator: (raw: unknown) => {
        const message = asMessage(raw);
        if (rt.state.turns[message.messageId] || rt.state.messageOrder.includes(message.messageId)) return;
        const understanding = { language: rt.state.language, intent: 'off_topic' as const, facts: {}, understandingVersion: 'validation' };
        refuseEarly(deps, { type: 'RecordMerchantMessage', ...message, understanding });
      },
    },
  );
  setHandler(
    actionUpdate,
    async (raw) =>
      answering(async () => {
        await opened();
        return handleAction(rt, asAction(raw));
      }),
    {
      validator: (raw: unknown) => {
        const action = asAction(raw);
        if (rt.state.actionTurns[action.actionId] || rt.state.confirmedAction?.reference === action.actionId) return;
        refuseEarly(deps, { type: 'ConfirmAction', proposal: action.action, via: 'action', reference: action.actionId });
      },
    },
  );
  setHandler(
    evidenceUpdate,
    async (raw) =>
      answering(async () => {
        await opened();
        return acceptEvidence(deps, asEvidence(raw));
      }),
    {
      validator: (raw: unknown) => {
        const evidence = asEvidence(raw);
        if (rt.state.evidence[evidence.evidenceId]) return;
        refuseEarly(deps, { type: 'SubmitEvidence', ...evidence });
      },
    },
  );
  setHandler(reviewUpdate, async (raw) => answering(() => completeReview(rt, asVerdict(raw))), {
    validator: (raw: unknown) => refuseEarly(deps, { type: 'CompleteReview', verdict: asVerdict(raw) }),
  });
  // Older API processes signal instead of updating: a refused upload is not accepted (nobody is
  // waiting for an answer); an unexpected error is handed to the case loop, which fails the task.
  setHandler(evidenceSubmittedSignal, (raw) => {
    void opened()
      .then(() => acceptEvidence(deps, asEvidence(raw)))
      .catch((error: unknown) => {
        if (!isDomainError(error) && !(error instanceof ApplicationFailure)) deps.evidence.report(error);
      });
  });
}
