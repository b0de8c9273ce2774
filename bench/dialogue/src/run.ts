import { KNOWLEDGE_BASE_VERSION } from '@uplift/domain';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { DIALOGUE_POLICY_VERSION, UNDERSTANDING_VERSION } from '@uplift/dialogue';
import { ApiBackend, ApiHttp, warmUp } from './api-driver';
import { converse, type Conversation } from './conversation';
import { startEngine } from './infrastructure';
import { summarise, type Summary } from './metrics';
import { personas, type Persona } from './personas';
import { PureBackend } from './pure-backend';
import { corpusFigures } from './corpus';

// Environment: BENCH_DIALOGUE_API=0 skips the API part. Uploads are slow (assessment + OCR: 1.3-2.5 s
// each on 2 idle cores, far more under load), so unless BENCH_DIALOGUE_MAX_UPLOADS fixes a cap per
// conversation, the API part picks the largest cap (at least 1) that keeps it within
// BENCH_DIALOGUE_BUDGET_S (default 660 s, about 12 minutes for the whole run), from the warm-up's
// upload time and the pure run's upload counts. Past the cap the merchant declines further uploads.
// BENCH_DIALOGUE_API_LIMIT runs only the first N conversations through the API (for quick checks).
const DEFAULT_BUDGET_S = 660;
/** API time of a conversation apart from its uploads (open, turns, reading the events), measured ~0.35 s. */
const SECONDS_PER_CONVERSATION = 0.4;
const WARM_UP_TURNS = 12;
const keepTranscript = (i: number) => i % 37 === 0;
const log = (line: string) => console.log(`[bench:dialogue] ${line}`);
const loads = () => loadavg().map((l) => Number(l.toFixed(2)));
const seconds = (ms: number) => Number((ms / 1000).toFixed(1));

function envNumber(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a non-negative number, got "${raw}"`);
  return value;
}

async function runPure(list: Persona[], maxUploads = Number.POSITIVE_INFINITY) {
  const started = Date.now();
  const conversations: Conversation[] = [];
  for (const [i, persona] of list.entries())
    conversations.push(await converse(persona, new PureBackend(persona, maxUploads), keepTranscript(i)));
  return { conversations, figures: { ...summarise(conversations), wallSeconds: seconds(Date.now() - started) } };
}

/** The largest uploads-per-conversation cap (at least 1) whose projected API time fits the budget (Infinity: no cap needed). */
function chooseCap(uploadsPerConversation: number[], secondsPerUpload: number, budgetSeconds: number): number {
  const cost = (cap: number) =>
    uploadsPerConversation.reduce((a, n) => a + SECONDS_PER_CONVERSATION + secondsPerUpload * Math.min(n, cap), 0);
  const most = Math.max(0, ...uploadsPerConversation);
  if (cost(most) <= budgetSeconds) return Number.POSITIVE_INFINITY;
  // At least one upload per conversation, so every conversation exercises the evidence path.
  let cap = 1;
  while (cap < most && cost(cap + 1) <= budgetSeconds) cap += 1;
  return cap;
}

async function runApi(list: Persona[], plannedUploads: number[], fixedCap: number | null, budgetSeconds: number) {
  const engine = await startEngine();
  try {
    const http = new ApiHttp(engine.baseUrl, engine.token);
    const secondsPerUpload = await warmUp(http, list[0] ?? (personas()[0] as Persona), WARM_UP_TURNS);
    const maxUploads = fixedCap ?? chooseCap(plannedUploads, secondsPerUpload, budgetSeconds);
    const planned = plannedUploads.reduce((a, n) => a + n, 0);
    log(
      `warm-up uploads took ${secondsPerUpload.toFixed(2)} s each; ${planned} uploads uncapped ≈ ${Math.round(planned * secondsPerUpload)} s; cap per conversation: ${Number.isFinite(maxUploads) ? maxUploads : 'none'}${fixedCap === null ? ` (budget ${budgetSeconds} s)` : ' (BENCH_DIALOGUE_MAX_UPLOADS)'}`,
    );
    const loadBefore = loads();
    const started = Date.now();
    let uploadMs = 0;
    const conversations: Conversation[] = [];
    for (const [i, persona] of list.entries()) {
      const backend = new ApiBackend(http, persona, maxUploads);
      conversations.push(await converse(persona, backend, keepTranscript(i)));
      uploadMs += backend.uploadMs;
      if ((i + 1) % 28 === 0 || i + 1 === list.length)
        log(`API: ${i + 1}/${list.length} conversations, ${seconds(Date.now() - started)} s`);
    }
    const wallMs = Date.now() - started;
    return {
      ...summarise(conversations),
      wallSeconds: seconds(wallMs),
      uploadAndRecognitionSeconds: seconds(uploadMs),
      uploadCap: {
        maxUploadsPerConversation: Number.isFinite(maxUploads) ? maxUploads : null,
        chosenBy: fixedCap === null ? `budget ${budgetSeconds} s` : 'BENCH_DIALOGUE_MAX_UPLOADS',
        warmUpSecondsPerUpload: Number(secondsPerUpload.toFixed(2)),
        uploadsWithoutCap: planned,
      },
      warmUpTurns: WARM_UP_TURNS,
      machine: { cpus: cpus().length, loadAvgBefore: loadBefore, loadAvgAfter: loads(), node: process.version },
    };
  } finally {
    await engine.stop();
  }
}

type Figures = Summary & { wallSeconds: number };

/** The `api` section of an earlier results file, or a note that the API part has never been measured. */
function previousApiFigures(file: string): unknown {
  if (!existsSync(file)) return { skipped: 'BENCH_DIALOGUE_API=0' };
  const previous = JSON.parse(readFileSync(file, 'utf8')) as { api?: unknown; generatedAt?: string };
  const api = previous.api as { skipped?: string } | undefined;
  return api && !api.skipped ? { ...api, measuredAt: previous.generatedAt } : { skipped: 'BENCH_DIALOGUE_API=0' };
}

function printTable(pure: Figures, api: Figures | null, pureAtCap: Figures | null): void {
  const rows: [string, (s: Figures) => number | string, string][] = [
    ['conversations', (s) => s.conversations, '>= 200'],
    ['slot F1 (micro)', (s) => s.slots.micro.f1, '>= 0.9'],
    ['slot precision / recall', (s) => `${s.slots.micro.precision} / ${s.slots.micro.recall}`, ''],
    ['intent accuracy', (s) => s.intentAccuracy, ''],
    ['mean turns to ready', (s) => s.turnsToReady.mean, '<= 8'],
    ['ready share', (s) => s.turnsToReady.readyShare, ''],
    ['ended with requested evidence', (s) => s.evidence.endedWithRequestedEvidenceShare, ''],
    ['uploads (skipped by cap)', (s) => `${s.evidence.uploads} (${s.evidence.uploadsSkippedByCap})`, ''],
    ['turn latency p50 ms', (s) => s.latencyMs.allTurns.p50, ''],
    ['turn latency p99 ms', (s) => s.latencyMs.allTurns.p99, '<= 200'],
    ['dialogue-turn p99 ms (no decision)', (s) => s.latencyMs.dialogueTurns.p99, ''],
    ['wall time s', (s) => s.wallSeconds, ''],
  ];
  const line = (cells: string[]) =>
    `${cells[0]?.padEnd(36)}${cells
      .slice(1, -1)
      .map((c) => c.padStart(16))
      .join('')}${cells.at(-1)?.padStart(10)}`;
  const columns: [string, Figures | null][] = [
    ['pure', pure],
    ...(pureAtCap ? [['pure @ api cap', pureAtCap] as [string, Figures]] : []),
    ['api', api],
  ];
  console.log(line(['', ...columns.map(([name]) => name), 'goal']));
  for (const [name, get, goal] of rows) console.log(line([name, ...columns.map(([, s]) => (s ? String(get(s)) : '-')), goal]));
}

type CorpusFigures = ReturnType<typeof corpusFigures>;

/** The independent corpora, both splits side by side: dev was tuned against, held-out never looked at. */
function printCorpusTable(corpora: CorpusFigures): void {
  type Split = CorpusFigures[string]['dev'];
  const rows: [string, (s: Split) => number | string, string][] = [
    ['messages', (s) => s.messages.messages, ''],
    ['intent accuracy', (s) => s.messages.intentAccuracy, '>= 0.95'],
    ['slot F1', (s) => s.messages.slotF1, '>= 0.93'],
    ['numbers within ±10%', (s) => s.messages.numbersWithin10Percent, ''],
    ['safety: would propose irreversible', (s) => `${s.safety.wouldPropose}/${s.safety.messages}`, ''],
    ['safety: read as yes to a pending step', (s) => s.safety.irreversibleWithoutConfirmation, '0'],
    ['confirmations: accuracy', (s) => s.confirmations.accuracy, ''],
    ['confirmations: false yes', (s) => s.confirmations.falseYes, '0'],
    ['  … as the engine reads them (named)', (s) => s.confirmations.falseYesAsEngine, '0'],
  ];
  const columns = Object.entries(corpora).flatMap(
    ([name, c]) =>
      [
        [`${name} dev`, c.dev],
        [`${name} held-out`, c.heldout],
      ] as [string, Split][],
  );
  const line = (cells: string[]) =>
    `${cells[0]?.padEnd(40)}${cells
      .slice(1, -1)
      .map((c) => c.padStart(18))
      .join('')}${cells.at(-1)?.padStart(10)}`;
  console.log(line(['independent corpora', ...columns.map(([n]) => n), 'goal']));
  for (const [name, get, goal] of rows) console.log(line([name, ...columns.map(([, s]) => String(get(s))), goal]));
}

async function main(): Promise<void> {
  const startedAt = Date.now();
  const corpora = corpusFigures();
  const all = personas();
  const withApi = process.env['BENCH_DIALOGUE_API'] !== '0';
  const fixedCap = process.env['BENCH_DIALOGUE_MAX_UPLOADS'] ? envNumber('BENCH_DIALOGUE_MAX_UPLOADS', 0) : null;
  const apiList = all.slice(0, envNumber('BENCH_DIALOGUE_API_LIMIT', all.length));

  const { conversations, figures: pure } = await runPure(all);
  log(`pure: ${pure.conversations} conversations in ${pure.wallSeconds} s`);
  const plannedUploads = conversations.slice(0, apiList.length).map((c) => c.uploads);
  const api = withApi ? await runApi(apiList, plannedUploads, fixedCap, envNumber('BENCH_DIALOGUE_BUDGET_S', DEFAULT_BUDGET_S)) : null;
  const cap = api?.uploadCap.maxUploadsPerConversation;
  // The same personas through the pure functions at the API's upload cap: the like-for-like comparison.
  const pureAtApiCap = typeof cap === 'number' ? (await runPure(all, cap)).figures : null;

  const result = {
    generatedBy: 'npm run bench:dialogue',
    generatedAt: new Date().toISOString(),
    totalWallSeconds: seconds(Date.now() - startedAt),
    versions: { understanding: UNDERSTANDING_VERSION, policy: DIALOGUE_POLICY_VERSION, knowledgeBase: KNOWLEDGE_BASE_VERSION },
    definitions: {
      turn: 'one merchant interaction: a message, or an upload answered with evidence feedback',
      readyToDecide:
        'the first turn after which the assistant chooses invite_done; conversations that never get there count their full length',
      endedWithRequestedEvidence:
        'every evidence kind the assistant asked for was uploaded and assessed readable by the end (declined requests count against)',
      slotMatch: 'same slot and value within 2% (counts exact), per merchant message, against the facts the scripted text states',
      latency:
        'message turns only (uploads, assessment and recognition excluded). pure: understand + nextAction + render in-process. api: client-side HTTP round trip of POST /v1/cases/:id/messages (API → Temporal Update → case workflow → PostgreSQL event store → reply), after warm-up; closingTurns are the "done" turns that also run the limit decision',
      pure: 'the dialogue functions with state folded by decide/evolve as the workflow does; uploads assessed by a coin (10% blurry), not recognised',
      api: 'the real engine in-process (embedded PostgreSQL, Temporal dev server, case workers, NestJS API); uploads are synthetic voucher photos (storefront photos for photo classes) through POST /v1/cases/:id/evidence, waited for until assessed and recognised; slots read from MerchantMessageReceived in GET /v1/cases/:id/events',
    },
    corpora,
    pure,
    // Skipping the API part keeps the API figures last measured, rather than erasing them.
    api: api ?? previousApiFigures(join(__dirname, '..', '..', 'results', 'dialogue.json')),
    ...(pureAtApiCap ? { pureAtApiUploadCap: pureAtApiCap } : {}),
  };
  const dir = join(__dirname, '..', '..', 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'dialogue.json'), `${JSON.stringify(result, null, 2)}\n`);
  printTable(pure, api, pureAtApiCap);
  printCorpusTable(corpora);
  log(`wrote bench/results/dialogue.json (total ${result.totalWallSeconds} s)`);
}

main().catch((error: unknown) => {
  console.error(`[bench:dialogue] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
});
