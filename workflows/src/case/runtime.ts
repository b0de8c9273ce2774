import { log, upsertSearchAttributes } from '@temporalio/workflow';
import { eventIdAt, foldCase, initialCaseState, type CaseState } from '@uplift/domain';
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
        const tx = new CaseTransaction(this.current, new Date().toISOString(), (seq) => eventIdAt(this.caseId, seq));
        const result = await build(tx);
        if (await this.commit(tx)) return result;
        if (attempt >= MAX_ADOPTIONS) throw new Error(`case ${this.caseId}: the event stream moved ${attempt} times under one step`);
      }
    });
  }

  /** True when stored; false when the stream had moved and its events were adopted instead. */
  private async commit(tx: CaseTransaction): Promise<boolean> {
    if (tx.events.length === 0) return true;
    const result = await caseStore.commitCaseEvents({ caseId: this.caseId, expectedVersion: tx.base.version, events: tx.events });
    if (result.status === 'committed') {
      this.adopt(tx.draft, result.version);
      countCommitted(tx.events.map((e) => e.event));
      return true;
    }
    log.warn('adopting events already in the case stream', { caseId: this.caseId, from: tx.base.version, to: result.version });
    this.adopt(foldCase(this.current, result.events), result.version);
    return false;
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
