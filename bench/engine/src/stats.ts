/** Latency figures of one measured phase. */
export interface PhaseFigures {
  calls: number;
  errors: number;
  perSecond: number;
  meanMs: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
}

/** The q-quantile of `values` (nearest rank). */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0;
}

const round = (value: number, digits = 1): number => Math.round(value * 10 ** digits) / 10 ** digits;

/** Summarises latencies (ms) of calls made over `elapsedMs`. */
export function figures(latencies: readonly number[], errors: number, elapsedMs: number): PhaseFigures {
  return {
    calls: latencies.length + errors,
    errors,
    perSecond: round((latencies.length / elapsedMs) * 1000),
    meanMs: round(latencies.reduce((sum, value) => sum + value, 0) / Math.max(1, latencies.length)),
    p50Ms: round(quantile(latencies, 0.5)),
    p95Ms: round(quantile(latencies, 0.95)),
    p99Ms: round(quantile(latencies, 0.99)),
  };
}

/** Runs `work(i)` for i in 0..count-1 on `concurrency` lanes; returns the latencies and the error count. */
export async function drive(
  count: number,
  concurrency: number,
  work: (i: number) => Promise<void>,
): Promise<{ latencies: number[]; errors: number; elapsedMs: number; failures: string[] }> {
  const latencies: number[] = [];
  const failures: string[] = [];
  let next = 0;
  const started = performance.now();
  const lane = async () => {
    for (let i = next++; i < count; i = next++) {
      const t0 = performance.now();
      try {
        await work(i);
        latencies.push(performance.now() - t0);
      } catch (error) {
        failures.push((error as Error).message);
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, lane));
  return { latencies, errors: failures.length, elapsedMs: performance.now() - started, failures };
}
