// npm run bench:chaos: a mixed load (opens, bursts of concurrent turns on one case, uploads,
// submissions, reviews) on an engine of real processes, while the worker is killed with SIGKILL at
// random moments, the Temporal dev server is restarted and PostgreSQL is stopped for 20 s. Then every
// case is checked (case-checks.ts). Prints the figures, writes bench/results/chaos.json, and exits 1
// when any promise was broken. Length: BENCH_CHAOS_SECONDS (default 240); lanes: BENCH_CHAOS_LANES.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { syntheticVoucherPhoto } from '@uplift/evidence-synth';
import type { DataSource } from '@uplift/persistence';
import { ChannelClient, TURN_TEXTS } from './api-client';
import { checkCase, type Acknowledged, type CaseVerdict } from './case-checks';
import { ResilientCaller, type CallTally } from './resilient-caller';
import { FaultSchedule, type FaultRecord } from './faults';
import { EngineStack, REPO_ROOT, waitFor } from './stack';

const SECONDS = Number(process.env['BENCH_CHAOS_SECONDS'] ?? 240);
const LANES = Number(process.env['BENCH_CHAOS_LANES'] ?? 4);
const log = (line: string): void => console.log(`[bench:chaos] ${line}`);

/** One merchant's case, driven through the API as a chat channel would. */
async function merchant(
  lane: number,
  round: number,
  api: ResilientCaller,
  photos: Buffer[],
  acknowledged: Map<string, Acknowledged>,
): Promise<void> {
  const tag = `l${lane}r${round}`;
  const caseId = await api.run('open', (c) => c.open('zh', `chaos-${tag}`));
  const ack: Acknowledged = { messages: new Set(), uploads: new Set() };
  acknowledged.set(caseId, ack);
  const say = async (n: number) => {
    await api.run('turn', (c) => c.turn(caseId, `${tag}-m${n}`, TURN_TEXTS[n % TURN_TEXTS.length] ?? 'ok'));
    ack.messages.add(`${tag}-m${n}`);
  };
  // A burst of concurrent turns on the same case (quick successive messages, a double tap).
  await Promise.all([0, 1, 2, 3, 4, 0].map(say));
  const uploads = await Promise.all(
    photos.slice(0, 1 + (round % 2)).map((bytes) => api.run('upload', (c) => c.upload(caseId, 'voucher:vat_special_invoice', bytes))),
  );
  for (const id of uploads) ack.uploads.add(id);
  await Promise.all([5, 6].map(say));
  if (round % 3 === 2) return; // left open: a merchant who wanders off
  const reply = await api.run('submit', (c) =>
    c.call<{ status: string }>('POST', `/v1/cases/${caseId}/submit`, { actionId: `${tag}-submit` }),
  );
  if (reply.status === 'in_review') {
    await api.reviewer('review', (c) =>
      c.call('POST', `/v1/cases/${caseId}/review`, { outcome: 'declined', grantedLimit: 100_000, note: 'chaos review' }),
    );
  }
}

async function main(): Promise<void> {
  const started = Date.now();
  const stack = await EngineStack.start({ log, engineEnv: { VISION_OBJECT_DETECTION: 'off' } });
  const temporal = await stack.temporalClient();
  const faults = new FaultSchedule(stack, SECONDS * 1000, log);
  const acknowledged = new Map<string, Acknowledged>();
  try {
    const channel = new ChannelClient(stack.baseUrl, await stack.apiKey('chaos', 'channel'));
    const reviewer = new ChannelClient(stack.baseUrl, await stack.apiKey('chaos', 'reviewer'));
    const api = new ResilientCaller(channel, reviewer);
    const photos = await Promise.all([71, 72].map(async (seed) => (await syntheticVoucherPhoto('vat_special_invoice', seed)).jpeg));
    const deadline = Date.now() + SECONDS * 1000;
    const injecting = faults.run();
    const lanes = Array.from({ length: LANES }, async (_, lane) => {
      for (let round = 0; Date.now() < deadline; round += 1) await merchant(lane, round, api, photos, acknowledged);
    });
    await Promise.all([...lanes, injecting]);
    log(`load done: ${acknowledged.size} cases; waiting for uploads to be examined`);
    await waitFor(async () => allExamined(await stack.db(), [...acknowledged.keys()]), 600_000, 'every upload examined').catch(
      (error: unknown) => log((error as Error).message),
    );

    const ds = await stack.db();
    const verdicts: CaseVerdict[] = [];
    for (const [caseId, ack] of acknowledged) verdicts.push(await checkCase(ds, stack.masterKey, temporal, caseId, ack));
    const broken = verdicts.filter((v) => v.problems.length > 0);
    const tally: CallTally = api.tally;
    const result = {
      benchmark: 'chaos',
      date: new Date().toISOString(),
      seconds: Math.round((Date.now() - started) / 1000),
      loadSeconds: SECONDS,
      lanes: LANES,
      faults: faults.records satisfies FaultRecord[],
      calls: tally,
      cases: {
        total: verdicts.length,
        running: verdicts.filter((v) => v.workflowStatus === 'RUNNING').length,
        completed: verdicts.filter((v) => v.workflowStatus === 'COMPLETED').length,
        failed: verdicts.filter((v) => !['RUNNING', 'COMPLETED'].includes(v.workflowStatus)).length,
        events: verdicts.reduce((n, v) => n + v.events, 0),
        replayed: verdicts.filter((v) => v.replay === 'pass').length,
        replayMismatches: verdicts.filter((v) => v.replay === 'fail').length,
        acknowledgedMessages: [...acknowledged.values()].reduce((n, a) => n + a.messages.size, 0),
        acknowledgedUploads: [...acknowledged.values()].reduce((n, a) => n + a.uploads.size, 0),
      },
      broken: broken.map((v) => ({ caseId: v.caseId, problems: v.problems })),
      ok: broken.length === 0 && tally.serverErrors === 0 && tally.connectionErrors === 0 && tally.gaveUp === 0,
    };
    await mkdir(join(REPO_ROOT, 'bench', 'results'), { recursive: true });
    await writeFile(join(REPO_ROOT, 'bench', 'results', 'chaos.json'), `${JSON.stringify(result, null, 2)}\n`);
    log(`faults: ${faults.records.map((f) => `${f.fault}@${f.atSeconds}s`).join(', ')}`);
    log(
      `calls: ${tally.ok} ok, ${tally.unavailable} answered 503 with Retry-After then retried, ${tally.connectionErrors} connection errors then retried, ${tally.serverErrors} other 5xx, ${tally.clientErrors} 4xx, ${tally.gaveUp} gave up`,
    );
    log(
      `cases: ${result.cases.total} (${result.cases.running} running, ${result.cases.completed} completed, ${result.cases.failed} failed); ${result.cases.events} events; ${result.cases.acknowledgedMessages} acknowledged messages, ${result.cases.acknowledgedUploads} uploads`,
    );
    log(
      `replay: ${result.cases.replayed} case histories replayed against the current workflow code, ${result.cases.replayMismatches} mismatches`,
    );
    for (const v of broken.slice(0, 10)) log(`BROKEN ${v.caseId}: ${v.problems.join('; ')}`);
    log(`${result.ok ? 'every promise kept' : 'PROMISES BROKEN'}; ${result.seconds} s; wrote bench/results/chaos.json`);
    process.exitCode = result.ok ? 0 : 1;
  } finally {
    await temporal.connection.close();
    await stack.stop();
  }
}

/** True once every upload of these cases has an assessment. */
async function allExamined(ds: DataSource, caseIds: string[]): Promise<boolean> {
  const rows = await ds.query<{ pending: string }[]>(
    `SELECT count(*) AS pending FROM cases c, jsonb_each(c.state->'evidence') e WHERE c.case_id = ANY($1::text[]) AND e.value->'assessment' = 'null'::jsonb AND c.status <> 'withdrawn'`,
    [caseIds],
  );
  return Number(rows[0]?.pending ?? 1) === 0;
}

main().catch((error: unknown) => {
  console.error(`[bench:chaos] failed: ${(error as Error).stack ?? String(error)}`);
  process.exit(1);
});
