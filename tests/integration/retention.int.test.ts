import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { decideCase, policy } from '@uplift/decision';
import { invoice, licence } from '@uplift/decision/testing';
import { ErrorCode, foldCase, initialCaseState, isDomainError, type CaseEvent } from '@uplift/domain';
import { CaseErasures, CaseQueries, createDataSource, EventStore, runMigrations, type DataSource } from '@uplift/persistence';
import { createTestDatabase, type TestDatabase } from '../support/test-env';

const masterKey = randomBytes(32);
const COMPANY = 'Shunda Logistics Co';
const day = (d: number, minute = 0) => new Date(Date.UTC(2026, 0, d, 9, minute)).toISOString();

/** A decided case on day `d`: a message with a phone number, a licence and an invoice naming the company. */
function decidedCase(caseId: string, d: number): CaseEvent[] {
  const items = [licence(randomUUID(), COMPANY), invoice(randomUUID(), COMPANY, 150_000, '2025-12-05')];
  const events: CaseEvent[] = [
    {
      type: 'CaseOpened',
      occurredAt: day(d),
      data: {
        caseId,
        channel: 'int',
        merchantRef: `ref-${caseId}`,
        currentLimit: 100_000,
        requestedLimit: 200_000,
        industry: 'logistics',
        language: 'en',
      },
    },
    {
      type: 'MerchantMessageReceived',
      occurredAt: day(d, 1),
      data: {
        messageId: `m-${caseId}`,
        text: 'call me on 13800138000, about 450000 a month',
        understanding: { language: 'en', intent: 'provide_info', facts: { monthlyRevenue: 450_000 }, understandingVersion: 'int' },
      },
    },
  ];
  items.forEach((item, i) => {
    events.push({
      type: 'EvidenceSubmitted',
      occurredAt: day(d, 2 + i),
      data: {
        evidenceId: item.evidenceId,
        declared: item.declared,
        mediaType: item.mediaType,
        sizeBytes: item.sizeBytes,
        sha256: item.sha256,
      },
    });
    if (item.recognition)
      events.push({
        type: 'EvidenceRecognised',
        occurredAt: day(d, 2 + i),
        data: { evidenceId: item.evidenceId, recognition: item.recognition },
      });
  });
  const decision = decideCase(foldCase(initialCaseState(caseId), events), {}, policy('1.0.0')).decision;
  return [...events, { type: 'DecisionMade', occurredAt: day(d, 10), data: { decision } }];
}

describe('the retention policy erases closed cases past their period, unless held', () => {
  let db: TestDatabase;
  let ds: DataSource;
  let store: EventStore;
  let erasures: CaseErasures;
  const ids = { old: randomUUID(), held: randomUUID(), recent: randomUUID() };

  before(async () => {
    db = await createTestDatabase('retention');
    await runMigrations(db.url);
    ds = createDataSource({ url: db.url, poolSize: 3 });
    await ds.initialize();
    store = new EventStore(ds, masterKey);
    erasures = new CaseErasures(ds, store);
    for (const [caseId, d] of [
      [ids.old, 1],
      [ids.held, 2],
      [ids.recent, 20],
    ] as const) {
      const events = decidedCase(caseId, d);
      await store.append({ caseId, expectedVersion: 0, events: events.map((event) => ({ eventId: randomUUID(), event })) });
    }
  });
  after(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  test('a hold is placed by reason, refused without one', async () => {
    const hold = await erasures.placeHold(ids.held, '  Litigation 2026-SZ-0142 ', 'k_compliance');
    assert.equal(hold.reason, 'Litigation 2026-SZ-0142');
    await assert.rejects(erasures.placeHold(ids.held, ' ', 'k'), (e: unknown) => isDomainError(e) && e.code === ErrorCode.ValidationFailed);
  });

  test('only the old, unheld case is erased; its personal data is gone, the decision and the chain remain', async () => {
    const now = new Date(Date.UTC(2026, 0, 25));
    const run = await erasures.applyRetention(new Date(Date.UTC(2026, 0, 10)), now);
    assert.deepEqual(run, { erased: [ids.old], held: 1 });
    const queries = new CaseQueries(ds, masterKey);
    const erased = await queries.get(ids.old);
    assert.ok(erased?.erasedAt);
    assert.equal(erased.state.erasure?.reason, 'retention');
    assert.equal(erased.outcome, (await queries.get(ids.held))?.outcome, 'the outcome stays readable');
    const everything = JSON.stringify([
      erased,
      await store.readStream(ids.old),
      await ds.query('SELECT * FROM case_events WHERE case_id = $1', [ids.old]),
    ]);
    for (const personal of ['13800138000', COMPANY]) assert.equal(everything.includes(personal), false, personal);
    const stream = await store.readStream(ids.old);
    assert.equal(stream.at(-1)?.event.type, 'CaseErased');
    assert.deepEqual((await store.verifyChain(ids.old)).ok, true);
    for (const kept of [ids.held, ids.recent]) {
      const record = await queries.get(kept);
      assert.equal(record?.erasedAt, null);
      assert.ok(JSON.stringify(await store.readStream(kept)).includes('13800138000'), 'held and recent cases keep their data');
    }
    assert.deepEqual(await erasures.executionsToDelete(), [ids.old]);
    assert.deepEqual(
      await erasures.applyRetention(new Date(Date.UTC(2026, 0, 10)), now),
      { erased: [], held: 1 },
      'a second run finds nothing new',
    );
  });

  test('a released hold lets the next run erase; an erased case cannot be held', async () => {
    assert.equal(await erasures.releaseHold(ids.held), true);
    assert.equal(await erasures.releaseHold(ids.held), false);
    const run = await erasures.applyRetention(new Date(Date.UTC(2026, 0, 10)), new Date(Date.UTC(2026, 0, 26)));
    assert.deepEqual(run.erased, [ids.held]);
    await assert.rejects(
      erasures.placeHold(ids.held, 'too late', 'k'),
      (e: unknown) => isDomainError(e) && e.code === ErrorCode.CaseErased,
    );
  });
});
