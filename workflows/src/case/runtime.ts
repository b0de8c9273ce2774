import { log, upsertSearchAttributes } from '@temporalio/workflow';
import { canonicalJson, eventIdAt, foldCase, initialCaseState, type CaseEvent, type CaseState, type CommitResult } from '@uplift/domain';
import { CaseTransaction } from '../case-transaction';
import { WorkflowLock } from '../lock';
import { caseSearchAttributeUpdates } from '../search-attribute-updates';
import { caseStore } from './activities';
import { countCommitted } from './metrics';

/** How often one step may find the stream moved before the workflow task is failed (a bug, not a race). */
const MAX_ADOPTIONS = 5;

/**
 * The case as this workflow holds it, and the one way to change it: a step decides commands against
 * the current state and commits their events, one step at a time (the lock). The event store is
 * authoritative: when a commit finds the stream already moved (events committed by a workflow task
 * that was then lost, or before a reset), those events are adopted and the step is decided again on
 * top of them (docs/adr/0017).
 */
export class CaseRuntime {
  private current: CaseState;
  private readonly lock = new WorkflowLock();

  constructor(readonly caseId: string) {
    this.current = initialCaseState(caseId);
  }

  /** The state as committed so far. */
  get state(): CaseState {
    return this.current;
  }

  /** Runs `build` on a transaction over the current state and commits it; returns what `build` returned. */
  step<T>(build: (tx: CaseTransaction) => Promise<T> | T): Promise<T> {
    return this.lock.run(async () => {
      for (let attempt = 1; ; attempt += 1) {
        const tx = this.transaction();
        const result = await build(tx);
        if (await this.commit(tx)) return result;
        this.checkAdoptions(attempt);
      }
    });
  }

  /**
   * A step decided on a value worked out by code an upgrade may change (what a message means). The
   * value rides on the commit and comes back in its result, which the history keeps: a replay under
   * newer code that works out another value decides the step again with the recorded one, so the
   * state it holds is the one stored then (docs/adr/0030).
   */
  recordedStep<V, T>(work: (state: CaseState) => V, build: (tx: CaseTransaction, value: V) => T): Promise<T> {
    return this.lock.run(async () => {
      for (let attempt = 1; ; attempt += 1) {
        const tx = this.transaction();
        const value = work(tx.draft);
        const result = build(tx, value);
        if (tx.events.length === 0) return result;
        const commit = await this.store(tx, value);
        if (commit.status === 'committed') {
          if (commit.recorded === undefined || canonicalJson(commit.recorded) === canonicalJson(value)) {
            this.committed(tx, commit.version);
            return result;
          }
          const again = this.transaction(tx.now);
          const recordedResult = build(again, commit.recorded as V);
          this.committed(again, commit.version);
          return recordedResult;
        }
        this.moved(tx, commit.version, commit.events);
        this.checkAdoptions(attempt);
      }
    });
  }

  private transaction(now = new Date().toISOString()): CaseTransaction {
    return new CaseTransaction(this.current, now, (seq) => eventIdAt(this.caseId, seq));
  }

  private checkAdoptions(attempt: number): void {
    if (attempt >= MAX_ADOPTIONS) throw new Error(`case ${this.caseId}: the event stream moved ${attempt} times under one step`);
  }

  /** True when stored; false when the stream had moved and its events were adopted instead. */
  private async commit(tx: CaseTransaction): Promise<boolean> {
    if (tx.events.length === 0) return true;
    const result = await this.store(tx);
    if (result.status === 'committed') {
      this.committed(tx, result.version);
      return true;
    }
    this.moved(tx, result.version, result.events);
    return false;
  }

  private store(tx: CaseTransaction, recorded?: unknown): Promise<CommitResult> {
    const input = { caseId: this.caseId, expectedVersion: tx.base.version, events: tx.events };
    return caseStore.commitCaseEvents(recorded === undefined ? input : { ...input, recorded });
  }

  private committed(tx: CaseTransaction, version: number): void {
    this.adopt(tx.draft, version);
    countCommitted(tx.events.map((e) => e.event));
  }

  private moved(tx: CaseTransaction, version: number, events: CaseEvent[]): void {
    log.warn('adopting events already in the case stream', { caseId: this.caseId, from: tx.base.version, to: version });
    this.adopt(foldCase(this.current, events), version);
  }

  private adopt(next: CaseState, storedVersion: number): void {
    if (next.version !== storedVersion) {
      throw new Error(`case ${this.caseId}: the stream is at ${storedVersion}, the folded state at ${next.version}`);
    }
    const updates = caseSearchAttributeUpdates(this.current, next);
    this.current = next;
    if (updates.length > 0) upsertSearchAttributes(updates);
  }
}
