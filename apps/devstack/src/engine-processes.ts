import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ManagedProcess } from './process/managed-process';

/** What the worker and the API need to know, passed to them as environment variables. */
export interface EngineEnvironment {
  dataDir: string;
  databaseUrl: string;
  migrationUrl: string;
  temporalAddress: string;
  temporalNamespace: string;
  masterKey: string;
  apiHost: string;
  apiPort: number;
  /** Origins of the Web UI the codec server answers (CORS). */
  temporalUiOrigins?: string;
}

/** The parent's environment with the engine's settings laid over it. */
export function engineEnv(base: NodeJS.ProcessEnv, engine: EngineEnvironment): NodeJS.ProcessEnv {
  return {
    ...base,
    UPLIFT_DATA_DIR: engine.dataDir,
    DATABASE_URL: engine.databaseUrl,
    DATABASE_MIGRATION_URL: engine.migrationUrl,
    TEMPORAL_ADDRESS: engine.temporalAddress,
    TEMPORAL_NAMESPACE: engine.temporalNamespace,
    UPLIFT_MASTER_KEY: engine.masterKey,
    API_HOST: engine.apiHost,
    API_PORT: String(engine.apiPort),
    ...(engine.temporalUiOrigins ? { TEMPORAL_UI_ORIGINS: engine.temporalUiOrigins } : {}),
  };
}

/** Starts one engine process (`apps/<app>/dist/main.js`, with `nodeArgs` such as --cpu-prof) with its output prefixed by its name. */
export async function startEngineProcess(
  repoRoot: string,
  app: 'worker' | 'api',
  env: NodeJS.ProcessEnv,
  nodeArgs: readonly string[] = [],
): Promise<ManagedProcess> {
  const entry = join(repoRoot, 'apps', app, 'dist', 'main.js');
  if (!existsSync(entry)) throw new Error(`${entry} does not exist: build first ("npx tsc -b" at the repository root).`);
  return ManagedProcess.start({
    name: app,
    command: process.execPath,
    args: [...nodeArgs, entry],
    output: { kind: 'prefix' },
    env,
    cwd: repoRoot,
  });
}
