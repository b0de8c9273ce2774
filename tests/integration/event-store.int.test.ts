import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { ErrorCode, isDomainError, type CaseEvent, type NewCaseEvent } from '@uplift/domain';
import { canonicalJson, createDataSource, EventStore, EvidenceVault, runMigrations, type DataSource } from '@uplift/persistence';
import { createTestDatabase } from '../support/test-env';

const masterKey = randomBytes(32);

const GENESIS = '0'.repeat(64);
const t0 = Date.UTC(2026, 10, 2, 9, 0, 0);
const at = (minutes: number): string => new Date(t0 + minutes * 60_000).toISOString();

function event(e: CaseEvent): NewCaseEvent {
  return { eventId: randomUUID(), event: e };
}

function caseOpened(caseId: string, minutes = 0): NewCaseEvent {
  return event({
    type: 'CaseOpened',
    occurredAt: at(minutes),
    data: {
      caseId,
      channel: 'wechat',
      merchantRef: 'merchant-8841',
      currentLimit: 50_000,
      requestedLimit: 150_000,
      industry: 'catering',
      language: 'zh',
    },
  });
}

function merchantMessage(text: string, minutes: number): NewCaseEvent {
  return event({
    type: 'MerchantMessageReceived',
    occurredAt: at(minutes),
    data: {
      messageId: randomUUID(),
      text,
      understanding: {
        language: 'zh',
        intent: 'provide_info',
        facts: { monthlyRevenue: 320_000, employees: 9 },
        understandingVersion: 'rules-2026.11',
      },
    },
  });
}

function reminded(reminder: number, minutes: number): NewCaseEvent {
  return event({ type: 'MerchantReminded', occurredAt: at(minutes), data: { reminder } });
}

async function rejectsWith(promise: Promise<unknown>, code: ErrorCode): Promise<unknown> {
  let caught: unknown;
  await assert.rejects(promise, (error: unknown) => {
    caught = error;
    return isDomainError(error) && error.code === code;
  });
  return caught;
}

void describe('EventStore', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let ds: DataSource;
  let store: EventStore;

  const countRows = async (caseId: string): Promise<number> => {
    const rows = await ds.query<{ n: number }[]>('SELECT count(*)::int AS n FROM case_events WHERE case_id = $1', [caseId]);
    return rows[0]?.n ?? -1;
  };

  before(async () => {
    db = await createTestDatabase('event_store');
    await runMigrations(db.url);
    ds = createDataSource({ url: db.url, poolSize: 10, applicationName: 'event-store-int' });
    await ds.initialize();
    store = new EventStore(ds, masterKey);
  });

  after(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  void test('appends a new stream and reads it back with a linked hash chain', async () => {
    const caseId = 'case-append-read';
    const events = [caseOpened(caseId), merchantMessage('我们是一家火锅店，月营业额大概三十二万', 3)];
    const result = await store.append({ caseId, expectedVersion: 0, events });
    assert.equal(result.version, 2);
    assert.equal(result.replayed, false);

    const stream = await store.readStream(caseId);
    assert.deepEqual(
      stream.map((s) => [s.eventId, s.seq, s.caseId, s.schemaVersion]),
      events.map((e, i) => [e.eventId, i + 1, caseId, 1]),
    );
    assert.deepEqual(
      stream.map((s) => s.event),
      events.map((e) => e.event),
    );
    assert.equal(stream[0]?.prevHash, GENESIS);
    assert.equal(stream[1]?.prevHash, stream[0]?.hash);
    assert.equal(result.lastHash, stream[1]?.hash);
    assert.ok(stream.every((s) => !Number.isNaN(Date.parse(s.recordedAt))));

    // The documented formula, recomputed independently for the first link.
    const first = events[0];
    assert.ok(first);
    const content = canonicalJson({
      eventId: first.eventId,
      caseId,
      seq: 1,
      schemaVersion: 1,
      type: first.event.type,
      occurredAt: first.event.occurredAt,
      data: first.event.data,
      sealed: null,
      chain: 2,
    });
    assert.equal(
      stream[0]?.hash,
      createHash('sha256')
        .update(GENESIS + content)
        .digest('hex'),
    );
  });

  void test('personal data is stored only sealed with the case key; once the key is shredded the erased forms remain and the chain verifies', async () => {
    const caseId = 'case-sealed';
    const personal = '我叫张伟明，身份证11010519491231002X，手机13800138000';
    const events = [caseOpened(caseId), merchantMessage(personal, 1)];
    await store.append({ caseId, expectedVersion: 0, events });
    const rows = await ds.query<{ data: unknown; sealed: Buffer | null; chain_version: number }[]>(
      'SELECT data, sealed, chain_version FROM case_events WHERE case_id = $1 ORDER BY seq',
      [caseId],
    );
    assert.deepEqual(
      rows.map((r) => [r.chain_version, r.sealed === null]),
      [
        [2, true],
        [2, false],
      ],
    );
    const stored = JSON.stringify(rows) + rows.map((r) => r.sealed?.toString('latin1') ?? '').join('');
    for (const value of ['张伟明', '11010519491231002X', '13800138000']) assert.equal(stored.includes(value), false, value);
    const readable = await store.readStream(caseId);
    assert.deepEqual(
      readable.map((e) => e.event),
      events.map((e) => e.event),
    );
    assert.equal(
      readable.some((e) => e.erased),
      false,
    );

    await new EvidenceVault(ds, masterKey).shredCase(caseId);
    const erased = await store.readStream(caseId);
    assert.deepEqual(
      erased.map((e) => e.erased ?? false),
      [false, true],
    );
    const message = erased[1]?.event;
    assert.ok(message?.type === 'MerchantMessageReceived');
    assert.equal(message.data.text, '');
    assert.equal(JSON.stringify(erased).includes('11010519491231002X'), false);
    assert.deepEqual(await store.verifyChain(caseId), { ok: true, checked: 2, brokenAtSeq: null });
    // Appends after erasure keep only the erased form.
    await store.append({ caseId, expectedVersion: 2, events: [merchantMessage('我的电话是13912345678', 3)] });
    const after = await ds.query<{ data: unknown; sealed: Buffer | null }[]>(
      'SELECT data, sealed FROM case_events WHERE case_id = $1 AND seq = 3',
      [caseId],
    );
    assert.equal(after[0]?.sealed, null);
    assert.equal(JSON.stringify(after).includes('13912345678'), false);
    assert.equal((await store.verifyChain(caseId)).ok, true);
  });

  void test('a retried append is a replay and writes nothing, even after the stream moved on', async () => {
    const caseId = 'case-retry';
    const input = { caseId, expectedVersion: 0, events: [caseOpened(caseId), merchantMessage('开了五年了', 1)] };
    const first = await store.append(input);

    const retry = await store.append(input);
    assert.deepEqual(retry, { version: 2, lastHash: first.lastHash, replayed: true });
    assert.equal(await countRows(caseId), 2);

    const third = await store.append({ caseId, expectedVersion: 2, events: [reminded(1, 60)] });
    const lateRetry = await store.append(input);
    assert.deepEqual(lateRetry, { version: 3, lastHash: third.lastHash, replayed: true });
    assert.equal(await countRows(caseId), 3);
  });

  void test('rejects an append at a stale expected version with both versions in the details', async () => {
    const caseId = 'case-stale';
    await store.append({ caseId, expectedVersion: 0, events: [caseOpened(caseId)] });
    const error = await rejectsWith(
      store.append({ caseId, expectedVersion: 0, events: [merchantMessage('你好', 1)] }),
      ErrorCode.ConcurrencyConflict,
    );
    assert.deepEqual((error as { details: unknown }).details, { caseId, expected: 0, actual: 1 });
    await rejectsWith(store.append({ caseId, expectedVersion: 5, events: [merchantMessage('你好', 1)] }), ErrorCode.ConcurrencyConflict);
    assert.equal(await countRows(caseId), 1);
  });

  void test('rejects a partial overlap and a reused event id with different content or position', async () => {
    const caseId = 'case-overlap';
    const opened = caseOpened(caseId);
    const message = merchantMessage('我想提额到十五万', 2);
    await store.append({ caseId, expectedVersion: 0, events: [opened, message] });

    // One event already stored, one new: neither a clean replay nor a clean append.
    await rejectsWith(store.append({ caseId, expectedVersion: 1, events: [message, reminded(1, 30)] }), ErrorCode.ConcurrencyConflict);
    // Same id, different content.
    const altered: NewCaseEvent = { eventId: message.eventId, event: { ...message.event, occurredAt: at(3) } };
    await rejectsWith(store.append({ caseId, expectedVersion: 1, events: [altered] }), ErrorCode.ConcurrencyConflict);
    // Same id and content, different position.
    await rejectsWith(store.append({ caseId, expectedVersion: 0, events: [message] }), ErrorCode.ConcurrencyConflict);
    // Same id in another case.
    await rejectsWith(
      store.append({ caseId: 'case-overlap-other', expectedVersion: 0, events: [{ ...opened }] }),
      ErrorCode.ValidationFailed, // CaseOpened names case-overlap, so it cannot open another stream
    );
    await rejectsWith(
      store.append({ caseId: 'case-overlap-other', expectedVersion: 0, events: [{ eventId: message.eventId, event: message.event }] }),
      ErrorCode.ConcurrencyConflict,
    );
    assert.equal(await countRows(caseId), 2);
    assert.equal(await countRows('case-overlap-other'), 0);
  });

  void test('an empty append is a no-op that reports the current version', async () => {
    const caseId = 'case-empty';
    const none = await store.append({ caseId, expectedVersion: 0, events: [] });
    assert.deepEqual(none, { version: 0, lastHash: GENESIS, replayed: false });
    const opened = await store.append({ caseId, expectedVersion: 0, events: [caseOpened(caseId)] });
    const after = await store.append({ caseId, expectedVersion: 1, events: [] });
    assert.deepEqual(after, { version: 1, lastHash: opened.lastHash, replayed: false });
  });

  void test('validates the input at the storage boundary', async () => {
    const caseId = 'case-validate';
    const bad: NewCaseEvent[][] = [
      [{ eventId: 'not-a-uuid', event: caseOpened(caseId).event }],
      [{ eventId: randomUUID().toUpperCase(), event: caseOpened(caseId).event }],
      [{ eventId: randomUUID(), event: { ...caseOpened(caseId).event, type: 'CaseDeleted' } as unknown as CaseEvent }],
      [{ eventId: randomUUID(), event: { ...caseOpened(caseId).event, occurredAt: '2026-11-02 09:00' } }],
      [{ eventId: randomUUID(), event: { ...caseOpened(caseId).event, occurredAt: '2026-11-02T09:00:00Z' } }],
      [merchantMessage('bad\u0000byte', 1)],
    ];
    const repeated = caseOpened(caseId);
    bad.push([repeated, repeated]);
    for (const events of bad) {
      await rejectsWith(store.append({ caseId, expectedVersion: 0, events }), ErrorCode.ValidationFailed);
    }
    await rejectsWith(store.append({ caseId: 'bad id!', expectedVersion: 0, events: [] }), ErrorCode.ValidationFailed);
    await rejectsWith(store.append({ caseId, expectedVersion: -1, events: [] }), ErrorCode.ValidationFailed);
    assert.equal(await countRows(caseId), 0);
  });

  void test('100 concurrent appends at the same expected version: exactly one wins', async () => {
    const caseId = 'case-race';
    const contenders = Array.from({ length: 100 }, () => caseOpened(caseId));
    const results = await Promise.allSettled(contenders.map((opened) => store.append({ caseId, expectedVersion: 0, events: [opened] })));
    const winners = results.flatMap((r, i) => (r.status === 'fulfilled' ? [{ result: r.value, event: contenders[i] }] : []));
    const losers = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    assert.equal(winners.length, 1);
    assert.equal(losers.length, 99);
    for (const loser of losers) {
      assert.ok(isDomainError(loser.reason) && loser.reason.code === ErrorCode.ConcurrencyConflict, String(loser.reason));
    }
    assert.deepEqual(winners[0]?.result, { version: 1, lastHash: winners[0]?.result.lastHash, replayed: false });
    const stream = await store.readStream(caseId);
    assert.equal(stream.length, 1);
    assert.equal(stream[0]?.eventId, winners[0]?.event?.eventId);
  });

  void test('a retry racing its own original attempt resolves as a replay, not a conflict', async () => {
    const caseId = 'case-self-race';
    const input = { caseId, expectedVersion: 0, events: [caseOpened(caseId)] };
    const results = await Promise.all(Array.from({ length: 8 }, () => store.append(input)));
    assert.equal(results.filter((r) => !r.replayed).length, 1);
    assert.ok(results.every((r) => r.version === 1));
    assert.equal(await countRows(caseId), 1);
  });

  void test('awkward numbers and text survive the jsonb round trip with the chain intact', async () => {
    const caseId = 'case-roundtrip';
    const evidenceId = randomUUID();
    const assessed: NewCaseEvent = event({
      type: 'EvidenceAssessed',
      occurredAt: at(7),
      data: {
        evidenceId,
        assessment: {
          verdict: 'unreadable',
          problems: ['BLURRY', 'TOO_DARK'],
          format: 'webp',
          width: 4032,
          height: 3024,
          pages: null,
          sharpness: 0.1 + 0.2,
          brightness: 1e-7,
          textCharacters: 1e21,
          methodVersion: 'vision "β" \\ 😀 \u2028',
        },
      },
    });
    await store.append({
      caseId,
      expectedVersion: 0,
      events: [caseOpened(caseId), merchantMessage('营业额：¥1,234,567.89 😀', 1), assessed],
    });
    const stream = await store.readStream(caseId);
    assert.deepEqual(stream[2]?.event, assessed.event);
    assert.deepEqual(await store.verifyChain(caseId), { ok: true, checked: 3, brokenAtSeq: null });
  });

  void test('verifyChain passes on an intact stream and finds a row edited behind the trigger', async () => {
    const caseId = 'case-tamper';
    await store.append({ caseId, expectedVersion: 0, events: [caseOpened(caseId), merchantMessage('月流水三十万', 1)] });
    await store.append({ caseId, expectedVersion: 2, events: [reminded(1, 90), reminded(2, 180)] });
    assert.deepEqual(await store.verifyChain(caseId), { ok: true, checked: 4, brokenAtSeq: null });
    assert.deepEqual(await store.verifyChain('case-never-seen'), { ok: true, checked: 0, brokenAtSeq: null });

    // Only a superuser or the owner can do this, and only by visibly switching the guard off.
    await ds.query('ALTER TABLE case_events DISABLE TRIGGER USER');
    try {
      await ds.query(
        `UPDATE case_events SET data = jsonb_set(data, '{understanding,facts,monthlyRevenue}', '3200000')
         WHERE case_id = $1 AND seq = 2`,
        [caseId],
      );
    } finally {
      await ds.query('ALTER TABLE case_events ENABLE TRIGGER USER');
    }
    assert.deepEqual(await store.verifyChain(caseId), { ok: false, checked: 2, brokenAtSeq: 2 });
  });
});
