// npm run bench:load: the engine's HTTP API and a bare Temporal workflow of the same shape, driven on
// the same Temporal server in the same run, at concurrency 1 and 8; then uploads of one case examined
// together versus alone, and the memory of one worker holding many idle cases. Prints the figures and
// writes bench/results/load.json. Sizes: BENCH_LOAD_TURNS, BENCH_LOAD_OPENS, BENCH_LOAD_IDLE_CASES.
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { syntheticVoucherPhoto } from '@uplift/evidence-synth';
import { ChannelClient, TURN_TEXTS } from './api-client';
import { BareBaseline } from './bare-client';
import { findFreePort } from '@uplift/devstack';
import { EngineStack, REPO_ROOT, waitFor } from './stack';
import { cpuPerCall, cpuSeconds } from './cpu';
import { drive, figures, quantile, type PhaseFigures } from './stats';
import { readHistograms, turnBreakdown, type Readings, type TurnBreakdown } from './turn-breakdown';

const TURNS = Number(process.env['BENCH_LOAD_TURNS'] ?? 400);
const OPENS = Number(process.env['BENCH_LOAD_OPENS'] ?? 100);
const IDLE_CASES = Number(process.env['BENCH_LOAD_IDLE_CASES'] ?? 10_000);
const log = (line: string): void => console.log(`[bench:load] ${line}`);

interface Comparison {
  concurrency: number;
  api: { opens: PhaseFigures; turns: PhaseFigures & { cpuMsPerTurn: Record<string, number>; breakdown?: TurnBreakdown } };
  bare: { opens: PhaseFigures; turns: PhaseFigures & { cpuMsPerTurn: Record<string, number>; breakdown?: TurnBreakdown } };
  bareWithCommit: { turns: PhaseFigures & { cpuMsPerTurn: Record<string, number>; breakdown?: TurnBreakdown } };
  ratios: { turnP50: number; turnP99: number; turnThroughput: number; openThroughput: number };
}

const describeBreakdown = (clientMs: number, spent: TurnBreakdown): string =>
  `client ${clientMs} ms${spent.apiMs > 0 ? `, in the API ${spent.apiMs} ms` : ''}; per turn ${spent.workflowTasksPerTurn} workflow tasks of ${spent.workflowTaskMs} ms (waited ${spent.workflowTaskWaitMs} ms to start), ${spent.localActivitiesPerTurn} local activities of ${spent.localActivityMs} ms; a completed task reached Temporal in ${spent.completionSentMs} ms`;

const ratio = (a: number, b: number): number => (b === 0 ? 0 : Math.round((a / b) * 100) / 100);

/** The processes whose CPU a turn costs, by command line. */
const PROCESSES = {
  api: /apps\/api\/dist\/main\.js/,
  worker: /apps\/worker\/dist\/main\.js/,
  bareWorker: /bare\/worker\.js/,
  temporal: /temporal server start-dev/,
  postgres: /(^|\/)postgres( -D|: )/,
};

/** Turns a case gets before its lane moves to a fresh one (a real case has tens, not hundreds). */
const TURNS_PER_CASE = 20;

/** Opens and turns through one side, `concurrency` lanes, each on cases of its own; with the CPU each turn cost. */
async function measure(
  concurrency: number,
  open: () => Promise<string>,
  turn: (id: string, messageId: string, text: string) => Promise<void>,
  label: string,
  histograms?: () => Promise<Readings>,
) {
  const opens = await drive(OPENS, concurrency, async () => void (await open()));
  // Cases for every block of TURNS_PER_CASE turns of every lane, opened before the turns are timed.
  const cases = await Promise.all(Array.from({ length: Math.ceil(TURNS / TURNS_PER_CASE) + concurrency }, () => open()));
  const caseOf = (i: number) => cases[(i % concurrency) + concurrency * Math.floor(i / (concurrency * TURNS_PER_CASE))] ?? '';
  const readingsBefore = await histograms?.();
  const cpuBefore = { ...cpuSeconds(PROCESSES), client: process.cpuUsage().user / 1e6 + process.cpuUsage().system / 1e6 };
  const turns = await drive(TURNS, concurrency, (i) => turn(caseOf(i), `${label}-${i}`, TURN_TEXTS[i % TURN_TEXTS.length] ?? 'ok'));
  const cpuAfter = { ...cpuSeconds(PROCESSES), client: process.cpuUsage().user / 1e6 + process.cpuUsage().system / 1e6 };
  const readingsAfter = await histograms?.();
  const breakdown = readingsBefore && readingsAfter ? turnBreakdown(readingsBefore, readingsAfter, turns.latencies.length) : undefined;
  for (const failure of [...opens.failures, ...turns.failures].slice(0, 3)) log(`${label}: ${failure}`);
  const cpuMsPerTurn = cpuPerCall(cpuBefore, cpuAfter, turns.latencies.length);
  return {
    opens: figures(opens.latencies, opens.errors, opens.elapsedMs),
    turns: { ...figures(turns.latencies, turns.errors, turns.elapsedMs), cpuMsPerTurn, ...(breakdown ? { breakdown } : {}) },
  };
}

async function compare(
  channel: ChannelClient,
  bare: BareBaseline,
  concurrency: number,
  histograms: { api: () => Promise<Readings>; bare: () => Promise<Readings> },
): Promise<Comparison> {
  // Warm both sides first (JIT, workflow cache, connection pools), then measure bare, API, bare again.
  await measureWarm(channel, bare);
  const bareFirst = await measure(
    concurrency,
    () => bare.open('bare'),
    (id, m, t) => bare.turn(id, m, t),
    `bare${concurrency}`,
    histograms.bare,
  );
  const api = await measure(
    concurrency,
    () => channel.open(),
    async (id, m, t) => void (await channel.turn(id, m, t)),
    `api${concurrency}`,
    histograms.api,
  );
  const commit = await measure(
    concurrency,
    () => bare.open('bareWithCommit'),
    (id, m, t) => bare.turn(id, m, t),
    `commit${concurrency}`,
    histograms.bare,
  );
  return {
    concurrency,
    api,
    bare: bareFirst,
    bareWithCommit: { turns: commit.turns },
    ratios: {
      turnP50: ratio(api.turns.p50Ms, bareFirst.turns.p50Ms),
      turnP99: ratio(api.turns.p99Ms, bareFirst.turns.p99Ms),
      turnThroughput: ratio(api.turns.perSecond, bareFirst.turns.perSecond),
      openThroughput: ratio(api.opens.perSecond, bareFirst.opens.perSecond),
    },
  };
}

async function measureWarm(channel: ChannelClient, bare: BareBaseline): Promise<void> {
  const caseId = await channel.open();
  const wf = await bare.open('bare');
  for (let i = 0; i < 20; i += 1) {
    await channel.turn(caseId, `warm-${i}`, TURN_TEXTS[i % TURN_TEXTS.length] ?? 'ok');
    await bare.turn(wf, `warm-${i}`, 'ok');
  }
}

/** Wall seconds from uploading photos to one case until all are examined (authenticity recorded), and the worker's CPU seconds meanwhile. */
async function examinationSeconds(channel: ChannelClient, photos: Buffer[]): Promise<{ wall: number; workerCpu: number }> {
  const caseId = await channel.open();
  const cpuBefore = cpuSeconds({ worker: PROCESSES.worker })['worker'] ?? 0;
  const started = performance.now();
  const ids = await Promise.all(photos.map((bytes) => channel.upload(caseId, 'voucher:vat_special_invoice', bytes)));
  await waitFor(
    async () => {
      const view = await channel.get<{ state: { evidence: Record<string, { authenticity: unknown; assessment: unknown }> } }>(caseId);
      return ids.every(
        (id) =>
          view.state.evidence[id]?.assessment &&
          view.state.evidence[id]?.authenticity !== undefined &&
          view.state.evidence[id]?.authenticity !== null,
      );
    },
    300_000,
    'examinations',
  );
  const wall = (performance.now() - started) / 1000;
  return { wall, workerCpu: (cpuSeconds({ worker: PROCESSES.worker })['worker'] ?? 0) - cpuBefore };
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

interface UploadFigures {
  oneSeconds: number;
  threeSeconds: number;
  ratio: number;
  /** Worker CPU seconds to examine one photo, and three together. */
  oneCpuSeconds: number;
  threeCpuSeconds: number;
  /** The least `three / one` can be on this machine: three photos' CPU spread over every core, against one photo's wall time. */
  cpuBoundRatio: number;
  cores: number;
  /** Another merchant's turns (one at a time) while nothing is examined, and while three photos are. */
  turnsQuiet: PhaseFigures;
  turnsDuringExamination: PhaseFigures;
}

/** Turns on a case of its own, one after another, until `until` settles; the latencies of those turns. */
async function turnsWhile<T>(channel: ChannelClient, until: Promise<T>): Promise<{ result: T; latencies: number[]; errors: number }> {
  const caseId = await channel.open();
  let settled = false;
  const result = until.finally(() => {
    settled = true;
  });
  const latencies: number[] = [];
  let errors = 0;
  for (let i = 0; !settled; i += 1) {
    const started = performance.now();
    try {
      await channel.turn(caseId, `during-${randomUUID()}`, TURN_TEXTS[i % TURN_TEXTS.length] ?? 'ok');
      latencies.push(performance.now() - started);
    } catch {
      errors += 1;
    }
  }
  return { result: await result, latencies, errors };
}

async function uploads(channel: ChannelClient): Promise<UploadFigures> {
  const photos = await Promise.all(
    [61, 62, 63, 64, 65, 66, 67].map(async (seed) => (await syntheticVoucherPhoto('vat_special_invoice', seed)).jpeg),
  );
  await examinationSeconds(channel, [photos[6] ?? Buffer.alloc(0)]); // loads the OCR models
  const quietCase = await channel.open();
  const one: { wall: number; workerCpu: number }[] = [];
  const three: { wall: number; workerCpu: number }[] = [];
  const during: number[] = [];
  let duringErrors = 0;
  for (let round = 0; round < 2; round += 1) {
    one.push(await examinationSeconds(channel, [photos[round] ?? Buffer.alloc(0)]));
    const examined = await turnsWhile(channel, examinationSeconds(channel, photos.slice(2 + round * 2, 5 + round * 2)));
    three.push(examined.result);
    during.push(...examined.latencies);
    duringErrors += examined.errors;
  }
  const quietStarted = performance.now();
  const quiet = await drive(Math.max(20, during.length), 1, async (i) => {
    await channel.turn(quietCase, `quiet-${i}`, TURN_TEXTS[i % TURN_TEXTS.length] ?? 'ok');
  });
  const median = (values: number[]): number => quantile(values, 0.5);
  const oneSeconds = median(one.map((r) => r.wall));
  const threeSeconds = median(three.map((r) => r.wall));
  const threeCpuSeconds = median(three.map((r) => r.workerCpu));
  const cores = availableParallelism();
  return {
    oneSeconds: round2(oneSeconds),
    threeSeconds: round2(threeSeconds),
    ratio: ratio(threeSeconds, oneSeconds),
    oneCpuSeconds: round2(median(one.map((r) => r.workerCpu))),
    threeCpuSeconds: round2(threeCpuSeconds),
    cpuBoundRatio: ratio(Math.max(oneSeconds, threeCpuSeconds / cores), oneSeconds),
    cores,
    turnsQuiet: figures(quiet.latencies, quiet.errors, performance.now() - quietStarted),
    turnsDuringExamination: figures(
      during,
      duringErrors,
      three.reduce((sum, r) => sum + r.wall * 1000, 0),
    ),
  };
}

function rssMiB(pid: number | undefined): number {
  if (pid === undefined) return 0;
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}

/** Opens IDLE_CASES cases and samples the worker's memory every 1,000 (before any upload loads the OCR models). */
async function idleCases(
  stack: EngineStack,
  channel: ChannelClient,
): Promise<{
  cases: number;
  seconds: number;
  workerRssMiB: number;
  rssSamples: { cases: number; rssMiB: number }[];
  maxCachedWorkflows: number;
}> {
  const started = performance.now();
  const rssSamples = [{ cases: 0, rssMiB: rssMiB(stack.workerPid()) }];
  let opened = 0;
  const run = await drive(IDLE_CASES, 16, async () => {
    await channel.open();
    opened += 1;
    if (opened % 1_000 === 0) rssSamples.push({ cases: opened, rssMiB: rssMiB(stack.workerPid()) });
  });
  for (const failure of run.failures.slice(0, 3)) log(`idle: ${failure}`);
  const seconds = (performance.now() - started) / 1000;
  await new Promise((resolve) => setTimeout(resolve, 10_000));
  const workerRssMiB = rssMiB(stack.workerPid());
  return {
    cases: IDLE_CASES - run.errors,
    seconds: Math.round(seconds),
    workerRssMiB,
    rssSamples,
    maxCachedWorkflows: Number(process.env['TEMPORAL_MAX_CACHED_WORKFLOWS'] ?? 2000),
  };
}

async function main(): Promise<void> {
  const started = Date.now();
  const nodeArgs = (process.env['BENCH_ENGINE_NODE_ARGS'] ?? '').split(' ').filter(Boolean);
  const stack = await EngineStack.start({ log, engineEnv: { VISION_OBJECT_DETECTION: 'off' }, nodeArgs, workerMetrics: true });
  const client = await stack.temporalClient();
  const bare = await BareBaseline.start(client, stack.temporalAddress, await findFreePort());
  const histograms = {
    api: () =>
      readHistograms({
        apiMetricsUrl: `${stack.baseUrl}/metrics`,
        workerMetricsUrl: stack.workerMetricsUrl ?? '',
        taskQueue: 'uplift-cases',
      }),
    bare: () => readHistograms({ workerMetricsUrl: bare.metricsUrl, taskQueue: bare.taskQueue }),
  };
  try {
    const channel = new ChannelClient(stack.baseUrl, await stack.apiKey('bench', 'channel'));
    const comparisons: Comparison[] = [];
    for (const concurrency of [1, 8]) {
      const result = await compare(channel, bare, concurrency, histograms);
      comparisons.push(result);
      log(
        `c=${concurrency} turns  api p50 ${result.api.turns.p50Ms} p95 ${result.api.turns.p95Ms} p99 ${result.api.turns.p99Ms} ms ${result.api.turns.perSecond}/s errors ${result.api.turns.errors} | bare p50 ${result.bare.turns.p50Ms} p95 ${result.bare.turns.p95Ms} p99 ${result.bare.turns.p99Ms} ms ${result.bare.turns.perSecond}/s errors ${result.bare.turns.errors} | bare+commit p50 ${result.bareWithCommit.turns.p50Ms} p99 ${result.bareWithCommit.turns.p99Ms}`,
      );
      log(
        `c=${concurrency} opens  api p50 ${result.api.opens.p50Ms} p99 ${result.api.opens.p99Ms} ms ${result.api.opens.perSecond}/s errors ${result.api.opens.errors} | bare p50 ${result.bare.opens.p50Ms} p99 ${result.bare.opens.p99Ms} ms ${result.bare.opens.perSecond}/s`,
      );
      log(
        `c=${concurrency} CPU ms per turn: api ${JSON.stringify(result.api.turns.cpuMsPerTurn)} | bare ${JSON.stringify(result.bare.turns.cpuMsPerTurn)} | bare+commit ${JSON.stringify(result.bareWithCommit.turns.cpuMsPerTurn)}`,
      );
      for (const [side, phase] of [
        ['API', result.api.turns],
        ['bare', result.bare.turns],
        ['bare+commit', result.bareWithCommit.turns],
      ] as const)
        if (phase.breakdown)
          log(`c=${concurrency} where a ${side} turn's time goes (means): ${describeBreakdown(phase.meanMs, phase.breakdown)}`);
      log(
        `c=${concurrency} ratios api/bare: turn p50 ${result.ratios.turnP50}× p99 ${result.ratios.turnP99}× throughput ${result.ratios.turnThroughput}× (opens ${result.ratios.openThroughput}×)`,
      );
    }
    const idle = IDLE_CASES > 0 ? await idleCases(stack, channel) : null;
    if (idle)
      log(
        `idle: ${idle.cases} open cases in ${idle.seconds} s; worker RSS ${idle.workerRssMiB} MiB (workflow cache ${idle.maxCachedWorkflows}); samples ${idle.rssSamples.map((s) => `${s.cases}:${s.rssMiB}`).join(' ')}`,
      );
    const examination = process.env['BENCH_LOAD_UPLOADS'] === '0' ? null : await uploads(channel);
    const rssWithOcr = rssMiB(stack.workerPid());
    if (examination)
      log(
        `uploads: one ${examination.oneSeconds} s, three together ${examination.threeSeconds} s (${examination.ratio}×); worker CPU one ${examination.oneCpuSeconds} s, three ${examination.threeCpuSeconds} s: on ${examination.cores} cores three cannot take less than ${examination.cpuBoundRatio}× one; worker RSS with the OCR models loaded ${rssWithOcr} MiB`,
      );
    if (examination)
      log(
        `another merchant's turns while three photos are examined: p50 ${examination.turnsDuringExamination.p50Ms} p99 ${examination.turnsDuringExamination.p99Ms} ms (${examination.turnsDuringExamination.calls} turns, ${examination.turnsDuringExamination.errors} errors) | quiet: p50 ${examination.turnsQuiet.p50Ms} p99 ${examination.turnsQuiet.p99Ms} ms`,
      );
    const result = {
      benchmark: 'load',
      date: new Date().toISOString(),
      sizes: { turns: TURNS, opens: OPENS, idleCases: IDLE_CASES },
      comparisons,
      uploads: { ...examination, workerRssWithOcrMiB: rssWithOcr },
      idle,
      seconds: Math.round((Date.now() - started) / 1000),
    };
    await mkdir(join(REPO_ROOT, 'bench', 'results'), { recursive: true });
    await writeFile(join(REPO_ROOT, 'bench', 'results', 'load.json'), `${JSON.stringify(result, null, 2)}\n`);
    log(`done in ${result.seconds} s; wrote bench/results/load.json`);
  } finally {
    await bare.stop();
    await client.connection.close();
    await stack.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`[bench:load] failed: ${(error as Error).stack ?? String(error)}`);
  process.exit(1);
});
