import type { EngineStack } from './stack';

/** A fault injected during the run. */
export interface FaultRecord {
  fault: 'kill -9 worker' | 'restart Temporal' | 'stop PostgreSQL 20 s';
  atSeconds: number;
  recoveredAfterSeconds: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A small seeded generator, so a run's fault times can be repeated (BENCH_CHAOS_SEED). */
function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (s * 1_664_525 + 1_013_904_223) >>> 0) / 2 ** 32;
}

/**
 * Injects the faults of a chaos run at jittered points of its length: the worker killed twice
 * (SIGKILL, restarted 3 s later), the Temporal dev server restarted, PostgreSQL stopped for 20 s.
 */
export class FaultSchedule {
  readonly records: FaultRecord[] = [];
  private readonly random = seeded(Number(process.env['BENCH_CHAOS_SEED'] ?? 20261129));

  constructor(
    private readonly stack: EngineStack,
    private readonly lengthMs: number,
    private readonly log: (line: string) => void,
  ) {}

  async run(): Promise<void> {
    const started = Date.now();
    const plan: [number, FaultRecord['fault']][] = [
      [0.12, 'kill -9 worker'],
      [0.32, 'restart Temporal'],
      [0.52, 'stop PostgreSQL 20 s'],
      [0.78, 'kill -9 worker'],
    ];
    for (const [at, fault] of plan) {
      const when = started + this.lengthMs * (at + (this.random() - 0.5) * 0.08);
      await sleep(Math.max(0, when - Date.now()));
      const t0 = Date.now();
      this.log(`fault: ${fault}`);
      await this.inject(fault);
      this.records.push({
        fault,
        atSeconds: Math.round((t0 - started) / 1000),
        recoveredAfterSeconds: Math.round((Date.now() - t0) / 1000),
      });
      this.log(`recovered from ${fault} in ${Math.round((Date.now() - t0) / 1000)} s`);
    }
  }

  private async inject(fault: FaultRecord['fault']): Promise<void> {
    switch (fault) {
      case 'kill -9 worker':
        await this.stack.killWorker();
        await sleep(3_000);
        await this.stack.startWorker();
        return;
      case 'restart Temporal':
        await this.stack.stopTemporal();
        await this.stack.startTemporal();
        return;
      case 'stop PostgreSQL 20 s':
        await this.stack.stopPostgres();
        await sleep(20_000);
        await this.stack.startPostgres();
        return;
      default: {
        const unknown: never = fault;
        throw new Error(`unknown fault ${String(unknown)}`);
      }
    }
  }
}
