import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import { ErrorCode, foldCase, initialCaseState, isDomainError, type CaseEvent, type Decision, type IndustryId } from '@uplift/domain';
import {
  CaseQueries,
  createDataSource,
  EventStore,
  rebuildReadModel,
  runMigrations,
  type CaseRecord,
  type DataSource,
} from '@uplift/persistence';
import { createTestDatabase } from '../support/test-env';

const masterKey = randomBytes(32);

const day = Date.UTC(2026, 10, 4, 0, 0, 0);
const at = (minutes: number): string => new Date(day + minutes * 60_000).toISOString();

interface CaseScript {
  caseId: string;
  channel: string;
  industry: IndustryId | null;
  openedAtMinute: number;
  ending: 'open' | 'decided' | 'abandoned';
}

const decision: Decision = {
  outcome: 'partial',
  currentLimit: 50_000,
  requestedLimit: 150_000,
  grantedLimit: 90_000,
  uplift: 40_000,
  reasons: [{ code: 'REVENUE_VERIFIED', params: { monthlyRevenue: 320_000, creditToRevenue: 0.12 } }],
  policyVersion: 'limits-2026.11',
};

/** A realistic conversation: open, a message, a reply asking for evidence, the upload, its assessment, an ending. */
function conversation(s: CaseScript): CaseEvent[][] {
  const m = s.openedAtMinute;
  const messageId = `msg-${s.caseId}`;
  const evidenceId = randomUUID();
  const batches: CaseEvent[][] = [
    [
      {
        type: 'CaseOpened',
        occurredAt: at(m),
        data: {
          caseId: s.caseId,
          channel: s.channel,
          merchantRef: `ref-${s.caseId}`,
          currentLimit: 50_000,
          requestedLimit: 150_000,
          industry: s.industry,
          language: 'zh',
        },
      },
    ],
    [
      {
        type: 'MerchantMessageReceived',
        occurredAt: at(m + 1),
        data: {
          messageId,
          text: '我们做物流，有六辆重卡，月收入大概四十万',
          understanding: {
            language: 'zh',
            intent: 'provide_info',
            facts: { industry: 'logistics', vehicles: 6, monthlyRevenue: 400_000 },
            understandingVersion: 'rules-2026.11',
          },
        },
      },
      {
        type: 'AssistantReplied',
        occurredAt: at(m + 1),
        data: {
          inReplyTo: messageId,
          action: { kind: 'request_evidence', evidence: { kind: 'voucher', type: 'vehicle_licence' } },
          text: '请上传车辆行驶证照片',
          language: 'zh',
          policyVersion: 'dialogue-2026.11',
          knowledgeVersion: 'kb-2026.11',
        },
      },
    ],
    [
      {
        type: 'EvidenceSubmitted',
        occurredAt: at(m + 5),
        data: {
          evidenceId,
          declared: { kind: 'voucher', type: 'vehicle_licence' },
          mediaType: 'image/jpeg',
          sizeBytes: 482_113,
          sha256: 'ab'.repeat(32),
        },
      },
      {
        type: 'EvidenceAssessed',
        occurredAt: at(m + 6),
        data: {
          evidenceId,
          assessment: {
            verdict: 'readable',
            problems: [],
            format: 'jpeg',
            width: 1600,
            height: 1200,
            pages: null,
            sharpness: 0.81,
            brightness: 0.52,
            textCharacters: 212,
            methodVersion: 'vision-2026.11',
          },
        },
      },
    ],
  ];
  if (s.ending === 'decided') batches.push([{ type: 'DecisionMade', occurredAt: at(m + 30), data: { decision } }]);
  if (s.ending === 'abandoned') {
    batches.push([{ type: 'MerchantReminded', occurredAt: at(m + 60 * 24), data: { reminder: 1 } }]);
    batches.push([{ type: 'CaseAbandoned', occurredAt: at(m + 60 * 72), data: { reason: 'inactivity' } }]);
  }
  return batches;
}

const scripts: CaseScript[] = [
  { caseId: 'rm-a', channel: 'wechat', industry: 'catering', openedAtMinute: 10, ending: 'decided' },
  { caseId: 'rm-b', channel: 'wechat', industry: null, openedAtMinute: 20, ending: 'open' },
  { caseId: 'rm-c', channel: 'alipay', industry: 'logistics', openedAtMinute: 20, ending: 'abandoned' },
  { caseId: 'rm-d', channel: 'alipay', industry: 'retail', openedAtMinute: 30, ending: 'open' },
  { caseId: 'rm-e', channel: 'wechat', industry: 'retail', openedAtMinute: 40, ending: 'open' },
  { caseId: 'rm-f', channel: 'wechat', industry: 'catering', openedAtMinute: 20, ending: 'decided' },
];

/** Expected list order: opened_at desc, then case_id desc. */
const newestFirst = (a: CaseScript, b: CaseScript): number => b.openedAtMinute - a.openedAtMinute || (a.caseId < b.caseId ? 1 : -1);

void describe('case read model', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let ds: DataSource;
  let store: EventStore;
  let queries: CaseQueries;

  const snapshot = async (): Promise<unknown[]> => await ds.query<unknown[]>('SELECT * FROM cases ORDER BY case_id');

  const listAll = async (filter: { channel?: string; status?: string }, limit: number): Promise<CaseRecord[]> => {
    const items: CaseRecord[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 20; page += 1) {
      const result = await queries.list({ ...filter, limit, ...(cursor ? { cursor } : {}) });
      assert.ok(result.items.length <= limit);
      items.push(...result.items);
      if (result.nextCursor === null) return items;
      cursor = result.nextCursor;
    }
    throw new Error('paging did not end');
  };

  before(async () => {
    db = await createTestDatabase('read_model');
    await runMigrations(db.url);
    ds = createDataSource({ url: db.url });
    await ds.initialize();
    store = new EventStore(ds, masterKey);
    queries = new CaseQueries(ds, masterKey);
    for (const script of scripts) {
      let version = 0;
      for (const batch of conversation(script)) {
        const events = batch.map((event) => ({ eventId: randomUUID(), event }));
        version = (await store.append({ caseId: script.caseId, expectedVersion: version, events })).version;
      }
    }
  });

  after(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  void test('each row equals the fold of its stored stream', async () => {
    for (const script of scripts) {
      const stream = await store.readStream(script.caseId);
      const folded = foldCase(
        initialCaseState(script.caseId),
        stream.map((s) => s.event),
      );
      const record = await queries.get(script.caseId);
      assert.ok(record, script.caseId);
      assert.deepEqual(record.state, folded);
      assert.deepEqual(
        {
          caseId: record.caseId,
          channel: record.channel,
          merchantRef: record.merchantRef,
          status: record.status,
          industry: record.industry,
          language: record.language,
          currentLimit: record.currentLimit,
          requestedLimit: record.requestedLimit,
          grantedLimit: record.grantedLimit,
          outcome: record.outcome,
          version: record.version,
          openedAt: record.openedAt,
          updatedAt: record.updatedAt,
          closedAt: record.closedAt,
        },
        {
          caseId: folded.caseId,
          channel: folded.channel,
          merchantRef: folded.merchantRef,
          status: folded.status,
          industry: folded.industry,
          language: folded.language,
          currentLimit: folded.currentLimit,
          requestedLimit: folded.requestedLimit,
          grantedLimit: folded.decision?.grantedLimit ?? null,
          outcome: folded.decision?.outcome ?? null,
          version: stream.length,
          openedAt: folded.openedAt,
          updatedAt: folded.updatedAt,
          closedAt: folded.closedAt,
        },
      );
    }
    const decided = await queries.get('rm-a');
    assert.equal(decided?.grantedLimit, 90_000);
    assert.equal(decided?.outcome, 'partial');
    assert.equal(decided?.status, 'decided');
    assert.equal(decided?.industry, 'logistics'); // stated by the merchant after opening as catering
    assert.equal((await queries.get('rm-c'))?.closedAt, at(20 + 60 * 72));
    assert.equal(await queries.get('rm-unknown'), null);
  });

  void test('a rebuild from the event log reproduces the incremental projection exactly', async () => {
    const before = await snapshot();
    assert.equal(before.length, scripts.length);
    const totalEvents = scripts.reduce((n, s) => n + conversation(s).flat().length, 0);
    assert.deepEqual(await rebuildReadModel(ds, { current: masterKey, previous: [] }), { cases: scripts.length, events: totalEvents });
    assert.deepEqual(await snapshot(), before);
  });

  void test('a rebuild repairs a damaged read model', async () => {
    const before = await snapshot();
    await ds.query(`DELETE FROM cases WHERE case_id = 'rm-b'`);
    await ds.query(`UPDATE cases SET status = 'decided', version = 1 WHERE case_id = 'rm-d'`);
    await ds.query(
      `INSERT INTO cases SELECT 'rm-ghost', channel, merchant_ref, status, industry, language, current_limit,
         requested_limit, granted_limit, outcome, version, opened_at, updated_at, closed_at, state
       FROM cases WHERE case_id = 'rm-a'`,
    );
    await rebuildReadModel(ds, { current: masterKey, previous: [] });
    assert.deepEqual(await snapshot(), before);
  });

  void test('the incremental projector recovers from a stale row by refolding the stream', async () => {
    const caseId = 'rm-e';
    const before = await queries.get(caseId);
    assert.ok(before);
    await ds.query(`UPDATE cases SET state = jsonb_set(state, '{version}', '1') WHERE case_id = $1`, [caseId]);
    const reminder: CaseEvent = { type: 'MerchantReminded', occurredAt: at(500), data: { reminder: 1 } };
    await store.append({ caseId, expectedVersion: before.version, events: [{ eventId: randomUUID(), event: reminder }] });
    const stream = await store.readStream(caseId);
    assert.deepEqual(
      (await queries.get(caseId))?.state,
      foldCase(
        initialCaseState(caseId),
        stream.map((s) => s.event),
      ),
    );
    const projected = await snapshot();
    await rebuildReadModel(ds, { current: masterKey, previous: [] });
    assert.deepEqual(await snapshot(), projected);
  });

  void test('lists newest first and pages with a cursor through every case exactly once', async () => {
    const expected = [...scripts].sort(newestFirst).map((s) => s.caseId);
    for (const limit of [1, 2, 4, 6, 50]) {
      assert.deepEqual(
        (await listAll({}, limit)).map((r) => r.caseId),
        expected,
        `limit ${limit}`,
      );
    }
    const full = await queries.list({ limit: 6 });
    assert.equal(full.nextCursor, null);
    assert.equal(full.items.length, 6);
  });

  void test('filters by channel and status, also across pages', async () => {
    const wechat = [...scripts]
      .filter((s) => s.channel === 'wechat')
      .sort(newestFirst)
      .map((s) => s.caseId);
    assert.deepEqual(
      (await listAll({ channel: 'wechat' }, 2)).map((r) => r.caseId),
      wechat,
    );
    const open = [...scripts]
      .filter((s) => s.ending === 'open')
      .sort(newestFirst)
      .map((s) => s.caseId);
    assert.deepEqual(
      (await listAll({ status: 'collecting' }, 1)).map((r) => r.caseId),
      open,
    );
    assert.deepEqual(
      (await listAll({ channel: 'alipay', status: 'abandoned' }, 5)).map((r) => r.caseId),
      ['rm-c'],
    );
    assert.deepEqual(await queries.list({ channel: 'nobody', limit: 5 }), { items: [], nextCursor: null });
  });

  void test('rejects a forged cursor and an out-of-range limit', async () => {
    const isValidationFailure = (error: unknown) => isDomainError(error) && error.code === ErrorCode.ValidationFailed;
    const forged = [
      'not base64!',
      Buffer.from('{"o":"yesterday","c":"rm-a"}').toString('base64url'),
      Buffer.from('[]').toString('base64url'),
      Buffer.from('garbage').toString('base64url'),
    ];
    for (const cursor of forged) await assert.rejects(queries.list({ limit: 2, cursor }), isValidationFailure, cursor);
    for (const limit of [0, -1, 1.5, 10_000]) await assert.rejects(queries.list({ limit }), isValidationFailure);
  });
});
