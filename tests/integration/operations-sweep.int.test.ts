import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { INestApplication } from '@nestjs/common';
import { CaseOperations } from '@uplift/persistence';
import { findStuckCases } from '@uplift/temporal';
import { createOperationsActivities } from '@uplift/worker';
import { startApi } from '../support/api-harness';
import { openCase, submitEvidence } from '../support/case-driver';
import { createEngineHarness, eventually, type EngineHarness } from '../support/engine-harness';
import { darkPhoto, documentPhoto } from '../support/evidence-fixtures';
import type { apiClient } from '../support/http-client';

let h: EngineHarness;
let app: INestApplication;
let operator: ReturnType<typeof apiClient>;
let channel: ReturnType<typeof apiClient>;

before(async () => {
  // An asset-model server that is down: examining a shop photo keeps failing, retryably.
  h = await createEngineHarness('stuck', { VISION_EXTERNAL_MODEL_URL: 'http://127.0.0.1:9/model', OPERATIONS_STUCK_ATTEMPTS: '2' });
  await h.startWorkers();
  const http = await startApi(h);
  app = http.app;
  operator = (await http.client('ops', 'operator', 'on call')).api;
  channel = (await http.client('test', 'channel', 'app')).api;
});
after(async () => {
  await app?.close();
  await h?.stop();
});

test('a case whose examination keeps failing is found by the sweep, shown on the case and listed for operators', async () => {
  const { caseId } = await openCase(h, { language: 'en' });
  await submitEvidence(h, caseId, await documentPhoto({ seed: 5 }), { kind: 'photo', class: 'storefront' }, 'image/jpeg');
  const unrelated = await openCase(h, { language: 'en' });
  await submitEvidence(h, unrelated.caseId, await darkPhoto(), { kind: 'photo', class: 'storefront' }, 'image/jpeg');

  const finding = await eventually(
    async () => {
      const found = await findStuckCases(h.client, { activityAttempts: 2 }, h.codecs);
      return found.find((f) => f.caseId === caseId);
    },
    90_000,
    'the sweep to find the retrying examination',
  );
  assert.equal(finding.problem, 'activity_retrying');
  assert.equal(finding.detail.activityType, 'examineEvidence');
  assert.match(finding.detail.lastFailure, /external model server/);

  const sweep = createOperationsActivities({
    client: h.client,
    operations: new CaseOperations(h.dataSource),
    thresholds: { activityAttempts: 2 },
    codecs: h.codecs,
  });
  assert.ok((await sweep.sweepStuckCases()).stuck >= 1);
  const listed = await operator.get<{ items: { caseId: string; problem: string; detail: { lastFailure: string } }[] }>(
    '/v1/operations/stuck',
  );
  assert.equal(listed.status, 200, JSON.stringify(listed.body));
  assert.ok(listed.body.items.some((i) => i.caseId === caseId && i.problem === 'activity_retrying'));
  assert.ok(!listed.body.items.some((i) => i.caseId === unrelated.caseId), 'a case that goes on is not listed');
  const view = await operator.get<{ operations: { problem: string } | null }>(`/v1/cases/${caseId}`);
  assert.equal(view.body.operations?.problem, 'activity_retrying');
  assert.equal((await operator.get<{ operations: unknown }>(`/v1/cases/${unrelated.caseId}`)).body.operations, null);
  assert.equal((await channel.get('/v1/operations/stuck')).status, 403);

  // Once it goes on again (here: the sweep no longer finds it), it leaves the list.
  await new CaseOperations(h.dataSource).replace([], new Date());
  assert.deepEqual((await operator.get<{ items: unknown[] }>('/v1/operations/stuck')).body.items, []);
});
