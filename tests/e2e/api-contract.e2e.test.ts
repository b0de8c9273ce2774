import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ApiKeys, type ApiKeyRole } from '@uplift/persistence';
import { startApi, type ApiHarness } from '../support/api-harness';
import { createEngineHarness, type EngineHarness } from '../support/engine-harness';
import { runSchemathesis, schemathesisVersion, SCHEMATHESIS_VERSION } from '../support/schemathesis';
import { SCHEMATHESIS_PHASES } from '../support/schemathesis-report';

// The OpenAPI document is the contract (docs/adr/0022): schemathesis runs every phase against the live
// API, once per kind of key, and no check may fail. The bound keeps the four runs to a few minutes.
const MAX_EXAMPLES = Number(process.env['UPLIFT_CONTRACT_EXAMPLES'] ?? 12);
const SEED = Number(process.env['UPLIFT_CONTRACT_SEED'] ?? 20_261_129);
const ROLES: readonly ApiKeyRole[] = ['channel', 'reviewer', 'compliance', 'operator'];

let h: EngineHarness;
let api: ApiHarness;
let reports: string;
const tokens = new Map<ApiKeyRole, string>();

before(async () => {
  h = await createEngineHarness('contract');
  await h.startWorkers();
  api = await startApi(h);
  const keys = new ApiKeys(h.dataSource);
  for (const role of ROLES) tokens.set(role, (await keys.create({ channel: 'wechat-mini', role, name: `contract ${role}` })).token);
  reports = mkdtempSync(join(tmpdir(), 'uplift-contract-'));
});

after(async () => {
  await api?.app.close();
  await h?.stop();
  if (reports) rmSync(reports, { recursive: true, force: true });
});

void describe('the OpenAPI document is the contract', () => {
  void test(`schemathesis ${SCHEMATHESIS_VERSION} is the one installed`, async () => {
    assert.match(await schemathesisVersion(), new RegExp(`version ${SCHEMATHESIS_VERSION.replaceAll('.', '\\.')}\\b`));
  });

  for (const role of ROLES) {
    void test(`every phase and check passes with a ${role} key`, async (t) => {
      const reportDir = join(reports, role);
      const result = await runSchemathesis({
        schemaUrl: `${api.base}/docs-json`,
        token: tokens.get(role) ?? '',
        reportDir,
        maxExamples: MAX_EXAMPLES,
        seed: SEED,
      });
      const perPhase = SCHEMATHESIS_PHASES.map(
        (p) => `${p} ${result.phases[p].requests} requests, ${result.phases[p].failedChecks} failed (${result.phases[p].status})`,
      );
      t.diagnostic(
        `${role}: ${result.requests} requests, ${result.failedChecks} failed checks, seed ${SEED}, ${MAX_EXAMPLES} examples; ${perPhase.join('; ')}`,
      );
      const context = `\n${result.failures.slice(0, 20).join('\n')}\n${result.errors.join('\n')}\n--- schemathesis output (tail) ---\n${result.outputTail}`;
      assert.ok(result.completed, `schemathesis did not finish${context}`);
      assert.equal(result.failedChecks, 0, `failed checks${context}`);
      assert.deepEqual(result.errors, [], `schemathesis errors${context}`);
      assert.equal(result.exitCode, 0, `schemathesis exit code${context}`);
      for (const phase of SCHEMATHESIS_PHASES)
        assert.ok(result.phases[phase].requests > 0 || phase === 'stateful', `phase ${phase} sent no request`);
      assert.ok(result.requests > 0, 'no request was sent');
    });
  }
});
