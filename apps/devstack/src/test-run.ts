import { devstackSettings } from './devstack-settings';
import { ensureChromium } from './test-runner/browser';
import { runTier } from './test-runner/run-tier';
import type { RunningTier, TierResult } from './test-runner/run-tier';
import { startTestInfrastructure } from './test-runner/test-infrastructure';
import type { TestInfrastructure } from './test-runner/test-infrastructure';
import { listTierFiles, TEST_TIERS } from './test-runner/tiers';

// Entry point of the test step of `npm test`: throwaway PostgreSQL + Temporal, then every tier in
// order, then a closing "N passed, N failed" line. Exits non-zero when anything failed.

const log = (line: string): void => console.log(`[test-run] ${line}`);

async function main(): Promise<number> {
  const settings = devstackSettings(process.env);
  const root = settings.repoRoot;
  const abort = new AbortController();
  let current: RunningTier | undefined;
  const onSignal = (signal: NodeJS.Signals): void => {
    log(`${signal} received: stopping the tests and the test servers`);
    abort.abort(new Error(`interrupted by ${signal}`));
    current?.interrupt();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  const plan = TEST_TIERS.map((tier) => ({ tier, files: listTierFiles(root, tier) }));
  const results: TierResult[] = [];
  let infrastructure: TestInfrastructure | undefined;
  try {
    if (plan.some((step) => step.files.length > 0)) {
      const started = Date.now();
      infrastructure = await startTestInfrastructure(settings.temporalCli, abort.signal);
      log(`PostgreSQL and Temporal are up (${Date.now() - started} ms): ${infrastructure.env['TEMPORAL_ADDRESS']}`);
    }
    const env = testEnv(process.env, infrastructure?.env ?? {});
    if (plan.some((step) => step.tier.name === 'e2e' && step.files.length > 0)) {
      env['CHROMIUM_PATH'] = ensureChromium(root, env);
      log(`Chromium for the browser tests: ${env['CHROMIUM_PATH']}`);
    }
    for (const { tier, files } of plan) {
      if (abort.signal.aborted) break;
      if (files.length === 0) {
        log(`tier ${tier.name}: no test files under ${tier.dir} (*${tier.suffix}); skipped`);
        continue;
      }
      log(`tier ${tier.name}: ${files.length} file(s)`);
      const started = Date.now();
      current = runTier(tier, { root, files, env });
      const result = await current.result;
      current = undefined;
      results.push(result);
      log(
        `tier ${tier.name}: ${result.passed} passed, ${result.failed} failed, ${result.skipped} skipped ` +
          `in ${((Date.now() - started) / 1000).toFixed(1)} s${result.timedOut ? ' (timed out)' : ''}`,
      );
    }
  } catch (error) {
    console.error(`[test-run] ${error instanceof Error ? error.message : String(error)}`);
    results.push({ tier: 'setup', passed: 0, failed: 1, skipped: 0, exitCode: null, timedOut: false });
  } finally {
    await infrastructure?.stop();
  }

  const passed = results.reduce((sum, result) => sum + result.passed, 0);
  let failed = results.reduce((sum, result) => sum + result.failed, 0);
  // An interrupted run must not look green, even if no test had failed yet.
  if (abort.signal.aborted && failed === 0) failed = 1;
  const failedTiers = results.filter((result) => result.failed > 0).map((result) => result.tier);
  if (failedTiers.length > 0) log(`failed: ${failedTiers.join(', ')}`);
  console.log(`${passed} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}

/** The test processes' environment: ours, without engine database settings, plus the test servers. */
function testEnv(base: NodeJS.ProcessEnv, infrastructure: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...base, ...infrastructure };
  // A developer's shell may point at a real database; tests create their own and must never touch it.
  delete env['DATABASE_URL'];
  delete env['DATABASE_MIGRATION_URL'];
  return env;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`[test-run] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  },
);
