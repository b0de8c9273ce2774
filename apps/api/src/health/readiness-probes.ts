import type { BeforeApplicationShutdown } from '@nestjs/common';
import { Inject, Injectable } from '@nestjs/common';
import type { Client } from '@temporalio/client';
import type { DataSource } from 'typeorm';
import { TOKENS } from '../dependencies';

/** Result of one dependency probe. */
export type ProbeResult = 'ok' | 'failed';

/** How long a dependency may take to answer before it counts as down. */
export const PROBE_TIMEOUT_MS = 2_000;

const GRPC_DEADLINE_MARGIN_MS = 250;

/**
 * Asks PostgreSQL and Temporal whether they answer, each within PROBE_TIMEOUT_MS. A probe answers
 * "failed" on time even when the call behind it is still running (the Temporal client finishes its
 * current retry back-off first); such calls are awaited before shutdown so that the host never
 * closes a connection under them.
 */
@Injectable()
export class ReadinessProbes implements BeforeApplicationShutdown {
  private readonly inFlight = new Set<Promise<unknown>>();

  constructor(
    @Inject(TOKENS.dataSource) private readonly dataSource: DataSource,
    @Inject(TOKENS.temporal) private readonly temporal: Client,
  ) {}

  /** PostgreSQL answers `SELECT 1`. */
  database(): Promise<ProbeResult> {
    return this.settle(() => this.dataSource.query('SELECT 1'));
  }

  /** The Temporal frontend answers GetSystemInfo (the cheapest real call). */
  temporalService(): Promise<ProbeResult> {
    // The gRPC deadline stops the client's retries at the next attempt after it passes.
    const deadline = Date.now() + PROBE_TIMEOUT_MS - GRPC_DEADLINE_MARGIN_MS;
    return this.settle(() => this.temporal.withDeadline(deadline, () => this.temporal.workflowService.getSystemInfo({})));
  }

  async beforeApplicationShutdown(): Promise<void> {
    await Promise.allSettled([...this.inFlight]);
  }

  private async settle(call: () => Promise<unknown>): Promise<ProbeResult> {
    const attempt = call().then(
      (): ProbeResult => 'ok',
      (): ProbeResult => 'failed',
    );
    this.inFlight.add(attempt);
    void attempt.finally(() => this.inFlight.delete(attempt));
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<ProbeResult>((resolve) => {
      timer = setTimeout(() => resolve('failed'), PROBE_TIMEOUT_MS);
    });
    try {
      return await Promise.race([attempt, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}
