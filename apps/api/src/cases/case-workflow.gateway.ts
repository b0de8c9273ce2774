import { Inject, Injectable } from '@nestjs/common';
import type { Client } from '@temporalio/client';
import { WithStartWorkflowOperation } from '@temporalio/client';
import type { SearchAttributePair } from '@temporalio/common';
import type { UpliftConfig } from '@uplift/config';
import { workflowIdForCase, type ReviewerVerdict } from '@uplift/domain';
import type { EvidenceSubmittedInput, MerchantMessageInput, OpenCaseInput, ReviewResult, TurnReply } from '@uplift/workflows';
import {
  CASE_WORKFLOW_TYPE,
  CaseSearchAttributeKeys,
  evidenceSubmittedSignal,
  messageUpdate,
  openedUpdate,
  reviewUpdate,
} from '@uplift/workflows';
import { TOKENS } from '../dependencies';
import { callTemporal } from '../errors/temporal-failure';

// A turn runs the dialogue inside the workflow; past this the caller gets 503 and may retry (same ids).
const TEMPORAL_CALL_TIMEOUT_MS = 30_000;

/** Talks to the case workflow: opening (Update-With-Start), turns (updates) and evidence (signals). */
@Injectable()
export class CaseWorkflowGateway {
  constructor(
    @Inject(TOKENS.temporal) private readonly client: Client,
    @Inject(TOKENS.config) private readonly config: UpliftConfig,
  ) {}

  /** Starts the case workflow unless it runs already, and returns the assistant's first message. */
  async open(open: OpenCaseInput): Promise<TurnReply> {
    const startWorkflowOperation = new WithStartWorkflowOperation(CASE_WORKFLOW_TYPE, {
      workflowId: workflowIdForCase(open.caseId),
      taskQueue: this.config.temporal.taskQueue,
      args: [{ open, timers: this.config.caseTimers, evidenceTaskQueue: this.config.temporal.evidenceTaskQueue }],
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
    const handle = this.client.workflow.getHandle(workflowIdForCase(caseId));
    return this.withDeadline(() =>
      handle.executeUpdate(messageUpdate, { updateId: `msg-${message.messageId}`, args: [message] }),
    );
  }

  /** A reviewer's verdict on a referred case (one per case: a retried request gets the same result). */
  async review(caseId: string, verdict: ReviewerVerdict): Promise<ReviewResult> {
    const handle = this.client.workflow.getHandle(workflowIdForCase(caseId));
    return this.withDeadline(() => handle.executeUpdate(reviewUpdate, { updateId: 'review', args: [verdict] }));
  }

  /** Tells the case that stored evidence is ready for assessment. */
  async evidenceSubmitted(caseId: string, evidence: EvidenceSubmittedInput): Promise<void> {
    const handle = this.client.workflow.getHandle(workflowIdForCase(caseId));
    await this.withDeadline(() => handle.signal(evidenceSubmittedSignal, evidence));
  }

  private withDeadline<T>(call: () => Promise<T>): Promise<T> {
    return callTemporal(() => this.client.withDeadline(Date.now() + TEMPORAL_CALL_TIMEOUT_MS, call));
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
