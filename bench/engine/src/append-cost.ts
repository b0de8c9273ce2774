// npm run bench:append: what one turn's commit costs the event store, free of Temporal and the API.
// A durable embedded PostgreSQL (fsync on, as bench:load runs it); CASES cases take TURNS_PER_CASE
// turns each (a merchant message and the assistant's reply, as a turn commits them), interleaved
// across cases. Prints the append's wall time and the client's CPU per turn, the statements it sends
// (BEGIN and COMMIT included) and the read-model state's size at the end; writes bench/results/append.json.
import { randomBytes, randomUUID } from 'node:crypto';
import { chownSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureDatabase, EmbeddedPostgres, findFreePort, postgresAccount } from '@uplift/devstack';
import type { CaseEvent, NewCaseEvent } from '@uplift/domain';
import { createDataSource, EventStore, runMigrations, type DataSource } from '@uplift/persistence';
import { REPO_ROOT } from './stack';
import { quantile } from './stats';

const CASES = Number(process.env['BENCH_APPEND_CASES'] ?? 8);
const TURNS_PER_CASE = Number(process.env['BENCH_APPEND_TURNS'] ?? 50);
const log = (line: string): void => console.log(`[bench:append] ${line}`);

function turnEvents(turn: number, at: string): NewCaseEvent[] {
  const messageId = randomUUID();
  const message: CaseEvent = {
    type: 'MerchantMessageReceived',
    occurredAt: at,
    data: {
      messageId,
      text: `我们一个月流水大概三十万，员工九个人，开了五年了（第${turn}句）`,
      understanding: {
        language: 'zh',
        intent: 'provide_info',
        facts: { monthlyRevenue: 300_000, employees: 9 },
        understandingVersion: 'rules',
      },
    },
  };
  const reply: CaseEvent = {
    type: 'AssistantReplied',
    occurredAt: at,
    data: {
      inReplyTo: messageId,
      action: { kind: 'ask_fact', fact: 'yearsInBusiness' },
      text: '好的，谢谢。请问您的店开了几年了？也可以上传营业执照和近三个月的银行流水。',
      language: 'zh',
      policyVersion: 'policy',
      knowledgeVersion: 'kb',
    },
  };
  return [
    { eventId: randomUUID(), event: message },
    { eventId: randomUUID(), event: reply },
  ];
}

/** Counts the statements every query runner of `ds` sends (the store's transactions run on query runners). */
function countStatements(ds: DataSource): { count: number } {
  const counter = { count: 0 };
  const create = ds.createQueryRunner.bind(ds);
  ds.createQueryRunner = (...args: Parameters<DataSource['createQueryRunner']>) => {
    const runner = create(...args);
    const query = runner.query.bind(runner);
    runner.query = ((...queryArgs: Parameters<typeof query>) => {
      counter.count += 1;
      return query(...queryArgs);
    }) as typeof runner.query;
    return runner;
  };
  return counter;
}

async function main(): Promise<void> {
  const workDir = mkdtempSync(join(tmpdir(), 'uplift-append-'));
  const account = postgresAccount();
  if (account) chownSync(workDir, account.uid, account.gid);
  mkdirSync(join(workDir, 'logs'), { recursive: true });
  const pg = await EmbeddedPostgres.start({
    dataDir: join(workDir, 'pg'),
    port: await findFreePort(),
    superuserPassword: randomBytes(12).toString('hex'),
    logFile: join(workDir, 'logs', 'postgres.log'),
  });
  try {
    await ensureDatabase(pg.superuserUrl('postgres'), 'append_bench');
    const url = pg.superuserUrl('append_bench');
    await runMigrations(url);
    const ds = createDataSource({ url, poolSize: 4, applicationName: 'bench-append' });
    await ds.initialize();
    const store = new EventStore(ds, randomBytes(32));
    const statements = countStatements(ds);
    const t0 = Date.UTC(2026, 10, 2, 9);
    const at = (second: number): string => new Date(t0 + second * 1000).toISOString();
    const versions = new Map<string, number>();
    for (let c = 0; c < CASES; c += 1) {
      const caseId = randomUUID();
      const opened: CaseEvent = {
        type: 'CaseOpened',
        occurredAt: at(0),
        data: {
          caseId,
          channel: 'bench',
          merchantRef: `m-${c}`,
          currentLimit: 50_000,
          requestedLimit: 150_000,
          industry: 'catering',
          language: 'zh',
        },
      };
      versions.set(
        caseId,
        (await store.append({ caseId, expectedVersion: 0, events: [{ eventId: randomUUID(), event: opened }] })).version,
      );
    }
    const wall: number[] = [];
    const cpu: number[] = [];
    const before = statements.count;
    for (let turn = 1; turn <= TURNS_PER_CASE; turn += 1) {
      for (const [caseId, version] of versions) {
        const events = turnEvents(turn, at(turn));
        const started = performance.now();
        const cpuStarted = process.cpuUsage();
        const result = await store.append({ caseId, expectedVersion: version, events });
        const used = process.cpuUsage(cpuStarted);
        wall.push(performance.now() - started);
        cpu.push((used.user + used.system) / 1000);
        versions.set(caseId, result.version);
      }
    }
    const appends = wall.length;
    const [size] = await ds.query<{ state: number; sealed: number }[]>(
      'SELECT avg(length(state::text))::int AS state, avg(length(sealed_state))::int AS sealed FROM cases',
    );
    await ds.destroy();
    const round = (ms: number | undefined): number => Math.round((ms ?? 0) * 100) / 100;
    const result = {
      benchmark: 'append',
      date: new Date().toISOString(),
      cases: CASES,
      turnsPerCase: TURNS_PER_CASE,
      appendMs: { p50: round(quantile(wall, 0.5)), p90: round(quantile(wall, 0.9)), p99: round(quantile(wall, 0.99)) },
      clientCpuMsPerAppend: { p50: round(quantile(cpu, 0.5)), mean: round(cpu.reduce((a, b) => a + b, 0) / appends) },
      statementsPerAppend: round((statements.count - before) / appends),
      readModelBytesAtEnd: size ?? null,
    };
    log(
      `${appends} appends of a turn (2 events) on ${CASES} cases: p50 ${result.appendMs.p50} / p90 ${result.appendMs.p90} / p99 ${result.appendMs.p99} ms; ` +
        `client CPU p50 ${result.clientCpuMsPerAppend.p50} ms; ${result.statementsPerAppend} statements each; ` +
        `read-model state ${size?.state ?? 0} B + sealed ${size?.sealed ?? 0} B at ${TURNS_PER_CASE} turns`,
    );
    await mkdir(join(REPO_ROOT, 'bench', 'results'), { recursive: true });
    await writeFile(join(REPO_ROOT, 'bench', 'results', 'append.json'), `${JSON.stringify(result, null, 2)}\n`);
  } finally {
    await pg.stop();
    rmSync(workDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
