import { ActivityFailure, ApplicationFailure, CancellationScope, condition, isCancellation, log } from '@temporalio/workflow';
import {
  joinSentences,
  nextAction,
  renderAction,
  renderAuthenticityFeedback,
  renderEvidenceFeedback,
  renderRecognitionFeedback,
} from '@uplift/dialogue';
import { ErrorCode, isClosed, type EvidenceExamination, type EvidenceItem } from '@uplift/domain';
import { evidenceWork } from './activities';
import { unreadableExamination } from './failed-examination';
import { assistantReply } from './replies';
import type { CaseRuntime } from './runtime';

/**
 * Examines the case's uploads, several at a time (each in its own cancellation scope, so a
 * withdrawal stops them). Driven by state: any upload without an assessment is examined, so uploads
 * adopted from an earlier attempt are picked up too. An unexpected error is kept and rethrown by the
 * case loop, which fails the workflow task (never the case).
 */
export class EvidencePipeline {
  private readonly inFlight = new Map<string, CancellationScope>();
  private readonly work;
  /** Examinations belong to the case, not to whichever handler happened to start them. */
  private readonly root = CancellationScope.current();
  private failure: Error | undefined;

  constructor(
    private readonly rt: CaseRuntime,
    taskQueue: string,
    private readonly concurrency: number,
  ) {
    this.work = evidenceWork(taskQueue);
  }

  /** Starts examining waiting uploads while there is room. */
  kick(): void {
    const state = this.rt.state;
    if (isClosed(state)) return;
    for (const id of state.evidenceOrder) {
      if (this.inFlight.size >= this.concurrency) return;
      const item = state.evidence[id];
      if (item && item.assessment === null && !this.inFlight.has(id)) this.start(item);
    }
  }

  /** True while some upload has no assessment yet. */
  get unassessed(): boolean {
    const state = this.rt.state;
    return state.evidenceOrder.some((id) => state.evidence[id]?.assessment === null);
  }

  /** Waits until every upload is assessed, at most `graceMs`. */
  async settled(graceMs: number): Promise<void> {
    this.kick();
    await condition(() => !this.unassessed || this.failure !== undefined, graceMs);
  }

  /** Rethrows an unexpected error met while examining (as a plain Error: it fails the workflow task). */
  throwIfFailed(): void {
    if (this.failure) throw this.failure;
  }

  /** True when the case loop should wake: something failed. */
  get failed(): boolean {
    return this.failure !== undefined;
  }

  /** Keeps an unexpected error met elsewhere in case work, for the case loop to rethrow. */
  report(error: unknown): void {
    this.failure ??= error instanceof Error ? new Error(error.message) : new Error(String(error));
  }

  /** Stops every examination in flight (withdrawal, or the case closed). */
  cancelAll(): void {
    for (const scope of this.inFlight.values()) scope.cancel();
  }

  private start(item: EvidenceItem): void {
    const scope = new CancellationScope({ cancellable: true, parent: this.root });
    this.inFlight.set(item.evidenceId, scope);
    scope
      .run(() => this.examine(item))
      .catch((error: unknown) => {
        if (!isCancellation(error)) this.report(error);
      })
      .finally(() => {
        this.inFlight.delete(item.evidenceId);
        this.kick();
      });
  }

  private async examine(item: EvidenceItem): Promise<void> {
    const result = await this.examination(item);
    if (!result) return;
    await this.rt.step((tx) => {
      // After a withdrawal nothing more is recorded about erased uploads.
      if (tx.draft.status === 'withdrawn' || tx.draft.evidence[item.evidenceId]?.assessment) return;
      tx.apply({ type: 'RecordAssessment', evidenceId: item.evidenceId, assessment: result.assessment });
      if (result.recognition) tx.apply({ type: 'RecordRecognition', evidenceId: item.evidenceId, recognition: result.recognition });
      if (result.authenticity) tx.apply({ type: 'RecordAuthenticity', evidenceId: item.evidenceId, authenticity: result.authenticity });
      if (isClosed(tx.draft)) return;
      const language = tx.draft.language;
      const next = nextAction(tx.draft, null);
      const text = joinSentences(language, [
        renderEvidenceFeedback(item.declared, result.assessment, language),
        result.recognition ? renderRecognitionFeedback(item.declared, result.recognition, language) : '',
        result.authenticity ? renderAuthenticityFeedback(item.declared, result.authenticity, language) : '',
        renderAction(next, tx.draft, language),
      ]);
      tx.apply(assistantReply({ kind: 'evidence_feedback', evidenceId: item.evidenceId, next }, text, language, null));
    });
  }

  /** The activity's result; a deterministic failure becomes an unreadable assessment; null once erased. */
  private async examination(item: EvidenceItem): Promise<EvidenceExamination | null> {
    const state = this.rt.state;
    try {
      return await this.work.examineEvidence({
        caseId: state.caseId,
        evidenceId: item.evidenceId,
        declared: item.declared,
        caseDate: (state.openedAt ?? item.submittedAt).slice(0, 10),
        channel: state.channel,
        uploadedAt: item.submittedAt,
      });
    } catch (error) {
      if (!(error instanceof ActivityFailure) || !(error.cause instanceof ApplicationFailure)) throw error;
      const type = error.cause.type ?? 'unknown';
      log.warn('evidence examination ended without a result', { caseId: state.caseId, evidenceId: item.evidenceId, type });
      if (type === ErrorCode.EvidenceKeyShredded || type === ErrorCode.EvidenceNotFound) return null;
      return unreadableExamination(item.mediaType, type);
    }
  }
}
