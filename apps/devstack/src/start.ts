import { resolve } from 'node:path';
import { loadConfig } from '@uplift/config';
import { boot } from './boot';
import type { ReadyEngine } from './boot';
import { devstackSettings } from './devstack-settings';
import { Lifecycle } from './lifecycle';

// Entry point of `npm start`: the whole engine on embedded defaults, stopped cleanly on Ctrl-C.

const log = (line: string): void => console.log(`[devstack] ${line}`);

async function main(): Promise<void> {
  const startedAt = Date.now();
  const config = loadConfig(process.env);
  const settings = devstackSettings(process.env);
  const lifecycle = new Lifecycle(log);
  const stop = new AbortController();
  let exitCode = 0;
  let booted = false;

  const finish = async (): Promise<never> => {
    if (!stop.signal.aborted) stop.abort(new Error('stopping'));
    await lifecycle.stopAll();
    log(exitCode === 0 ? 'stopped' : `stopped (exit code ${exitCode})`);
    process.exit(exitCode);
  };
  const requestStop = (code: number, reason: string): void => {
    if (stop.signal.aborted) return;
    exitCode = code;
    log(reason);
    stop.abort(new Error(reason));
    // While booting, boot() notices the abort and unwinds first; afterwards nothing else will.
    if (booted) void finish();
  };
  process.on('SIGINT', () => requestStop(0, 'interrupted: stopping API, worker, Temporal, PostgreSQL'));
  process.on('SIGTERM', () => requestStop(0, 'terminated: stopping API, worker, Temporal, PostgreSQL'));
  try {
    const ready = await boot({ config, settings, dataDir: resolve(config.dataDir), lifecycle, signal: stop.signal, log });
    booted = true;
    if (stop.signal.aborted) await finish();
    printReady(ready, Date.now() - startedAt);
  } catch (error) {
    if (!stop.signal.aborted) {
      exitCode = 1;
      console.error(`[devstack] start failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    await finish();
  }
}

function printReady(ready: ReadyEngine, elapsedMs: number): void {
  const lines = [
    '',
    `Uplift is ready (${(elapsedMs / 1000).toFixed(1)} s).`,
    `  API            ${ready.apiUrl}`,
    `  OpenAPI docs   ${ready.apiUrl}/docs`,
    `  Temporal UI    ${ready.temporalUiUrl ?? `(external cluster at ${ready.temporalAddress})`}`,
    `  Metrics        ${ready.metricsUrls.join('  ')}`,
    `  Demo API key   ${ready.demoApiKey}   (channel "demo"; kept in ${ready.secretsFile})`,
    'Press Ctrl-C to stop.',
    '',
  ];
  console.log(lines.join('\n'));
}

main().catch((error: unknown) => {
  // Only configuration errors get here (boot failures are handled above); nothing has started yet.
  console.error(`[devstack] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
