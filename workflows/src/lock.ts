/**
 * A FIFO lock for workflow code. Update handlers and the main loop interleave at every await;
 * the lock makes each "decide → append → evolve" step atomic, so the stream has one writer at a time.
 * Built on promise chaining only, which is deterministic under replay.
 */
export class WorkflowLock {
  private tail: Promise<void> = Promise.resolve();

  /** Runs `step` after every step queued before it. */
  run<T>(step: () => Promise<T>): Promise<T> {
    const result = this.tail.then(step);
    this.tail = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }
}
