// npm run bench:codec: turn latency through the HTTP API with the Temporal payload codec (AES-256-GCM
// + deflate, as shipped) and without it (plain-payloads.ts preloaded), on the same PostgreSQL and
// Temporal server in the same run, alternating A/B/A/B so drift in the machine hits both sides.
// Prints p50/p99 per side and the overhead; writes bench/results/codec.json. BENCH_CODEC_TURNS sizes it.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Payload } from '@temporalio/common';
import { payloadCodecFor } from '@uplift/temporal';
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
  const run = await drive(TURNS, concurrency, (i) =>
    channel.turn(caseOf(i), `${label}-${i}`, TURN_TEXTS[i % TURN_TEXTS.length] ?? 'ok').then(() => undefined),
  );
  if (run.errors > 0) throw new Error(`${label}: ${run.errors} turns failed: ${run.failures.slice(0, 2).join('; ')}`);
  return run.latencies;
}

/** A recorded case's plain payloads (tests/replay): what one case puts through the codec. */
const RECORDED_CASE = join(REPO_ROOT, 'tests', 'replay', 'histories', 'case-v2-retail-en-referred-reviewed.json');

/**
 * The codec's own CPU cost, free of the machine's noise: every payload of a recorded case encoded
 * and decoded ROUNDS_CPU times; per case and per merchant turn (the case's messages).
 */
async function codecCpu(): Promise<{ payloads: number; bytes: number; msPerCase: number; turns: number; msPerTurn: number }> {
  const json = readFileSync(RECORDED_CASE, 'utf8');
  const payloads: Payload[] = [...json.matchAll(/\{\s*"metadata":\s*(\{[^{}]*\}),\s*"data":\s*"([^"]*)"\s*\}/g)].map((m) => ({
    metadata: Object.fromEntries(
      Object.entries(JSON.parse(m[1] ?? '{}') as Record<string, string>).map(([k, v]) => [k, Buffer.from(v, 'base64')]),
    ),
    data: Buffer.from(m[2] ?? '', 'base64'),
  }));
  const turns = (json.match(/"name":\s*"message"/g) ?? []).length || 1;
  const codec = payloadCodecFor({ current: randomBytes(32), previous: [] });
  const ROUNDS_CPU = 200;
  await codec.decode(await codec.encode(payloads));
  const started = process.cpuUsage();
  for (let i = 0; i < ROUNDS_CPU; i += 1) await codec.decode(await codec.encode(payloads));
  const used = process.cpuUsage(started);
  const msPerCase = (used.user + used.system) / 1000 / ROUNDS_CPU;
  return {
    payloads: payloads.length,
    bytes: payloads.reduce((a, p) => a + (p.data?.length ?? 0), 0),
    msPerCase: Math.round(msPerCase * 1000) / 1000,
    turns,
    msPerTurn: Math.round((msPerCase / turns) * 1000) / 1000,
  };
}

async function main(): Promise<void> {
  const cpu = await codecCpu();
  log(
    `codec CPU: ${cpu.payloads} payloads (${cpu.bytes} bytes) of a recorded case encoded + decoded in ${cpu.msPerCase} ms; spread over its ${cpu.turns} message turns (an upper bound per turn): ${cpu.msPerTurn} ms`,
  );
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
          log(
            `round ${round + 1} ${side} c=${concurrency}: p50 ${quantile(latencies, 0.5).toFixed(1)} p99 ${quantile(latencies, 0.99).toFixed(1)} ms`,
          );
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
      return [
        level,
        {
          turns: codec.length,
          codec: { p50Ms: figure(codec, 0.5), p99Ms: figure(codec, 0.99) },
          plain: { p50Ms: figure(plain, 0.5), p99Ms: figure(plain, 0.99) },
          overheadPercent: { p50: overhead(0.5), p99: overhead(0.99) },
        },
      ];
    }),
  );
  for (const [level, s] of Object.entries(summary))
    log(
      `${level}: codec p50 ${s.codec.p50Ms} p99 ${s.codec.p99Ms} ms | plain p50 ${s.plain.p50Ms} p99 ${s.plain.p99Ms} ms | overhead p50 ${s.overheadPercent.p50}% p99 ${s.overheadPercent.p99}%`,
    );
  await mkdir(join(REPO_ROOT, 'bench', 'results'), { recursive: true });
  await writeFile(
    join(REPO_ROOT, 'bench', 'results', 'codec.json'),
    `${JSON.stringify({ benchmark: 'codec', date: new Date().toISOString(), codecCpu: cpu, turnsPerSide: TURNS * ROUNDS, summary }, null, 2)}\n`,
  );
}

main().catch((error: unknown) => {
  console.error(`[bench:codec] failed: ${(error as Error).stack ?? String(error)}`);
  process.exit(1);
});
