import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { EventStore } from '@uplift/persistence';
import { caseStateQuery } from '@uplift/workflows';
import { act, openCase, say, submitEvidence } from '../support/case-driver';
import { createEngineHarness, eventually, type EngineHarness } from '../support/engine-harness';
import { syntheticVoucherPhoto } from '@uplift/evidence-synth';
import { startWorkerProcess, type WorkerProcess } from '../support/worker-process';

let h: EngineHarness;
let worker: WorkerProcess | undefined;

before(async () => {
  h = await createEngineHarness('crash');
});
after(async () => {
  if (worker && worker.child.exitCode === null) {
    worker.child.kill('SIGTERM');
    await worker.exited;
  }
  await h.stop();
});

test('kill -9 of the worker mid-case: after a restart the case finishes with no duplicated event', async () => {
  worker = startWorkerProcess(h);
  await worker.ready;
  const { caseId, handle } = await openCase(h, { industry: 'logistics', language: 'en' });
  await say(handle, 'Our monthly revenue is about 400k and we run six trucks');
  const licence = await submitEvidence(
    h,
    caseId,
    (await syntheticVoucherPhoto('road_transport_operating_licence', 3)).jpeg,
    { kind: 'voucher', type: 'road_transport_operating_licence' },
    'image/jpeg',
  );
  const invoice = await submitEvidence(
    h,
    caseId,
    (await syntheticVoucherPhoto('vat_special_invoice', 3)).jpeg,
    { kind: 'voucher', type: 'vat_special_invoice' },
    'image/jpeg',
  );

  // Kill the worker while the uploads are being processed and before the merchant is done.
  worker.child.kill('SIGKILL');
  assert.equal(await worker.exited, null);
  const done = act(handle, 'submit');

  worker = startWorkerProcess(h);
  await worker.ready;
  const reply = await done;
  assert.equal(reply.status, 'decided');
  assert.ok(reply.decision, 'the decision is in the reply');
  assert.ok(reply.decision.reasons.length > 0);

  const result = await handle.result();
  assert.equal(result.status, 'decided');
  const state = await eventually(async () => {
    const s = await handle.query(caseStateQuery);
    return s.status === 'decided' ? s : undefined;
  });
  assert.equal(state.evidence[licence]?.assessment?.verdict, 'readable');
  assert.equal(state.evidence[invoice]?.assessment?.verdict, 'readable');

  const store = new EventStore(h.dataSource, h.masterKey);
  const events = await store.readStream(caseId);
  assert.deepEqual(
    events.map((e) => e.seq),
    events.map((_, i) => i + 1),
    'gap-free sequence',
  );
  assert.equal(new Set(events.map((e) => e.eventId)).size, events.length, 'no event id twice');
  const count = (type: string) => events.filter((e) => e.event.type === type).length;
  assert.equal(count('CaseOpened'), 1);
  assert.equal(count('EvidenceSubmitted'), 2);
  assert.equal(count('EvidenceAssessed'), 2);
  assert.equal(count('EvidenceRecognised'), 2);
  assert.equal(count('AuthenticityChecked'), 2);
  assert.equal(count('MerchantMessageReceived'), 1);
  assert.equal(count('ActionConfirmed'), 1);
  assert.equal(count('DecisionMade'), 1);
  assert.deepEqual(await store.verifyChain(caseId), { ok: true, checked: events.length, brokenAtSeq: null });
});
