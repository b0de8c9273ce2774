/** Something started that must be stopped. */
interface Resource {
  name: string;
  stop: () => Promise<void>;
}

/**
 * Stops what was started in reverse order (API, worker, Temporal, PostgreSQL), once, even when
 * asked several times (Ctrl-C reaches us both from the terminal and from npm).
 */
export class Lifecycle {
  private readonly resources: Resource[] = [];
  private stopping: Promise<void> | undefined;

  constructor(private readonly log: (line: string) => void) {}

  /** Registers a started resource. */
  add(name: string, stop: () => Promise<void>): void {
    this.resources.push({ name, stop });
  }

  /** True once {@link stopAll} has been called. */
  get isStopping(): boolean {
    return this.stopping !== undefined;
  }

  /** Stops every resource, last started first; a failing stop is reported and does not skip the rest. */
  stopAll(): Promise<void> {
    this.stopping ??= this.stopInReverse();
    return this.stopping;
  }

  private async stopInReverse(): Promise<void> {
    while (this.resources.length > 0) {
      const resource = this.resources.pop();
      if (!resource) break;
      const started = Date.now();
      try {
        await resource.stop();
        this.log(`stopped ${resource.name} (${Date.now() - started} ms)`);
      } catch (error) {
        this.log(`stopping ${resource.name} failed: ${(error as Error).message}`);
      }
    }
  }
}
