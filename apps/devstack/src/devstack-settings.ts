import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Settings only the dev stack reads (the engine's own settings come from @uplift/config). */
export interface DevstackSettings {
  /** Port of the embedded PostgreSQL (UPLIFT_PG_PORT, default 5433 so a system PostgreSQL on 5432 is left alone). */
  pgPort: number;
  /** Temporal CLI binary (TEMPORAL_CLI, exported by bin/uplift). */
  temporalCli: string;
  /** The repository root, where npm scripts run. */
  repoRoot: string;
}

/** The repository root: this file compiles to apps/devstack/dist/. */
export const REPO_ROOT = resolve(__dirname, '..', '..', '..');

/** Reads and validates the dev stack's own environment variables. */
export function devstackSettings(env: Readonly<Record<string, string | undefined>>): DevstackSettings {
  const pgPortText = env['UPLIFT_PG_PORT'] ?? '5433';
  const pgPort = Number(pgPortText);
  if (!Number.isInteger(pgPort) || pgPort < 1 || pgPort > 65_535) {
    throw new Error(`UPLIFT_PG_PORT: "${pgPortText}" is not a TCP port`);
  }
  const bundledCli = join(REPO_ROOT, '.tools', 'bin', 'temporal');
  const temporalCli = env['TEMPORAL_CLI'] ?? (existsSync(bundledCli) ? bundledCli : 'temporal');
  return { pgPort, temporalCli, repoRoot: REPO_ROOT };
}
