import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * The Chromium the console's browser tests drive (tests/e2e/console-*.e2e.test.ts): found, or
 * installed from Debian's registry by apps/devstack/bin/ensure-chromium (chromium + fonts-noto-cjk).
 * Throws with the script's own explanation when neither works, so `npm test` fails at setup, loudly.
 */
export function ensureChromium(root: string, env: NodeJS.ProcessEnv): string {
  const run = spawnSync('bash', [join(root, 'apps/devstack/bin/ensure-chromium')], {
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const path = run.stdout.trim().split('\n').pop() ?? '';
  if (run.status !== 0 || path === '')
    throw new Error(`no Chromium for the browser tests (apps/devstack/bin/ensure-chromium exited ${String(run.status)})`);
  return path;
}
