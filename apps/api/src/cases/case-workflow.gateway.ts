import { Inject, Injectable } from '@nestjs/common';
import type { Client } from '@temporalio/client';
import { ApplicationFailure, WithStartWorkflowOperation, WorkflowUpdateFailedError } from '@temporalio/client';
import type { SearchAttributePair } from '@temporalio/common';
import type { UpliftConfig } from '@uplift/config';
import { workflowIdForCase, type ReviewerVerdict } from '@uplift/domain';
import type {
  CaseActionInput,
  CaseWorkflowInput,
  EvidenceReceipt,
  EvidenceSubmittedInput,
  MerchantMessageInput,
  OpenCaseInput,
  ReviewResult,
  TurnReply,
} from '@uplift/workflows';
import {
  actionUpdate,
  CASE_WORKFLOW_TYPE,
  CaseSearchAttributeKeys,
  evidenceSubmittedSignal,
  evidenceUpdate,
  messageUpdate,
  openedUpdate,
  reviewUpdate,
} from '@uplift/workflows';
import { TOKENS } from '../dependencies';
import { callTemporal } from '../errors/temporal-failure';

/** Talks to the case workflow: opening (Update-With-Start), turns, actions, evidence and reviews (updates). */
@Injectable()
export class CaseWorkflowGateway {
  constructor(
    @Inject(TOKENS.temporal) private readonly client: Client,
    @Inject(TOKENS.config) private readonly config: UpliftConfig,
  ) {}

  /** Starts the case workflow unless it runs already, and returns the assistant's first message. */
  async open(open: OpenCaseInput): Promise<TurnReply> {
    const input: CaseWorkflowInput = {
      open,
      timers: this.config.caseTimers,
      evidenceTaskQueue: this.config.temporal.evidenceTaskQueue,
      settings: this.config.caseSettings,
    };
    const startWorkflowOperation = new WithStartWorkflowOperation(CASE_WORKFLOW_TYPE, {
      workflowId: workflowIdForCase(open.caseId),
      taskQueue: this.config.temporal.taskQueue,
      args: [input],
      // A retried request joins the running workflow; a finished case is never started again.
      workflowIdConflictPolicy: 'USE_EXISTING',
      workflowIdReusePolicy: 'REJECT_DUPLICATE',
      typedSearchAttributes: searchAttributes(open),
    });
    return this.withDeadline(() =>
      this.client.workflow.executeUpdateWithStart(openedUpdate, { updateId: 'opened', startWorkflowOperation }),
    );
  }

  /** Relays one merchant turn; the update id makes a resent message return the first reply. */
  async sendMessage(caseId: string, message: MerchantMessageInput): Promise<TurnReply> {
    return this.withDeadline(() =>
      untilProcessed(() => this.handle(caseId).executeUpdate(messageUpdate, { updateId: `msg-${message.messageId}`, args: [message] })),
    );
  }

  /** Relays a structured action (the merchant pressed submit or withdraw); idempotent by actionId. */
  async act(caseId: string, action: CaseActionInput): Promise<TurnReply> {
    return this.withDeadline(() =>
      untilProcessed(() => this.handle(caseId).executeUpdate(actionUpdate, { updateId: `action-${action.actionId}`, args: [action] })),
    );
  }

  /** A reviewer's verdict on a referred case (one per case: a retried request gets the same result). */
  async review(caseId: string, verdict: ReviewerVerdict): Promise<ReviewResult> {
    return this.withDeadline(() =>
      untilProcessed(() => this.handle(caseId).executeUpdate(reviewUpdate, { updateId: 'review', args: [verdict] })),
    );
  }

  /**
   * Hands stored evidence to the case, which accepts it or refuses it (closed, with a reviewer).
   * A case started before the evidence update existed gets the signal it understands.
   */
  async submitEvidence(caseId: string, evidence: EvidenceSubmittedInput): Promise<EvidenceReceipt | null> {
    const handle = this.handle(caseId);
    return this.withDeadline(async () => {
      try {
        return await untilProcessed(() =>
          handle.executeUpdate(evidenceUpdate, { updateId: `evidence-${evidence.evidenceId}`, args: [evidence] }),
        );
      } catch (error) {
        if (!(error instanceof WorkflowUpdateFailedError) || !/No registered handler for update/.test(String(error.cause?.message)))
          throw error;
        await handle.signal(evidenceSubmittedSignal, evidence);
        return null;
      }
    });
  }

  private handle(caseId: string) {
    return this.client.workflow.getHandle(workflowIdForCase(caseId));
  }

  private withDeadline<T>(call: () => Promise<T>): Promise<T> {
    // Past the deadline the caller gets 503 with Retry-After and may resend (the same ids).
    return callTemporal(() => this.client.withDeadline(Date.now() + this.config.api.temporalCallTimeoutMs, call));
  }
}

/**
 * Sends an update again when the server rejected it as never processed by a worker (type
 * UnprocessedUpdate): the SDK sometimes drops update messages that arrive while a workflow task runs
 * local activities (docs/adr/0017). Such an update never ran, and update ids make resending it safe.
 * The caller's deadline bounds the retries.
 */
async function untilProcessed<T>(send: () => Promise<T>): Promise<T> {
  for (let delayMs = 25; ; delayMs = Math.min(delayMs * 2, 1_000)) {
    try {
      return await send();
    } catch (error) {
      if (
        !(error instanceof WorkflowUpdateFailedError) ||
        !(error.cause instanceof ApplicationFailure) ||
        error.cause.type !== 'UnprocessedUpdate'
      )
        throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, delayMs));
  }
}

function searchAttributes(open: OpenCaseInput): SearchAttributePair[] {
  const pairs: SearchAttributePair[] = [
    { key: CaseSearchAttributeKeys.caseStatus, value: 'collecting' },
    { key: CaseSearchAttributeKeys.channel, value: open.channel },
  ];
  if (open.industry) pairs.push({ key: CaseSearchAttributeKeys.industry, value: open.industry });
  return pairs;
}
