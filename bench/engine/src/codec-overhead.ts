// npm run bench:codec: turn latency through the HTTP API with the Temporal payload codec (AES-256-GCM
// + deflate, as shipped) and without it (plain-payloads.ts preloaded), on the same PostgreSQL and
// Temporal server in the same run, alternating A/B/A/B so drift in the machine hits both sides.
// Prints p50/p99 per side and the overhead; writes bench/results/codec.json. BENCH_CODEC_TURNS sizes it.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ChannelClient, TURN_TEXTS } from './api-client';
import { EngineStack, REPO_ROOT } from './stack';
import { drive, quantile } from './stats';

const TURNS = Number(process.env['BENCH_CODEC_TURNS'] ?? 300);
const ROUNDS = 2;
const TURNS_PER_CASE = 20;
const PLAIN = ['--require', join(__dirname, 'plain-payloads.js')];
const log = (line: string): void => console.log(`[bench:codec] ${line}`);

/** Latencies (ms) of TURNS turns at `concurrency`, on fresh cases of TURNS_PER_CASE turns each. */
async function turnLatencies(channel: ChannelClient, concurrency: number, label: string): Promise<number[]> {
  const cases = await Promise.all(Array.from({ length: Math.ceil(TURNS / TURNS_PER_CASE) + concurrency }, () => channel.open()));
  for (const [i, caseId] of cases.slice(0, 2).entries()) await channel.turn(caseId, `${label}-warm-${i}`, TURN_TEXTS[i] ?? 'ok');
  const caseOf = (i: number) => cases[(i % concurrency) + concurrency * Math.floor(i / (concurrency * TURNS_PER_CASE))] ?? '';
  const run = await drive(TURNS, concurrency, (i) => channel.turn(caseOf(i), `${label}-${i}`, TURN_TEXTS[i % TURN_TEXTS.length] ?? 'ok').then(() => undefined));
  if (run.errors > 0) throw new Error(`${label}: ${run.errors} turns failed: ${run.failures.slice(0, 2).join('; ')}`);
  return run.latencies;
}

async function main(): Promise<void> {
  const stack = await EngineStack.start({ log, engineEnv: { VISION_OBJECT_DETECTION: 'off' } });
  const samples: Record<string, { codec: number[]; plain: number[] }> = { c1: { codec: [], plain: [] }, c8: { codec: [], plain: [] } };
  try {
    const channel = new ChannelClient(stack.baseUrl, await stack.apiKey('bench', 'channel'));
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const side of ['codec', 'plain'] as const) {
        await stack.restartEngine(side === 'plain' ? PLAIN : []);
        for (const concurrency of [1, 8]) {
          const latencies = await turnLatencies(channel, concurrency, `${side}${concurrency}r${round}`);
          samples[`c${concurrency}`]?.[side].push(...latencies);
          log(`round ${round + 1} ${side} c=${concurrency}: p50 ${quantile(latencies, 0.5).toFixed(1)} p99 ${quantile(latencies, 0.99).toFixed(1)} ms`);
        }
      }
    }
  } finally {
    await stack.stop();
  }
  const summary = Object.fromEntries(
    Object.entries(samples).map(([level, { codec, plain }]) => {
      const figure = (xs: number[], q: number) => Math.round(quantile(xs, q) * 10) / 10;
      const overhead = (q: number) => Math.round((quantile(codec, q) / quantile(plain, q) - 1) * 1000) / 10;
      return [level, { turns: codec.length, codec: { p50Ms: figure(codec, 0.5), p99Ms: figure(codec, 0.99) }, plain: { p50Ms: figure(plain, 0.5), p99Ms: figure(plain, 0.99) }, overheadPercent: { p50: overhead(0.5), p99: overhead(0.99) } }];
    }),
  );
  for (const [level, s] of Object.entries(summary)) log(`${level}: codec p50 ${s.codec.p50Ms} p99 ${s.codec.p99Ms} ms | plain p50 ${s.plain.p50Ms} p99 ${s.plain.p99Ms} ms | overhead p50 ${s.overheadPercent.p50}% p99 ${s.overheadPercent.p99}%`);
  await mkdir(join(REPO_ROOT, 'bench', 'results'), { recursive: true });
  await writeFile(join(REPO_ROOT, 'bench', 'results', 'codec.json'), `${JSON.stringify({ benchmark: 'codec', date: new Date().toISOString(), turnsPerSide: TURNS * ROUNDS, summary }, null, 2)}\n`);
}

main().catch((error: unknown) => {
  console.error(`[bench:codec] failed: ${(error as Error).stack ?? String(error)}`);
  process.exit(1);
});
