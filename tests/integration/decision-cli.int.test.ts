import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { decideCase, policy } from '@uplift/decision';
import { bankStatement, invoice, licence, vehicleLicence } from '@uplift/decision/testing';
import { backtestPolicy, reevaluateCase } from '@uplift/audit';

import { foldCase, initialCaseState, type CaseEvent, type Decision, type EvidenceItem } from '@uplift/domain';
import { createDataSource, EventStore, runMigrations, type DataSource } from '@uplift/persistence';
import { createTestDatabase, repoRoot, type TestDatabase } from '../support/test-env';

const masterKey = randomBytes(32);
const ring = { current: masterKey, previous: [] };

const M = 'Shunda Logistics Co';
const at = (minute: number) => new Date(Date.UTC(2026, 10, 22, 9, minute, 0)).toISOString();

/** The events of a logistics case up to (not including) its decision. */
function collected(caseId: string, monthlyRevenue: number, items: EvidenceItem[]): CaseEvent[] {
  const events: CaseEvent[] = [
    {
      type: 'CaseOpened',
      occurredAt: at(0),
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
      occurredAt: at(1),
      data: {
        messageId: `m-${caseId}`,
        text: `we run trucks, about ${monthlyRevenue} a month`,
        understanding: {
          language: 'en',
          intent: 'provide_info',
          facts: { industry: 'logistics', monthlyRevenue },
          understandingVersion: 'int',
        },
      },
    },
  ];
  items.forEach((item, i) => {
    const minute = 2 + i;
    events.push({
      type: 'EvidenceSubmitted',
      occurredAt: at(minute),
      data: {
        evidenceId: item.evidenceId,
        declared: item.declared,
        mediaType: item.mediaType,
        sizeBytes: item.sizeBytes,
        sha256: item.sha256,
      },
    });
    if (item.assessment)
      events.push({ type: 'EvidenceAssessed', occurredAt: at(minute), data: { evidenceId: item.evidenceId, assessment: item.assessment } });
    if (item.recognition)
      events.push({
        type: 'EvidenceRecognised',
        occurredAt: at(minute),
        data: { evidenceId: item.evidenceId, recognition: item.recognition },
      });
  });
  return events;
}

const honestEvidence = () => [
  licence(randomUUID(), M),
  invoice(randomUUID(), M, 150_000, '2026-09-05'),
  invoice(randomUUID(), M, 150_000, '2026-10-05'),
  invoice(randomUUID(), M, 150_000, '2026-11-05'),
  bankStatement(randomUUID(), M, 450_000, '2026-08-22', '2026-11-21'),
  vehicleLicence(randomUUID(), '沪A10001'),
  vehicleLicence(randomUUID(), '沪A10002'),
];

describe('decision reevaluate and backtest against PostgreSQL', () => {
  let db: TestDatabase;
  let ds: DataSource;
  const ids = { champion: randomUUID(), legacy: randomUUID(), tampered: randomUUID(), open: randomUUID() };

  async function store(caseId: string, events: CaseEvent[]): Promise<void> {
    await new EventStore(ds, masterKey).append({
      caseId,
      expectedVersion: 0,
      events: events.map((event) => ({ eventId: randomUUID(), event })),
    });
  }
  /** Decides the folded case with a policy version and appends DecisionMade, like the workflow does. */
  function decided(caseId: string, events: CaseEvent[], version: string, edit: (d: Decision) => Decision = (d) => d): CaseEvent[] {
    const state = foldCase(initialCaseState(caseId), events);
    const decision = edit(decideCase(state, {}, policy(version)).decision);
    return [...events, { type: 'DecisionMade', occurredAt: at(30), data: { decision } }];
  }

  before(async () => {
    db = await createTestDatabase('decision_cli');
    await runMigrations(db.url);
    ds = createDataSource({ url: db.url, poolSize: 2, applicationName: 'decision-cli-test' });
    await ds.initialize();
    await store(ids.champion, decided(ids.champion, collected(ids.champion, 150_000, honestEvidence()), '1.0.0'));
    await store(ids.legacy, decided(ids.legacy, collected(ids.legacy, 300_000, honestEvidence()), '0.2.0'));
    await store(
      ids.tampered,
      decided(ids.tampered, collected(ids.tampered, 150_000, honestEvidence()), '1.0.0', (d) => ({
        ...d,
        grantedLimit: d.grantedLimit + 50_000,
      })),
    );
    await store(ids.open, collected(ids.open, 150_000, honestEvidence()));
  });

  after(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  test('given a decision by the champion, when re-evaluated from the event log, then it reproduces exactly', async () => {
    const report = await reevaluateCase(ds, ring, ids.champion);
    assert.equal(report.policyVersion, '1.0.0');
    assert.equal(report.match, true, report.differences.join(','));
  });

  test('given a decision made by retired policy 0.2.0, when re-evaluated, then 0.2.0 runs and reproduces it', async () => {
    const report = await reevaluateCase(ds, ring, ids.legacy);
    assert.equal(report.policyVersion, '0.2.0');
    assert.equal(report.match, true, report.differences.join(','));
  });

  test('given a recorded decision that its policy does not produce, when re-evaluated, then a mismatch on the granted limit', async () => {
    const report = await reevaluateCase(ds, ring, ids.tampered);
    assert.equal(report.match, false);
    assert.deepEqual(report.differences, ['grantedLimit']);
  });

  test('given every stored case, when backtesting the candidate, then each case is counted once in the transitions', async () => {
    const report = await backtestPolicy(ds, ring, '1.1.0-rc.1');
    assert.equal(report.cases, 4);
    assert.equal(report.compared, 3);
    assert.equal(
      Object.values(report.transitions).reduce((a, b) => a + b, 0),
      4,
    );
    assert.ok(Object.keys(report.transitions).some((k) => k.startsWith('none→')));
  });

  test('the CLI exits 0 on a match and 1 on a mismatch', () => {
    const cli = join(repoRoot(), 'apps/devstack/dist/cli.js');
    const run = (caseId: string) =>
      spawnSync(process.execPath, [cli, 'decision', 'reevaluate', '--case', caseId], {
        env: { ...process.env, DATABASE_URL: db.url, UPLIFT_MASTER_KEY: masterKey.toString('base64') },
        encoding: 'utf8',
      });
    const ok = run(ids.champion);
    assert.equal(ok.status, 0, ok.stderr);
    assert.match(ok.stdout, /REPRODUCED \(match\)/);
    const bad = run(ids.tampered);
    assert.equal(bad.status, 1, bad.stderr);
    assert.match(bad.stdout, /MISMATCH/);
    const backtest = spawnSync(process.execPath, [cli, 'decision', 'backtest', '--policy', '1.1.0-rc.1'], {
      env: { ...process.env, DATABASE_URL: db.url, UPLIFT_MASTER_KEY: masterKey.toString('base64') },
      encoding: 'utf8',
    });
    assert.equal(backtest.status, 0, backtest.stderr);
    assert.match(backtest.stdout, /Backtest of policy 1\.1\.0-rc\.1: 4 cases/);
  });
});
